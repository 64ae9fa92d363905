package io.faultline.api.cli;

import picocli.CommandLine.Command;

/** {@code faultline bench ...}: load generators, each printing a JSON summary. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Load benchmarks: send realistic traffic at full rate and print what the server accepted as JSON.",
        subcommands = {BenchIngestCommand.class, BenchCompareCommand.class})
final class BenchCommand {
}
