package io.faultline.api.evaluate;

import io.faultline.datasets.nab.NabSeries;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * One NAB file streamed through a detector fitted on an empty history, so that it learns online and
 * scores every row before it has seen it (NAB's rule: the probation rows are only data already
 * streamed, never training data seen in advance).
 *
 * @param anomalyScores per row, the detector's score mapped by {@link UnitScore}
 * @param flagged per row, the detector's own verdict at its own threshold (no labels involved)
 */
public record NabStream(double[] anomalyScores, boolean[] flagged) {

    public static NabStream of(Detector detector, NabSeries series) {
        SeriesSamples samples = series.samples();
        FittedDetector fitted = detector.fit(new SeriesSamples(samples.key(), new long[0], new double[0]));
        Scorer scorer = fitted.newScorer();
        long[] ts = series.timestampsMs();
        double[] values = series.values();
        double[] scores = new double[values.length];
        boolean[] flagged = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            ScoredPoint p = scorer.score(ts[i], values[i]);
            try {
                scores[i] = UnitScore.of(p.score());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("detector '" + detector.name() + "' on " + series.relativePath()
                        + " row " + (i + 1) + ": " + e.getMessage(), e);
            }
            flagged[i] = p.anomalous();
        }
        return new NabStream(scores, flagged);
    }

    public int size() {
        return anomalyScores.length;
    }
}
