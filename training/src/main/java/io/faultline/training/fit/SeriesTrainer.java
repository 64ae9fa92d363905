package io.faultline.training.fit;

import io.faultline.features.counter.CounterRate;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.FittedDetector;
import io.faultline.models.Provenance;
import io.faultline.models.SeriesFingerprint;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.SeriesStatus;
import java.util.Arrays;

/**
 * Trains one series: fits the configured detector, replays the history through the fitted model and
 * describes both in a report entry; a series with fewer finite points than the detector needs gets an
 * {@code insufficient_data} entry and no model. A counter ({@code *_total}) is trained on its per-second
 * rates, as the live pipeline scores it. No I/O.
 */
final class SeriesTrainer {
    private final DetectorSetup setup;

    SeriesTrainer(DetectorSetup setup) {
        this.setup = setup;
    }

    SeriesOutcome train(SeriesSamples stored) {
        SeriesSamples history = CounterRate.isCounter(stored.key()) ? CounterRate.rates(stored) : stored;
        String series = history.key().toString();
        int points = history.size();
        Long from = points == 0 ? null : history.timestampsMs()[0];
        Long to = points == 0 ? null : history.timestampsMs()[points - 1];
        long finite = Arrays.stream(history.values()).filter(Double::isFinite).count();
        if (finite < setup.minPoints()) {
            String detail = finite + " finite points, detector '" + setup.detector().name() + "' needs "
                    + setup.minPoints();
            return new SeriesOutcome(new SeriesReport(series, SeriesStatus.INSUFFICIENT_DATA, detail, points, from, to,
                    SeriesFingerprint.sha256(history), setup.threshold(), null, null, null, null), null);
        }
        FittedDetector fitted = fit(history);
        Provenance provenance = fitted.provenance();
        HistoryReplay replay = HistoryReplay.of(fitted, history);
        SeriesReport report = new SeriesReport(series, SeriesStatus.TRAINED, null, points, from, to,
                provenance.dataSha256(), setup.threshold(), replay.bandAtEnd(), replay.flagged(),
                (double) replay.flagged() / points, ModelFileName.of(history.key()));
        return new SeriesOutcome(report, fitted);
    }

    private FittedDetector fit(SeriesSamples history) {
        try {
            return setup.detector().fit(history);
        } catch (RuntimeException e) {
            throw new IllegalStateException("fitting " + setup.detector().name() + " on " + history.key()
                    + " failed: " + e.getMessage(), e);
        }
    }
}
