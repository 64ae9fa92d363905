package io.faultline.training.fit;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Where a training job reads history from: a CSV file, series of a metric store, or a Prometheus server. */
public sealed interface HistorySource {

    /**
     * Every series of a CSV file in the wide or long format that
     * {@link io.faultline.ingest.format.CsvImporter} reads. The report names the file by its file name
     * only, so that the same file trained from two folders gives the same report.
     *
     * @param limits label and timestamp limits applied to every row (the per-request sample and
     *               series limits do not apply: the file is imported in batches)
     */
    record CsvFile(Path file, IngestLimits limits) implements HistorySource {
        public CsvFile {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(limits, "limits");
        }

        /** The file with {@link IngestLimits#DEFAULTS}. */
        public CsvFile(Path file) {
            this(file, IngestLimits.DEFAULTS);
        }
    }

    /**
     * The series of {@code store} that match every matcher (all series for an empty list), each read
     * over {@code range}. The caller owns the store and closes it.
     *
     * @param name describes the store in the report, e.g. {@code "faultline.duckdb"}; it must not
     *             change between runs that should give identical reports
     */
    record StoreSeries(MetricStore store, String name, List<LabelMatcher> matchers, TimeRange range)
            implements HistorySource {
        public StoreSeries {
            Objects.requireNonNull(store, "store");
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("store name must not be blank");
            }
            matchers = List.copyOf(matchers == null ? List.of() : matchers);
            range = range == null ? TimeRange.ALL : range;
        }

        /** Every series of the store over all time. */
        public StoreSeries(MetricStore store, String name) {
            this(store, name, List.of(), TimeRange.ALL);
        }
    }

    /**
     * The series a Prometheus server (or anything that speaks its {@code /api/v1/query_range}, such as
     * Faultline) returns for {@code selector} over {@code range}, sampled every {@code stepMs}: the values
     * Prometheus evaluates at each step (the latest sample within its lookback), not the raw samples.
     * Read in chunks that respect Prometheus' limit of 11,000 points per series per query.
     *
     * @param server   the server's base URL, e.g. {@code http://prometheus:9090}
     * @param selector a series selector, e.g. {@code http_requests_total{job="cart"}}
     * @param range    a bounded range; the steps are {@code range.fromMs() + k * stepMs < range.toMs()}
     */
    record PrometheusRange(URI server, String selector, TimeRange range, long stepMs) implements HistorySource {
        public PrometheusRange {
            Objects.requireNonNull(server, "server");
            if (!"http".equals(server.getScheme()) && !"https".equals(server.getScheme())) {
                throw new IllegalArgumentException("Prometheus URL must be http:// or https://, was '" + server + "'");
            }
            if (selector == null || selector.isBlank()) {
                throw new IllegalArgumentException("Prometheus selector must not be blank");
            }
            Objects.requireNonNull(range, "range");
            if (range.fromOrNull() == null || range.toOrNull() == null) {
                throw new IllegalArgumentException("a Prometheus range must be bounded on both sides");
            }
            if (stepMs <= 0) {
                throw new IllegalArgumentException("step must be > 0 ms, was " + stepMs);
            }
        }
    }
}
