package io.faultline.models.artime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.models.ScoredPoint;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArtimeScorerTest {

    private static ArtimeScorer scorer(double restartWidening, double spatialTolerance) {
        return new ArtimeScorer(new ArtimeParams(100, 0.1, true, restartWidening, spatialTolerance, 0, 0.3));
    }

    private static ScoredPoint[] run(ArtimeScorer scorer, double[] values) {
        ScoredPoint[] points = new ScoredPoint[values.length];
        for (int i = 0; i < values.length; i++) {
            points[i] = scorer.score(60_000L * i, values[i]);
        }
        return points;
    }

    /** 400 points of noise around 10 with a spread of about 1, then one value of 50, then noise again. */
    private static double[] withNewExtreme() {
        Random random = new Random(11);
        double[] v = new double[600];
        for (int i = 0; i < v.length; i++) {
            v[i] = 10 + random.nextGaussian() * 0.3;
        }
        v[400] = 50;
        return v;
    }

    @Test
    void theProbationWarmsUpThenTheBandIsTheMarginedRange() {
        ScoredPoint[] points = run(scorer(0, 0.05), withNewExtreme());
        for (int i = 0; i < 100; i++) {
            assertTrue(Double.isNaN(points[i].expected()), "point " + i);
        }
        assertTrue(points[100].lower() < points[100].upper());
        assertEquals((points[100].lower() + points[100].upper()) / 2, points[100].expected());
    }

    @Test
    void aNewExtremeScoresOneUnderTheSpatialCheckAndWidensTheRange() {
        ScoredPoint[] points = run(scorer(0, 0.05), withNewExtreme());
        assertEquals(1.0, points[400].score());
        assertTrue(points[400].anomalous());
        assertTrue(points[401].upper() >= 50 + 0.1 * (50 - points[399].lower()) - 1e-9, points[401].toString());
    }

    @Test
    void rebuildingOnAWideningIsDeterministicAndKeepsScoring() {
        ScoredPoint[] a = run(scorer(0.5, 0.05), withNewExtreme());
        ScoredPoint[] b = run(scorer(0.5, 0.05), withNewExtreme());
        for (int i = 0; i < a.length; i++) {
            assertEquals(a[i], b[i], "point " + i);
            assertTrue(i < 100 || Double.isFinite(a[i].expected()), "point " + i);
        }
    }
}
