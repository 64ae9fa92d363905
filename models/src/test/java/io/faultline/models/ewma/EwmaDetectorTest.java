package io.faultline.models.ewma;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EwmaDetectorTest {

    private static EwmaParams params(double alpha, double beta, double gamma, int season, double huberK) {
        return new EwmaParams(alpha, beta, gamma, season, 0.5, 0.5, 0.0, huberK, 2, 3.0, 0.0, 1e-9);
    }

    private static Scorer scorer(EwmaParams params) {
        return new EwmaDetector(params).fit(SyntheticSeries.empty()).newScorer();
    }

    @Test
    void scoresTheResidualOfTheForecastBeforeLearningIt() {
        Scorer scorer = scorer(params(0.5, 0, 0, 0, 100));
        assertEquals(ScoredPoint.warmingUp(0, 10), scorer.score(0, 10)); // starts the level
        assertEquals(ScoredPoint.warmingUp(1, 12), scorer.score(1, 12)); // level 11, mean |r| 0.5 x 2 = 1
        // forecast 11; the mean |r| after one residual, bias-corrected: 1 / (1 - 0.5) = 2
        double scale = Math.sqrt(Math.PI / 2) * 2;
        assertEquals(new ScoredPoint(2, 14, 11, 11 - 3 * scale, 11 + 3 * scale, 3 / scale, false), scorer.score(2, 14));
        // level 12.5; mean |r| 0.5 x 1 + 0.5 x 3 = 2, over weight 0.75
        double next = Math.sqrt(Math.PI / 2) * 2 / 0.75;
        ScoredPoint p = scorer.score(3, 30);
        assertEquals(12.5, p.expected());
        assertEquals(17.5 / next, p.score(), 1e-12);
        assertTrue(p.anomalous());
    }

    @Test
    void anOutlierMovesTheLevelByAtMostHuberKScales() {
        Scorer scorer = scorer(params(0.5, 0, 0, 0, 1.0));
        ScoredPoint last = null;
        for (int i = 0; i < 50; i++) {
            last = scorer.score(i, i % 2 == 0 ? 0 : 2);
        }
        double forecast = scorer.score(50, 1000).expected();
        ScoredPoint spike = last;
        ScoredPoint after = scorer.score(51, 1);
        // the spike's residual counts as 1 scale: the level moves alpha x scale, not alpha x 1000
        double scaleAtSpike = spikeScale(scorer(params(0.5, 0, 0, 0, 1.0)));
        assertEquals(forecast + 0.5 * scaleAtSpike, after.expected(), 1e-9);
        assertFalse(after.anomalous(), spike + " then " + after);
    }

    /** The scale the 51st point (index 50) is judged with, for the same 0, 2, 0, 2... history. */
    private static double spikeScale(Scorer scorer) {
        for (int i = 0; i < 50; i++) {
            scorer.score(i, i % 2 == 0 ? 0 : 2);
        }
        ScoredPoint p = scorer.score(50, 1000);
        return (p.upper() - p.lower()) / 6.0;
    }

    @Test
    void holtWintersLearnsARepeatingPatternAndATrend() {
        double[] pattern = {0, 10, 0, -10};
        Scorer seasonal = scorer(params(0.2, 0, 0.5, 4, 100));
        for (int i = 0; i < 800; i++) {
            seasonal.score(i, 50 + pattern[i % 4]);
        }
        for (int i = 800; i < 804; i++) {
            assertEquals(50 + pattern[i % 4], seasonal.score(i, 50 + pattern[i % 4]).expected(), 1e-6, "point " + i);
        }
        Scorer trend = scorer(params(0.5, 0.3, 0, 0, 100));
        for (int i = 0; i < 500; i++) {
            trend.score(i, 2.0 * i);
        }
        assertEquals(1000.0, trend.score(500, 1000.0).expected(), 1e-6);
    }

    @Test
    void theSlowScaleBoundsScoresOnASeriesFlatBetweenBursts() {
        EwmaParams robustOnly = new EwmaParams(0.1, 0, 0, 0, 0.01, 0.001, 0.0, 12, 30, 6, 0.001, 1e-6);
        EwmaParams withSlow = new EwmaParams(0.1, 0, 0, 0, 0.01, 0.001, 1.0, 12, 30, 6, 0.001, 1e-6);
        Random random = new Random(3);
        long[] t = new long[3000];
        double[] v = new double[3000];
        for (int i = 0; i < v.length; i++) {
            t[i] = i * 60_000L;
            v[i] = random.nextInt(200) == 0 ? 1000 : 0;
        }
        SeriesSamples bursts = new SeriesSamples(SyntheticSeries.KEY, t, v);
        assertTrue(new EwmaDetector(robustOnly).fit(bursts).newScorer().score(0, 1000).score() > 1e6);
        double bounded = new EwmaDetector(withSlow).fit(bursts).newScorer().score(0, 1000).score();
        assertTrue(bounded > 6 && bounded < 30, "score " + bounded);
    }

    @Test
    void validatesEveryField() {
        assertEquals("alpha must be in (0, 1], was 0.0", problem(() -> params(0, 0, 0, 0, 3)));
        assertEquals("beta must be in [0, 1], was -0.1", problem(() -> params(0.5, -0.1, 0, 0, 3)));
        assertEquals("gamma must be 0 when seasonLength is 0, was 0.1", problem(() -> params(0.5, 0, 0.1, 0, 3)));
        assertEquals("seasonLength must be 0 (no season) or >= 2, was 1", problem(() -> params(0.5, 0, 0.1, 1, 3)));
        assertEquals("huberK must be finite and > 0, was 0.0", problem(() -> params(0.5, 0, 0, 0, 0)));
        assertEquals("longScaleShare must be finite and >= 0, was -1.0",
                problem(() -> new EwmaParams(0.1, 0, 0, 0, 0.01, 0.001, -1, 12, 30, 6, 0.001, 1e-6)));
        assertEquals("warmUp must be >= 2, was 1",
                problem(() -> new EwmaParams(0.1, 0, 0, 0, 0.01, 0.001, 1, 12, 1, 6, 0.001, 1e-6)));
    }

    private static String problem(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }
}
