package io.faultline.api.demo;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.FaultlineApp;
import io.faultline.api.Json;
import io.faultline.api.config.RecoveryConfig;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.datasets.sim.GroundTruth;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.ScenarioWriter;
import io.faultline.datasets.sim.SimChange;
import io.faultline.datasets.sim.SimulationParams;
import io.faultline.datasets.sim.WebShopSimulator;
import io.faultline.ingest.SampleBatch;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;

/**
 * The demo: starts the server on an embedded DuckDB file, streams a simulated web shop into it
 * through the HTTP ingest API (faster than real time), injects a fault after a warm-up, and
 * reports the incident the server opened beside the injected truth. With auto-recover the server
 * executes (not a dry run) the incident's suggested recovery on the running simulator through the
 * guard rails ({@link AutoRecovery}, {@link SimulatorExecutor}); the server's clock is then the data's
 * time ({@link DataClock}), so its timeline, audit log and deadlines read in simulated time.
 */
public final class DemoRunner {
    /** One request carries this many ticks: a minute of data at the default 15 s step. */
    static final int TICKS_PER_REQUEST = 4;

    private final Scenario scenario;
    private final double speed;
    private final Path dataDir;
    private final PrintStream out;
    private final boolean autoRecover;

    /**
     * What happened: the truth, the incident chosen as the fault's (null when none opened) with its
     * timeline, its recovery audit entries oldest first (empty without auto-recover), counts, and when
     * a recovery ended the injected fault (0 when none did).
     */
    public record DemoResult(GroundTruth truth, JsonNode incident, JsonNode recoveries, long samplesSent,
                             int incidentsOpened, long faultClearedAtMs) {

        /** Whether the top suspect is the injected component. */
        public boolean culpritFound() {
            return incident != null && !incident.get("causes").isEmpty()
                    && incident.get("causes").get(0).get("component").asText().equals(truth.component());
        }
    }

    /**
     * @param speed    simulated seconds per wall-clock second; 0 streams as fast as the server takes it
     * @param dataDir  folder of the demo's DuckDB file and topology; both are replaced
     */
    public DemoRunner(Scenario scenario, double speed, Path dataDir, PrintStream out) {
        this(scenario, speed, dataDir, out, false);
    }

    /** @param autoRecover execute the suggested recovery on the simulator and let the incident resolve */
    public DemoRunner(Scenario scenario, double speed, Path dataDir, PrintStream out, boolean autoRecover) {
        if (speed < 0) {
            throw new IllegalArgumentException("speed must be >= 0, was " + speed);
        }
        this.scenario = scenario;
        this.speed = speed;
        this.dataDir = dataDir;
        this.out = out;
        this.autoRecover = autoRecover;
    }

    /** Runs the whole demo; {@code progress} hears the number of ticks sent so far. */
    public DemoResult run(IntConsumer progress) {
        WebShopSimulator sim = new WebShopSimulator(SimulationParams.defaults(), scenario);
        Path store = dataDir.resolve("demo.duckdb");
        Path topology = dataDir.resolve("demo-topology.yaml");
        prepare(sim, store, topology);
        FaultlineConfig config = FaultlineConfig.defaults()
                .withServer(new ServerConfig("127.0.0.1", 0, ServerConfig.DEFAULTS.maxBodyBytes()))
                .withStorage(new StorageConfig(store.toString()))
                .withTopology(topology.toString());
        DataClock clock = new DataClock(sim.nextTimestampMs());
        if (autoRecover) {
            config = config.withRecovery(new RecoveryConfig(false, List.of("*:RESTART", "*:ROLL_BACK"),
                    RecoveryConfig.DEFAULTS.maxPerComponentPerHour(), RecoveryConfig.DEFAULTS.cooldownSeconds(),
                    RecoveryConfig.DEFAULTS.minConfidence(), RecoveryConfig.DEFAULTS.verifyDeadlineSeconds(),
                    RecoveryConfig.DEFAULTS.verifySettleSeconds(), null, null, null));
        }
        try (FaultlineApp app = autoRecover
                ? FaultlineApp.start(config, clock, System.getenv(), List.of(new SimulatorExecutor(sim.control())))
                : FaultlineApp.start(config)) {
            clock.follow(() -> app.pipeline().incidents().nowMs());
            out.printf("Server on http://127.0.0.1:%d, store %s%n", app.port(), store);
            out.printf("Streaming %d series every %d s of simulated time; %s on %s at %s%n", sim.seriesKeys().size(),
                    sim.params().stepSeconds(), scenario.fault().cliName(), scenario.component(),
                    IncidentReport.time(sim.truth().injectedAtMs()));
            DemoClient client = new DemoClient("http://127.0.0.1:" + app.port());
            AutoRecovery recovery = autoRecover
                    ? new AutoRecovery(app.recoveries(), client, sim.truth().injectedAtMs() - 60_000, out) : null;
            return stream(sim, client, clock, recovery, progress);
        }
    }

