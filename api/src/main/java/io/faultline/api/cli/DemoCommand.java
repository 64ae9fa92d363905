package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.demo.DemoRunner;
import io.faultline.api.demo.DemoRunner.DemoResult;
import io.faultline.api.demo.IncidentReport;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.SimulationParams;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline demo}: the main job, end to end on the embedded store. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the server on an embedded DuckDB file, stream a simulated web shop into it over HTTP, "
                + "inject a fault after a warm-up and print the incident: suspected root cause, evidence, recovery.")
final class DemoCommand implements Callable<Integer> {

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--speed", defaultValue = "100",
            description = "Simulated seconds per real second; 0 for as fast as possible (default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Folder for the demo's DuckDB file and topology (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--auto-recover", description = "Execute the suggested recovery on the simulator through the guard rails "
            + "(not a dry run: restart and roll back are allowed), let the incident resolve, and print its timeline.")
    boolean autoRecover;

    @Option(names = "--json", description = "End with the incident and the injected truth as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.scenario();
        long ticks = s.totalLength().toSeconds() / SimulationParams.defaults().stepSeconds();
        DemoResult result;
        try (Progress progress = new Progress("simulated web shop", ticks)) {
            result = new DemoRunner(s, speed, data, System.out, autoRecover).run(progress::stepTo);
        }
        System.out.println();
        if (result.incident() == null) {
            System.out.println("No incident was opened for the fault.");
        } else {
            IncidentReport.print(result.incident(), 3, System.out);
            if (autoRecover) {
                IncidentReport.printTimeline(result.incident(), System.out);
                IncidentReport.printAudit(result.recoveries(), System.out);
            }
        }
        System.out.printf("Injected truth: %s on %s at %s -> %s%n", result.truth().fault().cliName(), result.truth().component(),
                IncidentReport.time(result.truth().injectedAtMs()),
                result.culpritFound() ? "top suspect is right" : "top suspect is WRONG");
        if (autoRecover) {
            System.out.println(result.faultClearedAtMs() > 0
                    ? "The recovery ended the fault at " + IncidentReport.time(result.faultClearedAtMs())
                    + "; the incident is " + result.incident().get("status").asText().toLowerCase(java.util.Locale.ROOT)
                    : "No recovery ended the fault.");
        }
        if (json) {
            Map<String, Object> summary = new LinkedHashMap<>();
            summary.put("truth", result.truth());
            summary.put("culpritFound", result.culpritFound());
            summary.put("samplesSent", result.samplesSent());
            summary.put("incidentsOpened", result.incidentsOpened());
            summary.put("incident", result.incident());
            if (autoRecover) {
                summary.put("recoveries", result.recoveries());
                summary.put("faultClearedAtMs", result.faultClearedAtMs());
            }
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        boolean closed = !autoRecover || result.faultClearedAtMs() > 0 && result.incident() != null
                && "RESOLVED".equals(result.incident().get("status").asText());
        return result.culpritFound() && closed ? 0 : 1;
    }
}
