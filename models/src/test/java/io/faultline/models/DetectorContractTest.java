package io.faultline.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.registry.ModelFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered detector, with its default params, must do. The data: 2000 minutes of
 * a noisy cycle as history, then 1000 more minutes with a spike of +40 (about eight robust
 * standard deviations of the series) planted at minute 500.
 */
class DetectorContractTest {
    private static final DetectorRegistry REGISTRY = DetectorRegistry.defaultRegistry();
    private static final SeriesSamples HISTORY = SyntheticSeries.noisySeasonal(1, 0, 2000);
    private static final int SPIKE = 500;
    private static final SeriesSamples LIVE = SyntheticSeries.withSpike(SyntheticSeries.noisySeasonal(2, 2000, 1000), SPIKE, 40);

    static Stream<String> detectors() {
        return REGISTRY.names().stream();
    }

    private static FittedDetector fitted(String name, SeriesSamples history) {
        return REGISTRY.create(name, null).fit(history);
    }

    private static List<ScoredPoint> scoreAll(Scorer scorer, SeriesSamples series) {
        List<ScoredPoint> points = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            points.add(scorer.score(series.timestampsMs()[i], series.values()[i]));
        }
        return points;
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void oneFiniteNonNegativeScorePerInput(String name) {
        List<ScoredPoint> points = scoreAll(fitted(name, HISTORY).newScorer(), LIVE);
        assertEquals(LIVE.size(), points.size());
        for (int i = 0; i < points.size(); i++) {
            ScoredPoint p = points.get(i);
            assertEquals(LIVE.timestampsMs()[i], p.timestampMs());
            assertEquals(LIVE.values()[i], p.observed());
            assertTrue(Double.isFinite(p.score()) && p.score() >= 0, "point " + i + ": " + p);
            assertTrue(p.lower() <= p.expected() && p.expected() <= p.upper(), "point " + i + ": " + p);
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void sameModelAndDataGiveTheSameScores(String name) {
        FittedDetector fitted = fitted(name, HISTORY);
        List<ScoredPoint> first = scoreAll(fitted.newScorer(), LIVE);
        assertEquals(first, scoreAll(fitted.newScorer(), LIVE), "two scorers of one fitted detector");
        assertEquals(first, scoreAll(fitted(name, HISTORY).newScorer(), LIVE), "two fits on the same history");
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void flagsThePlantedSpikeAndFewNormalPoints(String name) {
        List<ScoredPoint> points = scoreAll(fitted(name, HISTORY).newScorer(), LIVE);
        assertTrue(points.get(SPIKE).anomalous(), points.get(SPIKE).toString());
        long falseAlarms = 0;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).anomalous() && i != SPIKE) {
                falseAlarms++;
            }
        }
        // about 1%: the spike must not make its successors look anomalous either
        assertTrue(falseAlarms <= 10, falseAlarms + " of " + (LIVE.size() - 1) + " normal points flagged");
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void savedAndLoadedModelsScoreIdentically(String name) {
        FittedDetector fitted = fitted(name, HISTORY);
        ModelFiles files = new ModelFiles(REGISTRY);
        FittedDetector loaded = files.fromJson(files.toJson(fitted), "memory");
        assertEquals(fitted.provenance(), loaded.provenance());
        assertEquals(scoreAll(fitted.newScorer(), LIVE), scoreAll(loaded.newScorer(), LIVE));
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void warmsUpAsScoredPointDocumentsThenScores(String name) {
        List<ScoredPoint> points = scoreAll(fitted(name, SyntheticSeries.empty()).newScorer(), LIVE);
        int warmUp = 0;
        while (warmUp < points.size() && points.get(warmUp).equals(
                ScoredPoint.warmingUp(LIVE.timestampsMs()[warmUp], LIVE.values()[warmUp]))) {
            warmUp++;
        }
        assertTrue(warmUp > 0 && warmUp < SPIKE, "warm-up of " + warmUp + " points");
        for (int i = warmUp; i < points.size(); i++) {
            assertTrue(Double.isFinite(points.get(i).expected()), "point " + i + " after warm-up: " + points.get(i));
        }
        ScoredPoint primed = fitted(name, HISTORY).newScorer().score(LIVE.timestampsMs()[0], LIVE.values()[0]);
        assertTrue(Double.isFinite(primed.expected()), "a detector fitted on history scores at once: " + primed);
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void skipsNonFiniteObservationsWithoutLearningFromThem(String name) {
        FittedDetector fitted = fitted(name, HISTORY);
        Scorer withGaps = fitted.newScorer();
        Scorer without = fitted.newScorer();
        for (int i = 0; i < 100; i++) {
            if (i % 10 == 5) {
                assertEquals(ScoredPoint.warmingUp(i, Double.NaN), withGaps.score(i, Double.NaN));
            }
            double v = LIVE.values()[i];
            assertEquals(without.score(LIVE.timestampsMs()[i], v), withGaps.score(LIVE.timestampsMs()[i], v), "point " + i);
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void provenanceDescribesTheFit(String name) {
        Detector detector = REGISTRY.create(name, null);
        Provenance provenance = detector.fit(HISTORY).provenance();
        assertEquals(name, provenance.detector());
        assertEquals(ModelJson.mapper().valueToTree(detector.params()).toString(), provenance.params().toString());
        assertEquals(HISTORY.key().toString(), provenance.series());
        assertEquals(0L, provenance.dataFromMs());
        assertEquals(1999 * SyntheticSeries.STEP_MS, provenance.dataToMs());
        assertEquals(2000, provenance.dataPoints());
        assertEquals(SeriesFingerprint.sha256(HISTORY), provenance.dataSha256());
        assertFalse(provenance.faultlineVersion().isBlank());
    }
}
