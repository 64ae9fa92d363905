package io.faultline.api.cli;

import picocli.CommandLine.Command;

/** {@code faultline bench ...}: load generators and speed benchmarks, each printing a JSON summary. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed: send realistic traffic at full rate (ingest, ingest-compare) or time "
                + "the root-cause ranker (rca); each prints a JSON summary.",
        subcommands = {BenchIngestCommand.class, BenchCompareCommand.class, BenchRcaCommand.class})
final class BenchCommand {
}
