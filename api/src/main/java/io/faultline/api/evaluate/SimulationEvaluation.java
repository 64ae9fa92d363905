package io.faultline.api.evaluate;

import io.faultline.api.PipelineAssembly;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.GroundTruth;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.SimulationParams;
import io.faultline.datasets.sim.WebShopSimulator;
import io.faultline.datasets.sim.WebShop;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.rca.Incident;
import io.faultline.rca.RankedCause;
import io.faultline.rca.change.ChangeEvent;
import io.faultline.training.metrics.RankingAccuracy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * End to end on the simulator: each scenario is streamed through a fresh live pipeline (store,
 * detectors, anomaly runs, incidents, ranker) exactly as the server runs it, and the incident
 * opened for the fault is compared with the injected truth. Nothing of the truth reaches the
 * pipeline; the changes the shop announces (a bad deploy's deploy event) do, as they would be
 * posted to {@code /api/v1/events}.
 */
public final class SimulationEvaluation {
    /** One request carries a minute of data at the default step, as the demo sends it. */
    private static final int TICKS_PER_BATCH = 4;

    private final FaultlineConfig config;

    /** One scenario's result: the incident's ranking (empty when no incident was opened) and fault kind. */
    public record Outcome(String fault, String truth, String truthKind, long seed, String incident,
                          List<String> ranking, String faultKind, long detectionDelayMs) {
    }

    /** Accuracy over every scenario, and each scenario's outcome. */
    public record Summary(int scenarios, int detected, RankingAccuracy accuracy, double faultKindAccuracy,
                          List<Outcome> outcomes) {
    }

    public SimulationEvaluation(FaultlineConfig config) {
        this.config = config.withStorage(new StorageConfig(DuckDbMetricStore.IN_MEMORY));
    }

    /**
     * The standard set: every fault kind on {@code perFault} culprits spread over the shop, seeds
     * 1, 2, 3, ... in the order of {@link FaultType} (a fault added later keeps the others' seeds); 60 minutes of warm-up, 20 of fault, 10 of recovery.
     */
    public static List<Scenario> standardScenarios(int perFault) {
        List<String> components = WebShop.standard().topology().names();
        List<Scenario> scenarios = new ArrayList<>();
        long seed = 1;
        for (FaultType fault : FaultType.values()) {
            for (int i = 0; i < perFault; i++) {
                String culprit = components.get((int) ((seed * 7) % components.size()));
                scenarios.add(new Scenario(seed++, fault, culprit, Duration.ofMinutes(60), Duration.ofMinutes(20),
                        Duration.ofMinutes(10)));
            }
        }
        return scenarios;
    }

    public Summary run(List<Scenario> scenarios, IntConsumer progress) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            outcomes.add(run(scenario));
            progress.accept(outcomes.size());
        }
        List<RankingAccuracy.Case> cases = outcomes.stream().map(o -> new RankingAccuracy.Case(o.truth(), o.ranking())).toList();
        long kindsRight = outcomes.stream().filter(o -> o.truthKind().equals(o.faultKind())).count();
        int detected = (int) outcomes.stream().filter(o -> o.incident() != null).count();
        return new Summary(outcomes.size(), detected, RankingAccuracy.of(cases), (double) kindsRight / outcomes.size(), outcomes);
    }

    Outcome run(Scenario scenario) {
        WebShopSimulator sim = new WebShopSimulator(SimulationParams.defaults(), scenario);
        GroundTruth truth = sim.truth();
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY)) {
            List<ChangeEvent> changes = SimulatedChanges.of(sim);
            LivePipeline pipeline = PipelineAssembly.build(config, store, SimulatedTopology.of(sim.topology()),
                    (fromMs, toMs) -> changes.stream().filter(c -> c.atMs() >= fromMs && c.atMs() <= toMs).toList());
            while (sim.hasNext()) {
                pipeline.accept(sim.next(TICKS_PER_BATCH));
            }
            Optional<Incident> incident = faultIncident(pipeline, truth);
            List<RankedCause> causes = incident.map(Incident::causes).orElse(List.of());
            return new Outcome(truth.fault().cliName(), truth.component(), truth.faultKind(), truth.seed(),
                    incident.map(Incident::id).orElse(null),
                    causes.stream().map(RankedCause::component).toList(),
                    causes.isEmpty() ? "NONE" : causes.get(0).faultKind().name(),
                    incident.map(i -> i.openedAtMs() - truth.injectedAtMs()).orElse(-1L));
        }
    }

    /** The first incident opened from a minute before the injection until the fault ends. */
    static Optional<Incident> faultIncident(LivePipeline pipeline, GroundTruth truth) {
        List<Incident> all = new ArrayList<>(pipeline.incidents().active());
        all.addAll(pipeline.incidents().resolved());
        return all.stream()
                .filter(i -> i.openedAtMs() >= truth.injectedAtMs() - 60_000 && i.openedAtMs() < truth.endsAtMs())
                .min(Comparator.comparingLong(Incident::openedAtMs));
    }
}
