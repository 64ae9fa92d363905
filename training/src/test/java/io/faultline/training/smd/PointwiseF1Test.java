package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointwiseF1Test {
    private static final double[] SCORES = {0.1, 0.9, 0.8, 0.3, 0.7, 0.2};
    private static final boolean[] LABELS = {false, true, true, false, false, true};

    @Test
    void countsRowsAtOrAboveTheThreshold() {
        DetectionScore s = PointwiseF1.at(SCORES, LABELS, 0.75);
        assertEquals(new DetectionScore(0.75, 2, 0, 1), s);
        assertEquals(1.0, s.precision());
        assertEquals(2.0 / 3, s.recall());
        assertEquals(0.8, s.f1());
        assertEquals(new DetectionScore(0.8, 2, 0, 1), PointwiseF1.at(SCORES, LABELS, 0.8));
    }

    @Test
    void zeroConventionsWhenNothingIsFlaggedOrLabelled() {
        DetectionScore none = new DetectionScore(1, 0, 0, 3);
        assertEquals(0.0, none.precision());
        assertEquals(0.0, none.recall());
        assertEquals(0.0, none.f1());
        assertEquals(0.0, new DetectionScore(1, 0, 2, 0).recall());
        assertEquals(0.0, new DetectionScore(1, 0, 0, 0).f1());
    }

    @Test
    void findsTheBestThreshold() {
        // thresholds 0.9, 0.8, 0.7, 0.3, 0.2, 0.1 give F1 1/2, 4/5, 2/3, 4/7, 3/4, 2/3
        assertEquals(new DetectionScore(0.8, 2, 0, 1), PointwiseF1.best(SCORES, LABELS));
    }

    @Test
    void aTieGoesToTheHigherThreshold() {
        // 4 -> F1 2/3, 1 -> F1 2/3
        assertEquals(new DetectionScore(4, 1, 0, 1),
                PointwiseF1.best(new double[] {4, 3, 2, 1}, new boolean[] {true, false, false, true}));
    }

    @Test
    void equalScoresAreFlaggedTogether() {
        assertEquals(new DetectionScore(0.5, 1, 1, 0),
                PointwiseF1.best(new double[] {0.5, 0.5, 0.1}, new boolean[] {true, false, false}));
    }

    @Test
    void theSweepAgreesWithTryingEveryThreshold() {
        Random random = new Random(7);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(60);
            double[] scores = new double[n];
            boolean[] labels = new boolean[n];
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(12) / 4.0;
                labels[i] = random.nextDouble() < 0.3;
            }
            labels[random.nextInt(n)] = true;
            assertEquals(bruteForce(scores, labels), PointwiseF1.best(scores, labels), "trial " + trial);
        }
    }

    static DetectionScore bruteForce(double[] scores, boolean[] labels) {
        double[] thresholds = Arrays.stream(scores).distinct().sorted().toArray();
        DetectionScore best = null;
        for (int i = thresholds.length - 1; i >= 0; i--) {
            DetectionScore s = PointwiseF1.at(scores, labels, thresholds[i]);
            if (best == null || s.f1() > best.f1()) {
                best = s;
            }
        }
        return best;
    }

    @Test
    void rejectsBadInput() {
        assertEquals("scores has 2 rows but labels has 1", assertThrows(IllegalArgumentException.class,
                () -> PointwiseF1.at(new double[2], new boolean[1], 0)).getMessage());
        assertEquals("scores at row 1 is not finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> PointwiseF1.best(new double[] {0, Double.NaN}, new boolean[] {true, false})).getMessage());
        assertEquals("labels contain no anomalous row: F1 is undefined", assertThrows(IllegalArgumentException.class,
                () -> PointwiseF1.best(new double[] {0, 1}, new boolean[2])).getMessage());
        assertEquals("scores must not be empty", assertThrows(IllegalArgumentException.class,
                () -> PointwiseF1.best(new double[0], new boolean[0])).getMessage());
    }
}
