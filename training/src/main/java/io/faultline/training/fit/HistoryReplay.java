package io.faultline.training.fit;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.FittedDetector;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.training.fit.report.Band;

/**
 * The history played, in order, through a fresh scorer of the model fitted on it: how many points the
 * model flags and the band at the last point. The scorer starts primed with what the fit learned (for
 * the built-in detectors, the end of the history), so this is an in-sample measure of how noisy the
 * model would be on data like its training data, not a held-out evaluation.
 *
 * @param flagged   points scored anomalous
 * @param bandAtEnd the band of the last point, null when there are no points or the last one could
 *                  not be scored (warming up, or not finite)
 */
record HistoryReplay(int flagged, Band bandAtEnd) {

    static HistoryReplay of(FittedDetector fitted, SeriesSamples history) {
        Scorer scorer = fitted.newScorer();
        long[] timestamps = history.timestampsMs();
        double[] values = history.values();
        int flagged = 0;
        ScoredPoint last = null;
        for (int i = 0; i < values.length; i++) {
            last = scorer.score(timestamps[i], values[i]);
            if (last.anomalous()) {
                flagged++;
            }
        }
        return new HistoryReplay(flagged, bandOf(last));
    }

    private static Band bandOf(ScoredPoint point) {
        if (point == null || !Double.isFinite(point.expected()) || !Double.isFinite(point.lower())
                || !Double.isFinite(point.upper())) {
            return null;
        }
        return new Band(point.expected(), point.lower(), point.upper());
    }
}
