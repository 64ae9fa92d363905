package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.faultline.features.stats.RobustScale;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ModelJson;
import io.faultline.models.SeriesFingerprint;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.fit.report.Band;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.SeriesStatus;
import org.junit.jupiter.api.Test;

class SeriesTrainerTest {
    private static final SeriesKey KEY = SeriesKey.of("queue_depth", "service", "cart");
    private static final long START = SyntheticHistory.START_MS;
    private static final long STEP = SyntheticHistory.STEP_MS;

    private final SeriesTrainer trainer = new SeriesTrainer(setup("{\"window\": 10, \"minPoints\": 5}"));

    @Test
    void aTrainedSeriesReportsItsFlagsAndTheBandAtTheEnd() {
        SeriesSamples history = SyntheticHistory.alternating(KEY, 50, 30);

        SeriesOutcome outcome = trainer.train(history);

        // window of 10 alternating 10/11: median 10.5, MAD 0.5, so only the spike leaves the band
        double scale = RobustScale.MAD_TO_SIGMA * 0.5;
        SeriesReport expected = new SeriesReport(KEY.toString(), SeriesStatus.TRAINED, null, 50, START, START + 49 * STEP,
                SeriesFingerprint.sha256(history), 4.0, new Band(10.5, 10.5 - 4.0 * scale, 10.5 + 4.0 * scale),
                1, 1 / 50.0, ModelFileName.of(KEY));
        assertEquals(expected, outcome.report());
        assertEquals(history.key().toString(), outcome.fitted().provenance().series());
        assertEquals(outcome.report().dataSha256(), outcome.fitted().provenance().dataSha256());
    }

    @Test
    void withoutASpikeNothingIsFlagged() {
        SeriesOutcome outcome = trainer.train(SyntheticHistory.alternating(KEY, 50, -1));

        assertEquals(0, outcome.report().flaggedPoints());
        assertEquals(0.0, outcome.report().flaggedShare());
    }

    @Test
    void tooFewFinitePointsIsAnAnswerNotAnError() {
        SeriesSamples history = new SeriesSamples(KEY, new long[] {START, START + STEP, START + 2 * STEP,
                START + 3 * STEP, START + 4 * STEP, START + 5 * STEP}, new double[] {1, Double.NaN, 2, 3, Double.NaN, 4});

        SeriesOutcome outcome = trainer.train(history);

        assertNull(outcome.fitted());
        assertEquals(new SeriesReport(KEY.toString(), SeriesStatus.INSUFFICIENT_DATA,
                "4 finite points, detector 'robust-zscore' needs 5", 6, START, START + 5 * STEP,
                SeriesFingerprint.sha256(history), 4.0, null, null, null, null), outcome.report());
    }

    @Test
    void aCounterIsTrainedOnItsRates() {
        SeriesKey counter = SeriesKey.of("http_requests_total", "service", "cart");
        long[] ts = new long[30];
        double[] raw = new double[30];
        for (int i = 0; i < 30; i++) {
            ts[i] = START + i * STEP;
            raw[i] = i < 20 ? 100 + 10 * i : 10 * (i - 19); // 10 per step, restarted at the 21st sample
        }
        SeriesReport report = trainer.train(new SeriesSamples(counter, ts, raw)).report();

        assertEquals(SeriesStatus.TRAINED, report.status());
        assertEquals(29, report.points(), "the first sample gives no rate");
        assertEquals(START + STEP, report.fromMs());
        assertEquals(0, report.flaggedPoints(), "the restart is no change of rate");
        assertEquals(4, trainer.train(new SeriesSamples(KEY, ts, raw)).report().flaggedPoints(),
                "the same values as a gauge: the drop from 290 to 10 and the climb after it are flagged");
    }

    @Test
    void anEmptySeriesHasNoRange() {
        SeriesOutcome outcome = trainer.train(new SeriesSamples(KEY, new long[0], new double[0]));

        assertEquals(SeriesStatus.INSUFFICIENT_DATA, outcome.report().status());
        assertEquals(0, outcome.report().points());
        assertNull(outcome.report().fromMs());
        assertNull(outcome.report().toMs());
    }

    @Test
    void aLastPointThatCannotBeScoredLeavesNoBand() {
        // five finite points are just enough to train; the NaN at the end gets a warming-up verdict
        SeriesSamples history = new SeriesSamples(KEY, new long[] {START, START + STEP, START + 2 * STEP,
                START + 3 * STEP, START + 4 * STEP, START + 5 * STEP}, new double[] {1, 2, 3, 4, 5, Double.NaN});

        SeriesReport report = trainer.train(history).report();

        assertEquals(SeriesStatus.TRAINED, report.status());
        assertNull(report.bandAtEnd());
    }

    private static DetectorSetup setup(String params) {
        try {
            return DetectorSetup.resolve(DetectorRegistry.defaultRegistry(), "robust-zscore",
                    ModelJson.mapper().readTree(params), null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
