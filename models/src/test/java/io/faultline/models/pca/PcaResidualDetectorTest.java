package io.faultline.models.pca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariatePoint;
import io.faultline.models.multivariate.MultivariateScorer;
import io.faultline.models.registry.MultivariateRegistry;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaResidualDetectorTest {
    /** One row at a time, blamed by standardised residual. */
    private static final PcaResidualParams INSTANT = new PcaResidualParams(0.9, 0.01, 0.01, 1, "residual", 0.01, "mean-square", 0, 0);

    /** Six columns driven by one common factor plus small noise. */
    private static double[][] rows(int n, long seed) {
        Random random = new Random(seed);
        double[][] out = new double[n][6];
        for (int r = 0; r < n; r++) {
            double common = random.nextGaussian();
            for (int d = 0; d < 6; d++) {
                out[r][d] = (d + 1) * common + 0.1 * random.nextGaussian();
            }
        }
        return out;
    }

    @Test
    void aBrokenCorrelationScoresHighAndBlamesItsDimension() {
        FittedMultivariateDetector fitted = new PcaResidualDetector(INSTANT).fit(rows(500, 1));
        MultivariateScorer scorer = fitted.newScorer();
        double[][] live = rows(50, 2);
        double maxNormal = 0;
        for (double[] row : live) {
            maxNormal = Math.max(maxNormal, scorer.score(row).score());
        }
        double[] broken = live[0].clone();
        broken[3] += 2.0; // within column 3's range, but off the common factor
        MultivariatePoint p = scorer.score(broken);
        assertTrue(p.score() > 10 * maxNormal, p + " vs normal at most " + maxNormal);
        double[] c = p.contributions();
        for (int d = 0; d < c.length; d++) {
            assertTrue(d == 3 || c[d] < c[3], "dimension " + d + " blamed more than 3: " + p);
        }
    }

    @Test
    void deterministicAndTheWindowAveragesScores() {
        PcaResidualParams params = new PcaResidualParams(0.9, 0.01, 0.01, 2, "residual", 0.01, "mean-square", 0, 0);
        FittedMultivariateDetector fitted = new PcaResidualDetector(params).fit(rows(300, 3));
        FittedMultivariateDetector instant = new PcaResidualDetector(INSTANT).fit(rows(300, 3));
        MultivariateScorer a = fitted.newScorer();
        MultivariateScorer b = fitted.newScorer();
        MultivariateScorer one = instant.newScorer();
        double previous = Double.NaN;
        for (double[] row : rows(20, 4)) {
            MultivariatePoint p = a.score(row);
            assertEquals(p, b.score(row));
            double s = one.score(row).score();
            assertEquals(Double.isNaN(previous) ? s : (previous + s) / 2, p.score(), 1e-12);
            previous = s;
        }
    }

    @Test
    void rejectsRowsOfTheWrongWidthAndBadParams() {
        MultivariateScorer scorer = new PcaResidualDetector(PcaResidualParams.defaults()).fit(rows(100, 5)).newScorer();
        assertEquals("row has 2 values, the model expects 6",
                assertThrows(IllegalArgumentException.class, () -> scorer.score(new double[2])).getMessage());
        assertEquals("window must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new PcaResidualParams(0.9, 0.01, 0.01, 0, "residual", 0.01, "mean-square", 0, 0)).getMessage());
        assertEquals("unknown multivariate detector 'lstm'; valid detectors: [pca-residual, isolation-forest, kmeans-distance]",
                assertThrows(IllegalArgumentException.class, () -> MultivariateRegistry.create("lstm", null)).getMessage());
    }

    @Test
    void aFrozenLevelKeepsBlamingALongShiftWhileAnUnfrozenOneForgetsIt() {
        double[][] train = rows(500, 6);
        PcaResidualParams unfrozen = new PcaResidualParams(0.9, 0.01, 0.01, 1, "local", 0.2, "mean-square", 0, 0);
        PcaResidualParams frozen = new PcaResidualParams(0.9, 0.01, 0.01, 1, "local", 0.2, "mean-square", 0, 5);
        MultivariateScorer forgets = new PcaResidualDetector(unfrozen).fit(train).newScorer();
        MultivariateScorer keeps = new PcaResidualDetector(frozen).fit(train).newScorer();
        Random random = new Random(7);
        MultivariatePoint lastForgets = null;
        MultivariatePoint lastKeeps = null;
        for (int r = 0; r < 100; r++) {
            double[] row = new double[6];
            for (int d = 0; d < 6; d++) {
                row[d] = 0.01 * random.nextGaussian(); // quiet rows near the training mean
            }
            if (r >= 50) {
                row[3] += 2.0; // off the common factor for 50 rows: a high instantaneous score throughout
            }
            lastForgets = forgets.score(row);
            lastKeeps = keeps.score(row);
        }
        // alpha 0.2 over 50 rows: the unfrozen level has caught up with the shift, the frozen one has not
        assertTrue(lastForgets.contributions()[3] < 0.01, "unfrozen: " + lastForgets);
        assertTrue(lastKeeps.contributions()[3] > 0.4, "frozen: " + lastKeeps);
        assertEquals("freezeAbove must be finite and >= 0, was -1.0", assertThrows(IllegalArgumentException.class,
                () -> new PcaResidualParams(0.9, 0.01, 0.01, 1, "local", 0.2, "mean-square", 0, -1)).getMessage());
    }

    @Test
    void localStepBlamesASmoothMetricThatJumpedOverANoisyOneThatMovedAsFar() {
        Random random = new Random(11);
        double[][] train = new double[1000][];
        for (int r = 0; r < train.length; r++) {
            // equal spread, but column 0 moves little from one row to the next and column 1 a lot
            train[r] = new double[] {Math.sqrt(2) * Math.sin(2 * Math.PI * r / 200), random.nextGaussian()};
        }
        double[] row = {0.5, 0.5};
        PcaResidualParams local = new PcaResidualParams(0.9, 0.01, 0.01, 1, "local", 0.05, "mean-square", 0, 0);
        PcaResidualParams step = new PcaResidualParams(0.9, 0.01, 0.01, 1, "local-step", 0.05, "mean-square", 0, 0);
        double[] byLevel = new PcaResidualDetector(local).fit(train).newScorer().score(row).contributions();
        double[] bySteps = new PcaResidualDetector(step).fit(train).newScorer().score(row).contributions();
        assertTrue(byLevel[0] / byLevel[1] < 1.5, "local: " + byLevel[0] + " vs " + byLevel[1]);
        assertTrue(bySteps[0] / bySteps[1] > 10, "local-step: " + bySteps[0] + " vs " + bySteps[1]);
    }
}
