package io.faultline.models.gaussian;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class WindowedGaussianDetectorTest {
    private static final WindowedGaussianParams SMALL = new WindowedGaussianParams(4, 2, 1, 0.99);

    private static SeriesSamples series(double... values) {
        long[] timestamps = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            timestamps[i] = i * 1000L;
        }
        return new SeriesSamples(SyntheticSeries.KEY, timestamps, values);
    }

    private static double expectedScore(double x, double mean, double std) {
        return 1.0 - 0.5 * Erf.erfc(Math.abs(x - mean) / std / Math.sqrt(2));
    }

    @Test
    void scoresTheTailProbabilityOfTheWindowBefore() {
        Scorer scorer = new WindowedGaussianDetector(SMALL).fit(SyntheticSeries.empty()).newScorer();
        assertEquals(ScoredPoint.warmingUp(0, 1), scorer.score(0, 1)); // NAB's first row scores 0
        // window {1}: deviation 0 counts as 1e-6, so anything else is certain
        assertEquals(1.0, scorer.score(1, 3).score());
        // window {1, 3}: mean 2, population deviation 1
        ScoredPoint p = scorer.score(2, 0.5);
        assertEquals(expectedScore(0.5, 2, 1), p.score(), 1e-15);
        assertEquals(0.9331927987311419, p.score(), 1e-12); // 1 - Q(1.5)
        assertEquals(2.0, p.expected());
        double z = 2.326347874040841; // 1 - Q(z) = 0.99
        assertEquals(2 - z, p.lower(), 1e-12);
        assertEquals(2 + z, p.upper(), 1e-12);
        assertFalse(p.anomalous());
    }

    @Test
    void onceFullTheWindowMovesByWholeSteps() {
        Scorer scorer = new WindowedGaussianDetector(SMALL).fit(series(1, 2, 3, 4)).newScorer();
        // window {1,2,3,4}: mean 2.5, deviation sqrt(1.25); 10 waits for a second point
        assertEquals(2.5, scorer.score(4, 10).expected());
        assertEquals(2.5, scorer.score(5, 20).expected());
        // the step {10, 20} replaced {1, 2}: window {3, 4, 10, 20}, mean 9.25
        ScoredPoint p = scorer.score(6, 9.25);
        assertEquals(9.25, p.expected());
        assertEquals(0.5, p.score()); // at the mean: 1 - Q(0), NAB's lowest score after the first row
    }

    @Test
    void fitLeavesTheWindowWhereTheStreamWouldHave() {
        WindowedGaussianState state = WindowedGaussianDetector.replay(new double[] {1, 2, 3, 4, 5, 6, 7}, 4, 2);
        assertArrayEquals(new double[] {3, 4, 5, 6}, state.window());
        assertArrayEquals(new double[] {7}, state.pending());
        FittedWindowedGaussian fitted = (FittedWindowedGaussian) new WindowedGaussianDetector(SMALL)
                .fit(series(1, Double.NaN, 2, 3));
        assertArrayEquals(new double[] {1, 2, 3}, fitted.state().window());
        assertEquals(4, fitted.provenance().dataPoints());
    }

    @Test
    void aFittedScorerContinuesExactlyLikeOneThatStreamedTheHistory() {
        SeriesSamples all = SyntheticSeries.noisySeasonal(7, 0, 300);
        WindowedGaussianParams params = new WindowedGaussianParams(50, 7, 1, 0.999);
        Scorer streamed = new WindowedGaussianDetector(params).fit(SyntheticSeries.empty()).newScorer();
        for (int i = 0; i < 200; i++) {
            streamed.score(all.timestampsMs()[i], all.values()[i]);
        }
        double[] head = java.util.Arrays.copyOf(all.values(), 200);
        long[] headTimes = java.util.Arrays.copyOf(all.timestampsMs(), 200);
        Scorer primed = new WindowedGaussianDetector(params)
                .fit(new SeriesSamples(SyntheticSeries.KEY, headTimes, head)).newScorer();
        for (int i = 200; i < 300; i++) {
            assertEquals(streamed.score(all.timestampsMs()[i], all.values()[i]),
                    primed.score(all.timestampsMs()[i], all.values()[i]), "point " + i);
        }
    }

    @Test
    void flagsBeyondTheThresholdInEitherDirection() {
        Scorer scorer = new WindowedGaussianDetector(SMALL).fit(series(0, 2, 0, 2)).newScorer(); // mean 1, sd 1
        assertTrue(scorer.score(4, -2).anomalous()); // z = 3: 0.99865 > 0.99
        assertFalse(new WindowedGaussianDetector(SMALL).fit(series(0, 2, 0, 2)).newScorer().score(4, 3).anomalous());
    }

    @Test
    void validatesEveryField() {
        assertEquals("window must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new WindowedGaussianParams(1, 1, 1, 0.9)).getMessage());
        assertEquals("step must be in [1, window=10], was 11",
                assertThrows(IllegalArgumentException.class, () -> new WindowedGaussianParams(10, 11, 1, 0.9)).getMessage());
        assertEquals("minPoints must be in [1, window=10], was 0",
                assertThrows(IllegalArgumentException.class, () -> new WindowedGaussianParams(10, 1, 0, 0.9)).getMessage());
        assertEquals("threshold must be in (0.5, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> new WindowedGaussianParams(10, 1, 1, 1.0)).getMessage());
        assertEquals(new WindowedGaussianParams(6400, 100, 1, 0.9999), WindowedGaussianParams.defaults());
    }
}
