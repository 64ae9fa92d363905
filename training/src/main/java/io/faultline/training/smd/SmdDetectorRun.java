package io.faultline.training.smd;

import io.faultline.datasets.smd.SmdMachine;
import io.faultline.datasets.smd.SmdMatrix;
import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.multivariate.MultivariatePoint;
import io.faultline.models.multivariate.MultivariateScorer;

/**
 * Measures a {@link MultivariateDetector} on one SMD machine: fitted on the training rows, then one
 * scorer streams the training rows (whose scores feed the label-free POT threshold) and goes on
 * through the test rows, which follow them in time, so that every row is scored before it is learned
 * from and the test labels are used only by the metrics.
 */
public final class SmdDetectorRun {
    private SmdDetectorRun() {
    }

    public static SmdMachineEvaluation evaluate(SmdMachine machine, MultivariateDetector detector, PotParams pot) {
        FittedMultivariateDetector fitted = detector.fit(machine.train().toRows());
        MultivariateScorer scorer = fitted.newScorer();
        double[] train = scores(scorer, machine.train(), null);
        double[][] contributions = new double[machine.test().rows()][];
        double[] test = scores(scorer, machine.test(), contributions);
        return SmdEvaluation.evaluate(machine, train, test, contributions, pot);
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
