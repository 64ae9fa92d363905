package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.datasets.sim.GroundTruth;
import io.faultline.datasets.sim.ScenarioWriter;
import io.faultline.datasets.sim.SimulationParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline simulate}: writes a simulated web-shop scenario with its ground truth. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Write a simulated web-shop scenario: metrics.csv (wide CSV), truth.json and topology.yaml.")
final class SimulateCommand implements Runnable {

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder to write the scenario into.")
    Path out;

    @Option(names = "--json", description = "End with a JSON summary line.")
    boolean json;

    @Override
    public void run() {
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
}
