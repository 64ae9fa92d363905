package io.faultline.api.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.datasets.smd.SmdDataset;
import io.faultline.datasets.smd.SmdMachine;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.registry.MultivariateRegistry;
import io.faultline.training.smd.DetectionScore;
import io.faultline.training.smd.PcaBaselineParams;
import io.faultline.training.smd.PotParams;
import io.faultline.training.smd.RootCauseAccuracy;
import io.faultline.training.smd.SmdDetectorRun;
import io.faultline.training.smd.SmdEvaluation;
import io.faultline.training.smd.SmdFigures;
import io.faultline.training.smd.SmdMachineEvaluation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * A multivariate detector and the plain PCA baseline over every machine of an SMD-layout folder, side
 * by side: both fitted on each machine's training rows, both thresholded label-free by the same rule
 * ({@link io.faultline.training.smd.MedianPot#DEFAULT}, from training scores only), both measured by
 * {@link SmdEvaluation}'s protocol.
 */
public final class SmdEvaluationRun {
    private SmdEvaluationRun() {
    }

    /** One machine's figures for the detector and the baseline. */
    public record Machine(String machine, int testRows, int segments, SmdFigures detector, SmdFigures baseline,
            DetectionScore detectorBest, DetectionScore detectorLabelFree, double detectorPotThreshold,
            Map<String, DetectionScore> detectorLabelFreeRules, Map<String, DetectionScore> baselineLabelFreeRules,
            RootCauseAccuracy detectorRootCausePeak, RootCauseAccuracy baselineRootCausePeak) {

        static Machine of(SmdMachineEvaluation d, SmdMachineEvaluation b) {
            return new Machine(d.machine(), d.testRows(), d.labelledSegments(), d.figures(), b.figures(), d.best(),
                    d.labelFree(), d.pot().threshold(), d.labelFreeAlternatives(), b.labelFreeAlternatives(),
                    d.rootCausePeak(), b.rootCausePeak());
        }
    }

    /** The JSON summary: the means first, then every machine. */
    public record Summary(String benchmark, String detector, JsonNode params, String baseline, PcaBaselineParams baselineParams,
            PotParams potParams, SmdFigures mean, SmdFigures baselineMean, Map<String, Double> labelFreeF1Mean,
            Map<String, Double> baselineLabelFreeF1Mean, Map<String, Machine> machines, int rows, double seconds,
            Map<String, Double> rootCausePeakMean, Map<String, Double> baselineRootCausePeakMean) {
    }

    /** Mean HitRate@150% and RC-Top3 with dimensions ranked by their peak over each segment. */
    static Map<String, Double> peakMean(List<RootCauseAccuracy> machines) {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("hitRate150", machines.stream().mapToDouble(RootCauseAccuracy::hitRate150).sum() / machines.size());
        out.put("rcTop3", machines.stream().mapToDouble(RootCauseAccuracy::rcTop3).sum() / machines.size());
        return out;
    }

    /** The mean F1 of each label-free rule over the machines that measured it. */
    static Map<String, Double> meanF1(List<Map<String, DetectionScore>> machines) {
        Map<String, Double> sum = new LinkedHashMap<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Map<String, DetectionScore> m : machines) {
            m.forEach((rule, score) -> {
                sum.merge(rule, score.f1(), Double::sum);
                count.merge(rule, 1, Integer::sum);
            });
        }
        Map<String, Double> out = new LinkedHashMap<>();
        sum.forEach((rule, total) -> out.put(rule, total / count.get(rule)));
        return out;
    }

    /**
     * @throws IllegalArgumentException for an unknown detector or bad params, before any machine is read
     * @throws IOException              when a file cannot be read
     */
    public static Summary run(SmdDataset dataset, String detectorName, JsonNode params, PotParams pot,
            IntConsumer progress, LongSupplier nanoTime) throws IOException {
        return run(dataset, detectorName, params, pot, false, progress, nanoTime);
    }

    /**
     * @param holdout also measure the {@code holdout-*} label-free rules, which refit the detector on part
     *                of each machine's training rows ({@link SmdDetectorRun})
     * @throws IllegalArgumentException for an unknown detector or bad params, before any machine is read
     * @throws IOException              when a file cannot be read
     */
    public static Summary run(SmdDataset dataset, String detectorName, JsonNode params, PotParams pot, boolean holdout,
            IntConsumer progress, LongSupplier nanoTime) throws IOException {
        MultivariateDetector detector = MultivariateRegistry.create(detectorName, params);
        long start = nanoTime.getAsLong();
        Map<String, Machine> machines = new LinkedHashMap<>();
        List<SmdFigures> ours = new ArrayList<>();
        List<SmdFigures> baseline = new ArrayList<>();
        int rows = 0;
        for (String name : dataset.machines()) {
            SmdMachine machine = dataset.load(name);
            SmdMachineEvaluation d = SmdDetectorRun.evaluate(machine, detector, pot, holdout);
            SmdMachineEvaluation b = SmdEvaluation.pcaBaseline(machine, PcaBaselineParams.DEFAULTS, pot);
            machines.put(name, Machine.of(d, b));
            ours.add(d.figures());
            baseline.add(b.figures());
            rows += machine.train().rows() + machine.test().rows();
            progress.accept(machines.size());
        }
        double seconds = Math.round((nanoTime.getAsLong() - start) / 1e7) / 100.0;
        List<Map<String, DetectionScore>> ourRules = new ArrayList<>();
        List<Map<String, DetectionScore>> baselineRules = new ArrayList<>();
        machines.values().forEach(m -> {
            ourRules.add(m.detectorLabelFreeRules());
            baselineRules.add(m.baselineLabelFreeRules());
        });
        return new Summary("smd", detectorName, Json.mapper().valueToTree(detector.params()), "pca-baseline",
                PcaBaselineParams.DEFAULTS, pot, SmdFigures.mean(ours), SmdFigures.mean(baseline), meanF1(ourRules),
                meanF1(baselineRules), machines, rows, seconds,
                peakMean(machines.values().stream().map(Machine::detectorRootCausePeak).toList()),
                peakMean(machines.values().stream().map(Machine::baselineRootCausePeak).toList()));
    }
}
