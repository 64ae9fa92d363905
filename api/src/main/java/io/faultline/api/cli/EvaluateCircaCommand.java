package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.evaluate.CircaAccuracy;
import io.faultline.api.evaluate.CircaEvaluation;
import io.faultline.api.evaluate.CircaEvaluation.Outcome;
import io.faultline.api.evaluate.CircaEvaluation.Summary;
import io.faultline.datasets.circa.CircaParams;
import io.faultline.rca.RootCauseRanker;
import io.faultline.training.metrics.RankingAccuracy;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline evaluate circa}: a root-cause ranker on CIRCA's seeded synthetic benchmark. */
@Command(name = "circa", mixinStandardHelpOptions = true,
        description = "Generate CIRCA-style synthetic cases (random single-sink DAG, linear SCM, faults on 1+Poisson(1) "
                + "root causes), rank each with a known fault time, optionally given late, and print CIRCA's "
                + "AC@1..5 and Avg@5, and the same counting any root cause in the top k.")
final class EvaluateCircaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", required = true, paramLabel = "N",
            description = "Nodes per system, the SLI included: 10 and 50 are the benchmark's sizes.")
    int nodes;

    @Option(names = "--cases", defaultValue = "100", paramLabel = "N", description = "Cases (default: ${DEFAULT-VALUE}).")
    int cases;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
            description = "Seed of the first case; the others follow it (default: ${DEFAULT-VALUE}).")
    long seed;

    @Mixin
    RankerOptions rankerOptions;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (cases < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cases must be >= 1, was " + cases);
        }
        CircaParams params;
        try {
            params = CircaParams.forNodes(nodes);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--nodes: " + e.getMessage());
        }
        RootCauseRanker chosen = rankerOptions.ranker(spec);
        Summary summary;
        try (Progress progress = new Progress("cases", cases)) {
            int[] done = {0};
            summary = new CircaEvaluation(params, chosen, rankerOptions.tdeltaSeconds).run(seed, cases, o -> {
                printCase(o);
                progress.stepTo(++done[0]);
            });
        }
        printSummary(summary);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        return 0;
    }

    private static void printCase(Outcome o) {
        System.out.printf(Locale.ROOT, "seed %-6d truth %-22s first hit %-2s top %s%n", o.seed(), o.rootCauses(),
                o.firstHit() == 0 ? "-" : o.firstHit(), o.ranking().subList(0, Math.min(5, o.ranking().size())));
    }

    private static void printSummary(Summary s) {
        System.out.printf(Locale.ROOT, "%s, ranker %s, tdelta %d s: %d cases from seed %d (%d unranked), %d root causes%n",
                s.benchmark(), s.ranker(), s.tdeltaSeconds(), s.cases(), s.firstSeed(), s.unranked(), s.rootCauses());
        System.out.printf(Locale.ROOT, "%-14s %6s %6s %6s %6s %6s %6s%n", "AC@k", "AC@1", "AC@2", "AC@3", "AC@4", "AC@5", "Avg@5");
        CircaAccuracy c = s.circa();
        System.out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", "circa", c.ac1(), c.ac2(), c.ac3(),
                c.ac4(), c.ac5(), c.avg5());
        RankingAccuracy a = s.anyRootCause();
        System.out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f%n", "any-root-cause", a.ac1(), a.ac2(),
                a.ac3(), a.ac4(), a.ac5(), a.avg5());
    }
}
