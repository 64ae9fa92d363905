package io.faultline.api.cli;

import picocli.CommandLine.Command;

/** {@code faultline evaluate ...}: accuracy benchmarks, each printing a JSON summary. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure accuracy on labelled data; each subcommand ends with a JSON summary when given --json.",
        subcommands = {EvaluateSimCommand.class, EvaluateRcaCommand.class, EvaluateNabCommand.class,
                EvaluateCircaCommand.class, EvaluateSmdCommand.class})
final class EvaluateCommand {
}
