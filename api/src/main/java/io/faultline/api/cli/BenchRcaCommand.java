package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.config.ConfigLoader;
import io.faultline.api.evaluate.RcaSpeedBenchmark;
import io.faultline.api.evaluate.SyntheticRcaCases;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.rank.RankerRegistry;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline bench rca}: per-case ranking time of a root-cause ranker on seeded synthetic incidents. */
@Command(name = "rca", mixinStandardHelpOptions = true,
        description = "Time a root-cause ranker per case on seeded synthetic incidents (services x metrics series, "
                + "one hour of 15 s points and five minutes of fault) and print the median and p99 in ms.")
final class BenchRcaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--services", defaultValue = "50", paramLabel = "N", description = "Services per case (default: ${DEFAULT-VALUE}).")
    int services;

    @Option(names = "--metrics", defaultValue = "20", paramLabel = "N", description = "Metrics per service (default: ${DEFAULT-VALUE}).")
    int metrics;

    @Option(names = "--cases", defaultValue = "200", paramLabel = "N", description = "Cases timed (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--warmup", defaultValue = "30", paramLabel = "N",
            description = "Cases ranked untimed first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the first case (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--ranker", defaultValue = "baseline-deviation", paramLabel = "NAME",
            description = "baseline-deviation (the live default), baro or nsigma (default: ${DEFAULT-VALUE}).")
    String ranker;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose ranking settings the baseline-deviation ranker uses.")
    Path config;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (services < 2 || metrics < 1 || cases < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--services must be >= 2, --metrics and --cases >= 1, "
                    + "--warmup >= 0; were " + services + ", " + metrics + ", " + cases + ", " + warmup);
        }
        RootCauseRanker chosen = RankerRegistry.standard(ConfigLoader.load(config, System.getenv())
                .ranking()).get(ranker);
        RcaSpeedBenchmark.Summary s = new RcaSpeedBenchmark(chosen, SyntheticRcaCases.ofSize(services, metrics), System::nanoTime)
                .run(cases, warmup, seed);
        System.out.printf(Locale.ROOT, "ranker %s, %d services x %d metrics (%d series of %d points), %d cases after %d warm-up: "
                        + "median %.2f ms, p99 %.2f ms, mean %.2f ms, max %.2f ms; culprit first in %.3f%n",
                s.ranker(), s.services(), s.metrics(), s.seriesPerCase(), s.pointsPerSeries(), s.cases(), s.warmupCases(),
                s.medianMs(), s.p99Ms(), s.meanMs(), s.maxMs(), s.ac1());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(s));
        }
        return 0;
    }
}