    private void prepare(WebShopSimulator sim, Path store, Path topology) {
        try {
            Files.createDirectories(dataDir);
            Files.deleteIfExists(store);
            Files.deleteIfExists(Path.of(store + ".wal"));
            new ScenarioWriter().writeTopology(sim.topology(), topology);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare demo folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private DemoResult stream(WebShopSimulator sim, DemoClient client, DataClock clock, AutoRecovery recovery,
                              IntConsumer progress) {
        long started = System.nanoTime();
        long firstTickMs = sim.nextTimestampMs();
        long samples = 0;
        int ticks = 0;
        Set<String> seen = new HashSet<>();
        List<SimChange> changes = new ArrayList<>(sim.changes());
        while (sim.hasNext()) {
            long requestEndMs = sim.nextTimestampMs() + TICKS_PER_REQUEST * sim.params().stepMs();
            while (!changes.isEmpty() && changes.get(0).atMs() < requestEndMs) {
                announce(client, changes.remove(0));
            }
            SampleBatch batch = sim.next(TICKS_PER_REQUEST);
            long lastTickMs = sim.nextTimestampMs() - sim.params().stepMs();
            pace(started, lastTickMs - firstTickMs);
            client.push(batch);
            clock.advanceTo(lastTickMs);
            samples += batch.sampleCount();
            ticks = sim.ticksEmitted();
            progress.accept(ticks);
            for (JsonNode incident : client.get("/api/v1/incidents")) {
                if (seen.add(incident.get("id").asText())) {
                    out.printf("%n%s  incident %s opened on %s%n", IncidentReport.time(lastTickMs),
                            incident.get("id").asText(), incident.get("affectedComponents"));
                }
            }
            if (recovery != null) {
                recovery.step(lastTickMs);
            }
        }
        JsonNode incident = faultIncident(client, sim.truth());
        JsonNode audit = Json.mapper().createArrayNode();
        if (incident != null && recovery != null) {
            List<JsonNode> entries = new ArrayList<>();
            client.get("/api/v1/recoveries?limit=1000&incident=" + incident.get("id").asText()).forEach(entries::add);
            Collections.reverse(entries);
            audit = Json.mapper().createArrayNode().addAll(entries);
        }
        return new DemoResult(sim.truth(), incident, audit, samples, seen.size(), sim.faultClearedAtMs().orElse(0));
    }

    /** Posts a change the shop makes (a deploy) to the change-event API, as a deployment pipeline would. */
    private void announce(DemoClient client, SimChange change) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("id", change.id());
        event.put("component", change.component());
        event.put("kind", change.kind());
        event.put("at", change.atMs());
        event.put("version", change.version());
        client.post("/api/v1/events", event);
        out.printf("%n%s  %s %s of %s announced to /api/v1/events%n", IncidentReport.time(change.atMs()), change.kind(),
                change.version(), change.component());
    }

    /** The first incident opened from shortly before the injection on: the one an operator would look at. */
    private static JsonNode faultIncident(DemoClient client, GroundTruth truth) {
        JsonNode chosen = null;
        for (JsonNode incident : client.get("/api/v1/incidents")) {
            long opened = incident.get("openedAtMs").asLong();
            if (opened >= truth.injectedAtMs() - 60_000 && opened < truth.endsAtMs()
                    && (chosen == null || opened < chosen.get("openedAtMs").asLong())) {
                chosen = incident;
            }
        }
        return chosen == null ? null : client.get("/api/v1/incidents/" + chosen.get("id").asText());
    }

    private void pace(long startedNanos, long simulatedMs) {
        if (speed == 0) {
            return;
        }
        long dueNanos = startedNanos + (long) (simulatedMs / speed * 1e6);
        long wait = dueNanos - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("demo interrupted", e);
            }
        }
    }
}
