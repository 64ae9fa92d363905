package io.faultline.api;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.http.ApiServer;
import io.faultline.api.pipeline.Diagnoser;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.pipeline.ScorerFactory;
import io.faultline.api.service.HealthService;
import io.faultline.api.service.IncidentService;
import io.faultline.api.service.IngestService;
import io.faultline.api.service.RcaService;
import io.faultline.api.service.SeriesService;
import io.faultline.api.service.Services;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.format.SeriesKeyParser;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.registry.ModelFiles;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.incident.IncidentCorrelator;
import io.faultline.rca.rank.BaselineDeviationRanker;
import io.faultline.rca.recovery.RecoveryAdvisor;
import io.faultline.rca.recovery.Runbook;
import io.faultline.rca.recovery.RunbookLoader;
import io.faultline.rca.topology.Topology;
import io.faultline.rca.topology.TopologyLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The composition root: builds the store, detectors, topology, pipeline, services and HTTP server
 * from a validated configuration. Anything wrong in the configuration (an unknown detector, a
 * topology naming an unknown component, an unreadable model) stops startup here with one message.
 */
public final class FaultlineApp implements AutoCloseable {
    private final MetricStore store;
    private final LivePipeline pipeline;
    private final ApiServer server;

    private FaultlineApp(MetricStore store, LivePipeline pipeline, ApiServer server) {
        this.store = store;
        this.pipeline = pipeline;
        this.server = server;
    }

    public static FaultlineApp start(FaultlineConfig config) {
        DetectorRegistry registry = DetectorRegistry.defaultRegistry();
        Detector detector = startupStep("detection", () -> registry.create(config.detection().detector(), config.detection().params()));
        Topology topology = startupStep("topology", () -> loadTopology(config.topology()));
        Runbook runbook = startupStep("runbook", () -> config.runbook().isEmpty() ? Runbook.defaults() : RunbookLoader.load(Path.of(config.runbook())));
        Map<SeriesKey, FittedDetector> trained = startupStep("detection.modelsDir",
                () -> loadModels(config.detection().modelsDir(), new ModelFiles(registry)));

        MetricStore store = DuckDbMetricStore.open(config.storage().path());
        try {
            long baselineMs = config.diagnosis().baselineSeconds() * 1000;
            Diagnoser diagnoser = new Diagnoser(store, topology, new BaselineDeviationRanker(config.ranking()),
                    new RecoveryAdvisor(runbook), baselineMs);
            LivePipeline pipeline = new LivePipeline(store, new ScorerFactory(detector, trained, store, baselineMs),
                    topology, config.anomalies(), new IncidentCorrelator(topology.graph(), config.incidents()),
                    diagnoser, config.diagnosis().rediagnoseSeconds() * 1000);
            Services services = new Services(
                    new IngestService(config.ingest().limits(config.server().maxBodyBytes()), pipeline),
                    new SeriesService(store, topology),
                    new IncidentService(pipeline),
                    new RcaService(pipeline),
                    new HealthService(store, pipeline));
            return new FaultlineApp(store, pipeline, ApiServer.start(config.server(), services, Json.mapper()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    private static Topology loadTopology(String path) {
        if (path.isEmpty()) {
            return new Topology(new ServiceGraph(List.of(), List.of()), Topology.DEFAULT_COMPONENT_LABELS);
        }
        return TopologyLoader.load(Path.of(path));
    }

    private static Map<SeriesKey, FittedDetector> loadModels(String dir, ModelFiles files) {
        Map<SeriesKey, FittedDetector> models = new HashMap<>();
        if (dir.isEmpty()) {
            return models;
        }
        try (Stream<Path> list = Files.list(Path.of(dir))) {
            for (Path file : list.filter(p -> p.getFileName().toString().endsWith(".model.json")).sorted().toList()) {
                FittedDetector model = files.load(file);
                models.put(SeriesKeyParser.parse(model.provenance().series()), model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models folder " + dir + ": " + e.getMessage(), e);
        }
        return models;
    }

    private static <T> T startupStep(String setting, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new ConfigException(setting + ": " + e.getMessage(), e);
        }
    }

    public int port() {
        return server.port();
    }

    public LivePipeline pipeline() {
        return pipeline;
    }

    public MetricStore store() {
        return store;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            store.close();
        }
    }
}
