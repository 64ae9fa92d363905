package io.faultline.training.fit.report;

import java.util.Objects;

/**
 * The report entry of one series. Fields that only a trained series has are null for a skipped one.
 *
 * @param series        the series key in Prometheus text form
 * @param status        trained, or insufficient_data
 * @param detail        why a series was skipped, null when trained
 * @param points        samples read
 * @param fromMs        first timestamp, null when there were no points
 * @param toMs          last timestamp, null when there were no points
 * @param dataSha256    the fingerprint of the samples, as in the model's provenance
 * @param threshold     the detector's threshold param, null for a detector without a known one
 * @param bandAtEnd     the band of the last replayed point; null when skipped or when that point could
 *                      not be scored (still warming up, or not finite)
 * @param flaggedPoints history points the fitted model flags when the history is replayed through a
 *                      fresh scorer, which starts primed with the end of the history
 * @param flaggedShare  flaggedPoints / points
 * @param modelFile     the model's file name in the output folder
 */
public record SeriesReport(
        String series,
        SeriesStatus status,
        String detail,
        int points,
        Long fromMs,
        Long toMs,
        String dataSha256,
        Double threshold,
        Band bandAtEnd,
        Integer flaggedPoints,
        Double flaggedShare,
        String modelFile) {

    public SeriesReport {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(status, "status");
        if (status == SeriesStatus.TRAINED && (modelFile == null || flaggedPoints == null)) {
            throw new IllegalArgumentException("a trained series needs a model file and flagged points: " + series);
        }
        if (status != SeriesStatus.TRAINED && modelFile != null) {
            throw new IllegalArgumentException("a skipped series has no model file: " + series);
        }
    }
}
