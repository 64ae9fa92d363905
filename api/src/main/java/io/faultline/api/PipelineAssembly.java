package io.faultline.api;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.pipeline.ChangeSource;
import io.faultline.api.pipeline.DiagnosisQueue;
import io.faultline.api.pipeline.Diagnoser;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.pipeline.PipelineObserver;
import io.faultline.api.pipeline.ScorerFactory;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.format.SeriesKeyParser;
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
import io.faultline.training.fit.TrainJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Builds the live pipeline from a validated configuration: detector, trained models, topology,
 * correlator, ranker and runbook. Anything wrong (an unknown detector, a topology naming an
 * unknown component, an unreadable model) fails here with one message naming the setting.
 */
public final class PipelineAssembly {
    private PipelineAssembly() {
    }

    /** A pipeline that correlates and diagnoses on the accepting thread (deterministic: evaluations, tests). */
    public static LivePipeline build(FaultlineConfig config, MetricStore store) {
        return build(config, store, step("topology", () -> loadTopology(config.topology())), PipelineObserver.NONE,
                ChangeSource.NONE, DiagnosisQueue.inline());
    }

    /**
     * The server's pipeline: {@code observer} is told what it does with each batch, diagnoses
     * weigh the change events of {@code changes}, and correlation and diagnosis run on a background
     * worker ({@link DiagnosisQueue#background}), off the request threads.
     */
    public static LivePipeline build(FaultlineConfig config, MetricStore store, PipelineObserver observer, ChangeSource changes) {
        return build(config, store, step("topology", () -> loadTopology(config.topology())), observer, changes,
                DiagnosisQueue.background(DiagnosisQueue.DEFAULT_CAPACITY));
    }

    /** The pipeline over a topology given in code rather than by the {@code topology} setting, without change events, inline. */
    public static LivePipeline build(FaultlineConfig config, MetricStore store, Topology topology) {
        return build(config, store, topology, PipelineObserver.NONE, ChangeSource.NONE, DiagnosisQueue.inline());
    }

    /** The pipeline over a topology given in code, weighing the change events of {@code changes} (the simulator's deploys), inline. */
    public static LivePipeline build(FaultlineConfig config, MetricStore store, Topology topology, ChangeSource changes) {
        return build(config, store, topology, PipelineObserver.NONE, changes, DiagnosisQueue.inline());
    }

    private static LivePipeline build(FaultlineConfig config, MetricStore store, Topology topology, PipelineObserver observer,
                                      ChangeSource changes, DiagnosisQueue diagnosis) {
        DetectorRegistry registry = DetectorRegistry.defaultRegistry();
        Detector detector = step("detection", () -> registry.create(config.detection().detector(), config.detection().params()));
        Runbook runbook = step("runbook", () -> config.runbook().isEmpty() ? Runbook.defaults() : RunbookLoader.load(Path.of(config.runbook())));
        Map<SeriesKey, FittedDetector> trained = step("detection.modelsDir",
                () -> loadModels(config.detection().modelsDir(), new ModelFiles(registry)));
        long baselineMs = config.diagnosis().baselineSeconds() * 1000;
        Diagnoser diagnoser = new Diagnoser(store, topology, new BaselineDeviationRanker(config.ranking()),
                new RecoveryAdvisor(runbook), baselineMs, changes, config.changes());
        return new LivePipeline(store, new ScorerFactory(detector, trained, store, baselineMs), topology,
                config.anomalies(), new IncidentCorrelator(topology.graph(), config.incidents()),
                diagnoser, config.diagnosis().rediagnoseSeconds() * 1000, observer, diagnosis);
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
            for (Path file : list.filter(PipelineAssembly::isModelFile).sorted().toList()) {
                FittedDetector model = files.load(file);
                models.put(SeriesKeyParser.parse(model.provenance().series()), model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read models folder " + dir + ": " + e.getMessage(), e);
        }
        return models;
    }

    /** Every JSON file that {@code faultline train} wrote, but its report. */
    private static boolean isModelFile(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") && !name.equals(TrainJob.REPORT_FILE);
    }

    private static <T> T step(String setting, Supplier<T> step) {
        try {
            return step.get();
        } catch (RuntimeException e) {
            throw new ConfigException(setting + ": " + e.getMessage(), e);
        }
    }
}
