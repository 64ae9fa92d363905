package io.faultline.api.cli;

import picocli.CommandLine.Command;

/** {@code faultline bench ...}: speed benchmarks, each printing a JSON summary. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed; each subcommand ends with a JSON summary when given --json.",
        subcommands = {BenchRcaCommand.class})
final class BenchCommand {
}
