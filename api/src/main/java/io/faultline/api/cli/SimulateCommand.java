package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.evaluate.SimulatedRcaEvalCases;
import io.faultline.datasets.sim.GroundTruth;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.ScenarioWriter;
import io.faultline.datasets.sim.SimulationParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline simulate}: writes a simulated web-shop scenario with its ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write a simulated web-shop scenario: metrics.csv (wide CSV), truth.json and topology.yaml; "
                + "or, with --rcaeval N, N cases per fault kind in the RCAEval layout.")
final class SimulateCommand implements Runnable {

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the scenario into.")
    Path out;

    @Option(names = "--rcaeval", paramLabel = "N",
            description = "Instead of one scenario, write N seeded cases of every fault kind into --out in the RCAEval layout "
                    + "(<culprit>_<fault>/<rep>/data.csv, inject_time.txt, graph.json); seeds from --seed, culprits spread "
                    + "over the shop, --fault and --service ignored.")
    Integer rcaevalPerFault;

    @Option(names = "--json", description = "End with a JSON summary line.")
    boolean json;

    @Override
    public void run() {
        if (rcaevalPerFault != null) {
            writeRcaEval();
            return;
        }
        try {
            GroundTruth truth = new ScenarioWriter().write(SimulationParams.defaults(), scenario.scenario(), out);
            System.out.println("Wrote " + out.resolve(ScenarioWriter.METRICS_FILE) + ": " + truth.fault().cliName()
                    + " on " + truth.component() + " from " + java.time.Instant.ofEpochMilli(truth.injectedAtMs()));
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(Map.of("out", out.toString(), "truth", truth)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write scenario to " + out + ": " + e.getMessage(), e);
        }
    }

    private void writeRcaEval() {
        List<Scenario> scenarios = SimulatedRcaEvalCases.scenarios(rcaevalPerFault, scenario.seed,
                Duration.ofMinutes(scenario.warmupMinutes), Duration.ofMinutes(scenario.faultMinutes),
                Duration.ofMinutes(scenario.recoveryMinutes));
        try {
            List<GroundTruth> truths = new SimulatedRcaEvalCases(SimulationParams.defaults()).write(scenarios, out);
            System.out.println("Wrote " + truths.size() + " cases in the RCAEval layout under " + out);
            if (json) {
                System.out.println(Json.mapper().writeValueAsString(Map.of("out", out.toString(), "cases", truths)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write cases to " + out + ": " + e.getMessage(), e);
        }
    }
}
