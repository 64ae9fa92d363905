package io.faultline.api.cli;

import io.faultline.api.config.ConfigLoader;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.rank.RankerRegistry;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options that choose a root-cause ranker and how late it is told the fault time. */
final class RankerOptions {

    @Option(names = "--tdelta", defaultValue = "0", paramLabel = "SECONDS",
            description = "Give the ranker the fault time this many seconds late (default: ${DEFAULT-VALUE}).")
    long tdeltaSeconds;

    @Option(names = "--ranker", defaultValue = "baseline-deviation", paramLabel = "NAME",
            description = "baseline-deviation (the live default), baro or nsigma (default: ${DEFAULT-VALUE}).")
    String ranker;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose ranking settings the baseline-deviation ranker uses (and, with --detect, whose detection settings find the onset).")
    Path config;

    /** The chosen ranker; a negative {@code --tdelta} is a usage error of {@code spec}'s command. */
    RootCauseRanker ranker(CommandSpec spec) {
        if (tdeltaSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tdelta must be >= 0, was " + tdeltaSeconds);
        }
        return RankerRegistry.standard(config().ranking()).get(ranker);
    }

    /** The configuration of {@code --config} (defaults when absent), with environment overrides. */
    FaultlineConfig config() {
        return ConfigLoader.load(config, System.getenv());
    }
}
