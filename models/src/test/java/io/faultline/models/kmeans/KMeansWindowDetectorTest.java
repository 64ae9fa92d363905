package io.faultline.models.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.tribuo.clustering.kmeans.KMeansTrainer;

class KMeansWindowDetectorTest {
    private static final KMeansWindowParams SMALL = new KMeansWindowParams(4, 3, 50, 40, 0.99, 1.0, 3.0, 0.01, 1e-6, 7L);

    private static FittedKMeansWindow fit(KMeansWindowParams params, SeriesSamples history) {
        return (FittedKMeansWindow) new KMeansWindowDetector(params).fit(history);
    }

    @Test
    void fitLearnsAtMostKCentroidsAndKeepsTheLastWindowMinusOneValues() {
        SeriesSamples history = SyntheticSeries.noisySeasonal(11, 0, 600);
        FittedKMeansWindow fitted = fit(KMeansWindowParams.defaults(), history);
        KMeansWindowModel model = fitted.state().model();
        assertTrue(model.centroids().length >= 1 && model.centroids().length <= 8, model.toString());
        assertTrue(model.distanceQuantile() > 0, model.toString());
        double[] values = history.values();
        assertArrayEquals(Arrays.copyOfRange(values, 600 - 11, 600), fitted.state().recent());
        assertEquals(42L, fitted.provenance().seed());
        assertEquals(fitted.state(), fit(KMeansWindowParams.defaults(), history).state(), "fits are reproducible");
        KMeansWindowParams otherSeed = new KMeansWindowParams(12, 8, 100, 256, 0.995, 1.0, 2.0, 0.01, 1e-6, 43L);
        assertNotEquals(model, fit(otherSeed, history).state().model(), "the seed reaches Tribuo");
    }

    @Test
    void constantHistoryGivesOneCentroidAndTheDistanceFloor() {
        double[] flat = new double[100];
        Arrays.fill(flat, 50.0);
        long[] timestamps = new long[100];
        Arrays.setAll(timestamps, i -> i * 1000L);
        FittedKMeansWindow fitted = fit(SMALL, new SeriesSamples(SyntheticSeries.KEY, timestamps, flat));
        assertEquals(1, fitted.state().model().centroids().length);
        assertEquals(0.0, fitted.state().model().distanceQuantile());
        Scorer scorer = fitted.newScorer();
        assertFalse(scorer.score(0, 50.5).anomalous(), "1% of the level");
        assertTrue(new KMeansWindowDetector(SMALL).fit(new SeriesSamples(SyntheticSeries.KEY, timestamps, flat))
                .newScorer().score(0, 55).anomalous(), "10% of the level");
    }

    @Test
    void shortHistoryTrainsOnlineOnceMinHistoryPointsArrive() {
        SeriesSamples all = SyntheticSeries.noisySeasonal(5, 0, 100);
        SeriesSamples history = new SeriesSamples(all.key(), Arrays.copyOf(all.timestampsMs(), 10),
                Arrays.copyOf(all.values(), 10));
        FittedKMeansWindow fitted = fit(SMALL, history);
        assertNull(fitted.state().model());
        assertEquals(10, fitted.state().recent().length);
        Scorer scorer = fitted.newScorer();
        for (int i = 10; i < 40; i++) {
            assertEquals(ScoredPoint.warmingUp(all.timestampsMs()[i], all.values()[i]),
                    scorer.score(all.timestampsMs()[i], all.values()[i]), "point " + i);
        }
        ScoredPoint first = scorer.score(all.timestampsMs()[40], all.values()[40]);
        assertTrue(Double.isFinite(first.expected()), first.toString());
        // the same as a detector fitted on those 40 points
        Scorer reference = fit(SMALL, new SeriesSamples(all.key(), Arrays.copyOf(all.timestampsMs(), 40),
                Arrays.copyOf(all.values(), 40))).newScorer();
        assertEquals(first, reference.score(all.timestampsMs()[40], all.values()[40]));
    }

    @Test
    void leavesTribuoLoggingAsItFoundIt() {
        Logger tribuo = Logger.getLogger(KMeansTrainer.class.getName());
        Level before = tribuo.getLevel();
        fit(SMALL, SyntheticSeries.noisySeasonal(1, 0, 60));
        assertEquals(before, tribuo.getLevel());
    }
}
