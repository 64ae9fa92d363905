package io.faultline.training.smd;

import io.faultline.datasets.smd.SmdMachine;
import io.faultline.datasets.smd.SmdMatrix;
import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.multivariate.MultivariatePoint;
import io.faultline.models.multivariate.MultivariateScorer;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Measures a {@link MultivariateDetector} on one SMD machine: fitted on the training rows, then one
 * scorer streams the training rows (whose scores feed the label-free POT threshold) and goes on
 * through the test rows, which follow them in time, so that every row is scored before it is learned
 * from and the test labels are used only by the metrics.
 *
 * <p>Training scores of rows the model was fitted on are optimistic, so an optional second run holds out the
 * last {@link #HOLDOUT} of the training rows: a model fitted on the rest scores that tail as unseen
 * data; {@code holdout-pot}, {@code holdout-quantile} (the tail's {@link LabelFreeRules#QUANTILE}
 * quantile), {@code holdout-max} (the tail's highest score) and the {@code holdout-spot} and
 * {@code holdout-dspot} rules of {@link LabelFreeRules} are calibrated on the tail's scores and judged on
 * the same model's test scores.
 */
public final class SmdDetectorRun {
    /** Share of the training rows, at their end, held out for the {@code holdout-*} rules. */
    public static final double HOLDOUT = 0.3;

    private SmdDetectorRun() {
    }

    /**
     * @param holdout also refit the detector on the head of the training rows and measure the
     *                {@code holdout-*} rules (a second fit: about ten times the run's time for the
     *                slower detectors; none of the headline figures needs it)
     */
    public static SmdMachineEvaluation evaluate(SmdMachine machine, MultivariateDetector detector, PotParams pot,
            boolean holdout) {
        double[][] rows = machine.train().toRows();
        MultivariateScorer scorer = detector.fit(rows).newScorer();
        double[] train = scores(scorer, machine.train(), null);
        double[][] contributions = new double[machine.test().rows()][];
        double[] test = scores(scorer, machine.test(), contributions);
        SmdMachineEvaluation e = SmdEvaluation.evaluate(machine, train, test, contributions, pot);
        return holdout ? e.withAlternatives(holdout(machine, detector, rows, pot)) : e;
    }

    private static Map<String, DetectionScore> holdout(SmdMachine machine, MultivariateDetector detector, double[][] rows,
            PotParams pot) {
        int head = (int) Math.round(rows.length * (1 - HOLDOUT));
        Map<String, DetectionScore> out = new LinkedHashMap<>();
        if (head < 2 || rows.length - head < 3) {
            return out;
        }
        FittedMultivariateDetector fitted = detector.fit(Arrays.copyOf(rows, head));
        MultivariateScorer scorer = fitted.newScorer();
        double[] train = scores(scorer, machine.train(), null);
        double[] tail = Arrays.copyOfRange(train, head, train.length);
        double[] test = scores(scorer, machine.test(), null);
        boolean[] labels = machine.labels();
        out.put("holdout-pot", PointwiseF1.at(test, labels, PotThreshold.fit(tail, pot).threshold()));
        out.put("holdout-quantile", PointwiseF1.at(test, labels, LabelFreeRules.quantile(tail, LabelFreeRules.QUANTILE)));
        out.put("holdout-max", PointwiseF1.at(test, labels, LabelFreeRules.quantile(tail, 1.0)));
        out.putAll(LabelFreeRules.streaming("holdout-", tail, test, labels, pot));
        return out;
    }

    private static double[] scores(MultivariateScorer scorer, SmdMatrix rows, double[][] contributions) {
        double[] out = new double[rows.rows()];
        for (int r = 0; r < out.length; r++) {
            MultivariatePoint p = scorer.score(rows.row(r));
            out[r] = p.score();
            if (contributions != null) {
                contributions[r] = p.contributions();
            }
        }
        return out;
    }
}
