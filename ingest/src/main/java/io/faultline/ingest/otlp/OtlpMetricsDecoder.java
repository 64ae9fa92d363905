package io.faultline.ingest.otlp;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;

/**
 * Decodes OTLP metrics ({@code ExportMetricsServiceRequest}, protobuf or OTLP/JSON) into Faultline
 * samples. The mapping:
 * <ul>
 *   <li><b>Labels</b>: every resource attribute and every data point attribute becomes a label
 *       (a point's attribute wins over a resource's of the same name); {@code service.name} becomes
 *       {@code service} (the component label), other keys are made Prometheus-safe as the OTel
 *       Prometheus translator does ({@code k8s.pod.name} -> {@code k8s_pod_name}, see
 *       {@link PrometheusNames}). Instrumentation scopes add nothing.</li>
 *   <li><b>Names</b>: the translator's rules with suffixes: unit words appended
 *       ({@code http.server.duration} in {@code ms} -> {@code http_server_duration_milliseconds}),
 *       {@code _total} for counters, {@code _ratio} for gauges of unit {@code 1}.</li>
 *   <li><b>Gauges</b> and <b>non-monotonic sums</b> are stored as they are. <b>Monotonic cumulative
 *       sums</b> are counters: the name gets {@code _total} and the live pipeline scores them as
 *       rates. <b>Delta sums</b> (monotonic or not) are stored as they come, the change over each
 *       interval, under the name without {@code _total}: they already are per-interval increases,
 *       and treating them as a counter would read every smaller interval as a reset. (Prometheus'
 *       own receiver drops delta sums unless told to convert them; this keeps their data.)</li>
 *   <li><b>Histograms</b> (explicit buckets) become latency quantiles per interval:
 *       {@code <name>_p50}, {@code _p90}, {@code _p99}, each computed as Prometheus'
 *       {@code histogram_quantile} does ({@link BucketQuantiles}) from the bucket counts of the
 *       interval. For delta histograms the interval is the point itself; for cumulative ones it is
 *       the difference from the series' previous point ({@link HistogramIntervals}: the first point
 *       gives nothing, a reset counts from zero). An interval with no observation gives no sample.</li>
 *   <li><b>Exponential histograms</b> give the same quantiles: their buckets are laid out as explicit
 *       bounds ({@link ExponentialBuckets}: {@code (base^i, base^(i+1)]}, the zero bucket, the negative
 *       range mirrored) and interpolated the same way; two cumulative points are subtracted at the
 *       coarser of their two scales, bucket by bucket. <b>Summaries</b> are refused (as rejected points,
 *       the rest of the request is kept).</li>
 *   <li>A point flagged "no recorded value" becomes a Prometheus staleness marker
 *       ({@link io.faultline.ingest.StaleMarker}), as Prometheus' OTLP receiver writes it.</li>
 *   <li>Times: {@code timeUnixNano} truncated to milliseconds; two points of one series in the same
 *       millisecond are kept once if equal, else the later is refused.</li>
 * </ul>
 * A request that cannot be read (malformed protobuf or JSON, a value of the wrong JSON type) or that
 * breaks a request-wide limit ({@link IngestLimits}: body size, series and samples per request) is
 * refused whole with an {@link InvalidInputException}. A data point that cannot be mapped (no time,
 * time out of range, no value, a non-finite value, invalid buckets, too many or too long labels,
 * an unsupported type or temporality) is refused alone and counted in the result. Thread-safe: one
 * instance should serve the whole process, since it remembers the last point of each cumulative
 * histogram.
 */
public final class OtlpMetricsDecoder {
    /** How many cumulative histogram series (of each kind: explicit, exponential) are remembered between requests. */
    public static final int DEFAULT_HISTOGRAM_SERIES = 50_000;

    private final IngestLimits limits;
    private final HistogramIntervals<BucketCounts> intervals;
    private final HistogramIntervals<ExponentialBuckets> exponentialIntervals;

    public OtlpMetricsDecoder(IngestLimits limits) {
        this(limits, DEFAULT_HISTOGRAM_SERIES);
    }

    public OtlpMetricsDecoder(IngestLimits limits, int histogramSeries) {
        if (limits == null) {
            throw new IllegalArgumentException("ingest limits are required");
        }
        this.limits = limits;
        this.intervals = new HistogramIntervals<>(histogramSeries, BucketCounts::since);
        this.exponentialIntervals = new HistogramIntervals<>(histogramSeries, (previous, current) -> current.since(previous));
    }

    /** Decodes a protobuf {@code ExportMetricsServiceRequest} (already decompressed). */
    public OtlpDecodeResult decodeProtobuf(byte[] body) {
        checkSize(body);
        return new OtlpMapper(limits, intervals, exponentialIntervals).map(OtlpProtobufReader.read(body));
    }

    /** Decodes an OTLP/JSON {@code ExportMetricsServiceRequest} (already decompressed). */
    public OtlpDecodeResult decodeJson(byte[] body) {
        checkSize(body);
        return new OtlpMapper(limits, intervals, exponentialIntervals).map(OtlpJsonReader.read(body));
    }

    private void checkSize(byte[] body) {
        if (body.length > limits.maxBodyBytes()) {
            throw new InvalidInputException("body is larger than " + limits.maxBodyBytes() + " bytes");
        }
    }
}
