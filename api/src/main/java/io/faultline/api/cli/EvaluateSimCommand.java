package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.config.ConfigLoader;
import io.faultline.api.evaluate.SimulationEvaluation;
import io.faultline.api.evaluate.SimulationEvaluation.Outcome;
import io.faultline.api.evaluate.SimulationEvaluation.Summary;
import io.faultline.datasets.sim.Scenario;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline evaluate sim}: the live pipeline on seeded simulator scenarios of every fault kind. */
@Command(name = "sim", mixinStandardHelpOptions = true,
        description = "Stream seeded web-shop scenarios (every fault kind) through the live pipeline and score "
                + "its incidents against the injected truth: AC@1..5, Avg@5, fault-kind accuracy.")
final class EvaluateSimCommand implements Callable<Integer> {

    @Option(names = "--per-fault", defaultValue = "5", description = "Scenarios per fault kind (default: ${DEFAULT-VALUE}).")
    int perFault;

    @Option(names = "--config", paramLabel = "FILE", description = "Configuration whose detection and ranking settings to use.")
    Path config;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Scenario> scenarios = SimulationEvaluation.standardScenarios(perFault);
        SimulationEvaluation evaluation = new SimulationEvaluation(ConfigLoader.load(config, System.getenv()));
        Summary summary;
        try (Progress progress = new Progress("scenarios", scenarios.size())) {
            summary = evaluation.run(scenarios, progress::stepTo);
        }
        for (Outcome o : summary.outcomes()) {
            int rank = o.ranking().indexOf(o.truth()) + 1;
            System.out.printf(Locale.ROOT, "%-12s %-16s seed %3d  rank %s  kind %-8s (true %s)  top %s%n", o.fault(), o.truth(),
                    o.seed(), rank == 0 ? "-" : rank, o.faultKind(), o.truthKind(),
                    o.ranking().subList(0, Math.min(3, o.ranking().size())));
        }
        System.out.printf(Locale.ROOT, "%d scenarios, %d detected: AC@1 %.3f  AC@3 %.3f  Avg@5 %.3f  fault kind %.3f%n",
                summary.scenarios(), summary.detected(), summary.accuracy().ac1(), summary.accuracy().ac3(),
                summary.accuracy().avg5(), summary.faultKindAccuracy());
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        return 0;
    }
}
