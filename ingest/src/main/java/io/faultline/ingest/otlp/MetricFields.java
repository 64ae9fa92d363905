package io.faultline.ingest.otlp;

import io.faultline.ingest.otlp.MetricsRequest.ExponentialPoint;
import io.faultline.ingest.otlp.MetricsRequest.HistogramPoint;
import io.faultline.ingest.otlp.MetricsRequest.Metric;
import io.faultline.ingest.otlp.MetricsRequest.NumberPoint;
import io.faultline.ingest.otlp.MetricsRequest.Type;
import java.util.ArrayList;
import java.util.List;

/**
 * A metric's fields gathered in whatever order they come, by either encoding's reader. The data
 * fields are a oneof: the last one wins, as in every protobuf reader ({@link #data} starts afresh).
 */
final class MetricFields {
    String name = "";
    String unit = "";
    Type type = Type.NONE;
    int temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
    boolean monotonic;
    List<NumberPoint> numbers = List.of();
    List<HistogramPoint> histograms = List.of();
    List<ExponentialPoint> exponentials = List.of();
    /** Points of a type that is not mapped (summary): only counted. */
    int others;

    /** A data field of this type begins: what an earlier one held is dropped. */
    void data(Type dataType) {
        type = dataType;
        numbers = new ArrayList<>();
        histograms = new ArrayList<>();
        exponentials = new ArrayList<>();
        others = 0;
        temporality = MetricsRequest.TEMPORALITY_UNSPECIFIED;
        monotonic = false;
    }

    /** How many points were read so far: the index of the next. */
    int points() {
        return numbers.size() + histograms.size() + exponentials.size() + others;
    }

    Metric metric(String path) {
        return new Metric(path, name, unit, type, temporality, monotonic, numbers, histograms, exponentials, others);
    }
}
