package io.faultline.models.robust;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import org.junit.jupiter.api.Test;

class RobustZScoreDetectorTest {
    private static final RobustZScoreParams SMALL = new RobustZScoreParams(9, 3, 3.0, 0.0, 1e-9);

    private static SeriesSamples series(double... values) {
        long[] timestamps = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            timestamps[i] = i * 1000L;
        }
        return new SeriesSamples(SyntheticSeries.KEY, timestamps, values);
    }

    @Test
    void scoresAgainstMedianAndMadOfThePointsBefore() {
        Scorer scorer = new RobustZScoreDetector(SMALL).fit(series(1, 2, 3, 4, 5, 6, 7, 8, 9)).newScorer();
        // window 1..9: median 5, MAD 2, scale 2.9652
        double scale = 1.4826 * 2;
        ScoredPoint point = scorer.score(9000, 20);
        assertEquals(new ScoredPoint(9000, 20, 5, 5 - 3 * scale, 5 + 3 * scale, 15 / scale, true), point);
        // 20 is now in the window (2..9, 20): median 6, MAD 2
        assertEquals(new ScoredPoint(10_000, 6, 6, 6 - 3 * scale, 6 + 3 * scale, 0.0, false), scorer.score(10_000, 6));
    }

    @Test
    void fitKeepsOnlyTheLastWindowOfFiniteHistory() {
        FittedRobustZScore fitted = (FittedRobustZScore) new RobustZScoreDetector(SMALL)
                .fit(series(0, 1, 2, 3, Double.NaN, 4, 5, 6, 7, 8, 9, Double.POSITIVE_INFINITY));
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, fitted.state().window());
        assertEquals(0L, fitted.provenance().seed());
        assertEquals(12, fitted.provenance().dataPoints());
    }

    @Test
    void warmsUpUntilMinPointsThenScores() {
        Scorer scorer = new RobustZScoreDetector(SMALL).fit(SyntheticSeries.empty()).newScorer();
        assertEquals(ScoredPoint.warmingUp(0, 10), scorer.score(0, 10));
        assertEquals(ScoredPoint.warmingUp(1, 11), scorer.score(1, 11));
        assertEquals(ScoredPoint.warmingUp(2, 12), scorer.score(2, 12));
        assertEquals(11.0, scorer.score(3, 11).expected());
    }

    @Test
    void nonFiniteObservationsAreNeitherScoredNorLearned() {
        Scorer scorer = new RobustZScoreDetector(SMALL).fit(series(1, 2, 3)).newScorer();
        assertEquals(ScoredPoint.warmingUp(5, Double.NaN), scorer.score(5, Double.NaN));
        assertEquals(2.0, scorer.score(6, 2).expected());
    }

    @Test
    void scaleFloorKeepsAFlatSeriesFromFlaggingTinyChanges() {
        RobustZScoreParams params = new RobustZScoreParams(30, 10, 4.0, 0.01, 1e-6);
        double[] flat = new double[30];
        java.util.Arrays.fill(flat, 200.0);
        Scorer scorer = new RobustZScoreDetector(params).fit(series(flat)).newScorer();
        ScoredPoint small = scorer.score(0, 201.0); // 0.5% of the level: scale is 2, score 0.5
        assertEquals(0.5, small.score());
        assertFalse(small.anomalous());
        assertEquals(192.0, small.lower());
        assertEquals(208.0, small.upper());
        assertTrue(scorer.score(1, 210.0).anomalous()); // 5% of the level
        Scorer zeros = new RobustZScoreDetector(params).fit(series(new double[30])).newScorer();
        assertEquals(2.0e6, zeros.score(0, 2.0).score(), 1e-6); // at zero only the absolute floor is left
    }
}
