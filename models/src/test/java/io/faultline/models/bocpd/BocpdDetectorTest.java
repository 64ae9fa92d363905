package io.faultline.models.bocpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BocpdDetectorTest {
    private static final BocpdParams PARAMS = BocpdParams.defaults();

    /** N(0, 1) for {@code shiftAt} points, then N(10, 1). */
    private static SeriesSamples levelShift(long seed, int n, int shiftAt) {
        Random random = new Random(seed);
        long[] t = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = i * SyntheticSeries.STEP_MS;
            v[i] = (i >= shiftAt ? 10 : 0) + random.nextGaussian();
        }
        return new SeriesSamples(SyntheticSeries.KEY, t, v);
    }

    private static List<ScoredPoint> scoreAll(Scorer scorer, SeriesSamples s) {
        List<ScoredPoint> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(scorer.score(s.timestampsMs()[i], s.values()[i]));
        }
        return out;
    }

    @Test
    void flagsTheOnsetOfALevelShiftThenFollowsTheNewLevel() {
        List<ScoredPoint> points = scoreAll(new BocpdDetector(PARAMS).fit(SyntheticSeries.empty()).newScorer(),
                levelShift(7, 600, 300));
        assertTrue(points.get(300).anomalous(), points.get(300).toString());
        for (int i = 20; i < 300; i++) {
            assertFalse(points.get(i).anomalous(), "before the shift, point " + i + ": " + points.get(i));
        }
        for (int i = 310; i < 600; i++) {
            assertFalse(points.get(i).anomalous(), "after the shift, point " + i + ": " + points.get(i));
            assertEquals(10.0, points.get(i).expected(), 1.5, "point " + i);
        }
    }

    @Test
    void aChangeNowHoldsTheHazardAfterNormalisation() {
        // with a constant hazard, Adams and MacKay's P(r_t = 0 | x_1..t) is exactly H; pruning the
        // least probable hypothesis renormalises by the mass it drops, below a millionth here
        RunLengthPosterior posterior = new RunLengthPosterior(PARAMS, BocpdState.empty());
        SeriesSamples s = levelShift(3, 200, 100);
        for (double v : s.values()) {
            posterior.observe(v);
            BocpdState state = posterior.toState();
            assertEquals(0L, state.runLength()[0]);
            if (state.hypotheses() > 1) {
                assertEquals(1.0 / PARAMS.hazardLambda(), Math.exp(state.logProbability()[0]), 1e-6 / PARAMS.hazardLambda());
            }
        }
    }

    @Test
    void thePosteriorIsTruncatedToMaxRunLengthsAndSumsToOne() {
        BocpdState state = ((FittedBocpd) new BocpdDetector(PARAMS).fit(levelShift(5, 2000, 1000))).state();
        assertEquals(PARAMS.maxRunLengths(), state.hypotheses());
        double total = 0;
        for (double lp : state.logProbability()) {
            total += Math.exp(lp);
        }
        assertEquals(1.0, total, 1e-12);
        assertEquals(2000L, state.seen());
    }

    @Test
    void aFitOnHistoryContinuesExactlyAsIfTheHistoryHadBeenStreamed() {
        SeriesSamples all = levelShift(11, 900, 600);
        SeriesSamples history = new SeriesSamples(all.key(), java.util.Arrays.copyOf(all.timestampsMs(), 500),
                java.util.Arrays.copyOf(all.values(), 500));
        Scorer streamed = new BocpdDetector(PARAMS).fit(SyntheticSeries.empty()).newScorer();
        Scorer primed = new BocpdDetector(PARAMS).fit(history).newScorer();
        for (int i = 0; i < all.size(); i++) {
            ScoredPoint p = streamed.score(all.timestampsMs()[i], all.values()[i]);
            if (i >= 500) {
                assertEquals(p, primed.score(all.timestampsMs()[i], all.values()[i]), "point " + i);
            }
        }
    }

    @Test
    void warmsUpForMinPointsAndAFlatSeriesScoresAgainstTheScaleFloor() {
        Scorer scorer = new BocpdDetector(PARAMS).fit(SyntheticSeries.empty()).newScorer();
        for (int i = 0; i < PARAMS.minPoints(); i++) {
            assertEquals(ScoredPoint.warmingUp(i, 200.0), scorer.score(i, 200.0));
        }
        ScoredPoint same = scorer.score(100, 200.0);
        assertEquals(200.0, same.expected());
        assertEquals(0.0, same.score());
        assertFalse(scorer.score(101, 200.02).anomalous()); // 0.01%, a tenth of the 0.1% floor
        assertTrue(scorer.score(102, 220.0).anomalous()); // 10%
    }
}
