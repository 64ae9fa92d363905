package io.faultline.training.fit.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What a training run did, written as {@code train-report.json}. It holds no wall-clock time, so the
 * same input, detector, params and seed give a byte-identical report.
 *
 * @param detector         the registry name
 * @param params           the params every model was fitted with, defaults filled in
 * @param seed             the seed, or null for a detector without one
 * @param faultlineVersion the version that trained the models
 * @param source           where the history came from
 * @param dataRange        first and last timestamp over all series, or null when no series had points
 * @param counts           series, trained, skipped and points
 * @param series           one entry per series, sorted by {@link SeriesReport#series()}
 */
public record TrainReport(
        String detector,
        JsonNode params,
        Long seed,
        String faultlineVersion,
        SourceReport source,
        DataRange dataRange,
        Counts counts,
        List<SeriesReport> series) {

    public TrainReport {
        Objects.requireNonNull(detector, "detector");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(counts, "counts");
        series = List.copyOf(series);
    }
}
