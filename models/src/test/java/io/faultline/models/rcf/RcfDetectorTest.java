package io.faultline.models.rcf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RcfDetectorTest {
    /** A small forest keeps the test fast; the behaviour under test does not depend on its size. */
    private static final RcfParams SMALL = new RcfParams(4, 64, 10, 32, 0.005, "NORMALIZE", 1000, 7L);

    private static List<ScoredPoint> scoreAll(Scorer scorer, SeriesSamples s) {
        List<ScoredPoint> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            out.add(scorer.score(s.timestampsMs()[i], s.values()[i]));
        }
        return out;
    }

    @Test
    void forecastsTheCycleAndFlagsASpikeAboveItsBounds() {
        SeriesSamples live = SyntheticSeries.withSpike(SyntheticSeries.noisySeasonal(2, 600, 200), 100, 40);
        List<ScoredPoint> points = scoreAll(new RcfDetector(SMALL).fit(SyntheticSeries.noisySeasonal(1, 0, 600))
                .newScorer(), live);
        ScoredPoint spike = points.get(100);
        assertTrue(spike.anomalous() && spike.observed() > spike.upper() && spike.score() > 1, spike.toString());
        double error = 0;
        for (int i = 0; i < 100; i++) {
            error += Math.abs(points.get(i).expected() - (live.values()[i]));
        }
        // the cycle swings +-5 around 100 with unit noise: a useful forecast is off by about the noise
        assertTrue(error / 100 < 2.0, "mean absolute forecast error " + error / 100);
    }

    @Test
    void warmsUpUntilTheForestHasAbsorbedOutputAfterValues() {
        List<ScoredPoint> points = scoreAll(new RcfDetector(SMALL).fit(SyntheticSeries.empty()).newScorer(),
                SyntheticSeries.noisySeasonal(3, 0, 100));
        int warmUp = 0;
        while (points.get(warmUp).equals(ScoredPoint.warmingUp(points.get(warmUp).timestampMs(), points.get(warmUp).observed()))) {
            warmUp++;
        }
        // the forest counts every value it is given (internal shingling) and answers after outputAfter
        assertEquals(SMALL.outputAfter(), warmUp);
    }

    @Test
    void theSeedDecidesTheForest() {
        SeriesSamples history = SyntheticSeries.noisySeasonal(1, 0, 300);
        SeriesSamples live = SyntheticSeries.noisySeasonal(2, 300, 50);
        RcfParams otherSeed = new RcfParams(4, 64, 10, 32, 0.005, "NORMALIZE", 1000, 8L);
        List<ScoredPoint> first = scoreAll(new RcfDetector(SMALL).fit(history).newScorer(), live);
        assertEquals(first, scoreAll(new RcfDetector(SMALL).fit(history).newScorer(), live));
        assertNotEquals(first, scoreAll(new RcfDetector(otherSeed).fit(history).newScorer(), live));
        assertEquals(8L, new RcfDetector(otherSeed).fit(history).provenance().seed());
    }

    @Test
    void fitsOnAtMostMaxHistoryOfTheLastFiniteValues() {
        double[] values = SyntheticSeries.noisySeasonal(1, 0, 300).values();
        values[299] = Double.NaN;
        SeriesSamples history = new SeriesSamples(SyntheticSeries.KEY, SyntheticSeries.noisySeasonal(1, 0, 300).timestampsMs(), values);
        RcfParams tail = new RcfParams(4, 64, 10, 32, 0.005, "NORMALIZE", 100, 7L);
        FittedRcf fitted = (FittedRcf) new RcfDetector(tail).fit(history);
        // with internal shingling the forest counts every value it is given
        assertEquals(100, fitted.state().forest().at("/forestState/totalUpdates").asInt());
        assertEquals(300, fitted.provenance().dataPoints());
    }
}
