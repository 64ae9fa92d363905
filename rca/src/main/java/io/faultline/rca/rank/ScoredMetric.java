package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.SignalKind;

/**
 * One metric as a metric-level ranker ({@link MetricRanker}) scored it.
 *
 * @param series    the series
 * @param column    its name as RCAEval ranks it, e.g. {@code carts-db_mem} (see {@link MetricRanker})
 * @param component the component it belongs to
 * @param signal    what it measures
 * @param score     the ranker's score, higher is more suspect; may be negative
 * @param center    the centre of its normal part (median or mean), after unit conversion
 * @param peak      the value at which the score was reached, after unit conversion
 * @param peakMs    when the score was reached
 */
public record ScoredMetric(SeriesKey series, String column, String component, SignalKind signal,
                           double score, double center, double peak, long peakMs) {
}
