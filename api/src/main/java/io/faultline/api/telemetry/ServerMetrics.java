package io.faultline.api.telemetry;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.pipeline.PipelineObserver;
import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.CounterWithCallback;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.ExpositionFormats;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.DoubleSupplier;

/**
 * The server's own metrics, in a registry of its own (not the client library's global one, so two
 * servers in one JVM do not share counters), written in the Prometheus text format or OpenMetrics.
 *
 * <p>Counts what the live pipeline does ({@link PipelineObserver}); other parts add theirs with
 * {@link #counter(String, String, String...)} (a counter they increment) or
 * {@link #counterFrom}/{@link #gaugeFrom} (a value their own stats already keep, read at scrape time).
 * Names follow Prometheus' conventions: {@code faultline_} prefix, base units, and counters named
 * without {@code _total}, which the exposition adds.
 */
public final class ServerMetrics implements PipelineObserver {
    /** Scoring a batch usually takes microseconds to a few milliseconds; a slow one, seconds. */
    private static final double[] SCORING_BUCKETS = {
        0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final ExpositionFormats formats = ExpositionFormats.init();
    private final Counter accepted;
    private final Counter rejected;
    private final Histogram scoring;

    /** What a scrape answers: the body in the format the Accept header asked for, and its content type. */
    public record Scrape(String contentType, byte[] body) {
    }

    private ServerMetrics(boolean jvm) {
        accepted = counter("faultline_samples_accepted", "Samples stored (and then scored) by the live pipeline.");
        rejected = counter("faultline_samples_rejected",
                "Samples of decoded batches that the store refused, by reason: conflict, invalid, store_error.", "reason");
        scoring = Histogram.builder().name("faultline_scoring_duration_seconds")
                .help("Time to score one stored batch: every new point through its detector, anomalies, incidents.")
                .classicOnly().classicUpperBounds(SCORING_BUCKETS).register(registry);
        if (jvm) {
            JvmMetrics.builder().register(registry);
        }
    }

    /** Metrics with the JVM's (memory, GC, threads, class loading, process CPU). */
    public static ServerMetrics create() {
        return new ServerMetrics(true);
    }

    /** Metrics without the JVM's: for tests that assert on the whole output. */
    public static ServerMetrics withoutJvm() {
        return new ServerMetrics(false);
    }

    /** Exposes the pipeline's live state: active series, scored and out-of-order points, open incidents. */
    public void watch(LivePipeline pipeline) {
        gaugeFrom("faultline_active_series", "Series with live scoring state.", () -> pipeline.stats().activeSeries());
        counterFrom("faultline_scored_points", "Points scored by a detector.", () -> pipeline.stats().scoredPoints());
        counterFrom("faultline_out_of_order_points",
                "Points stored but not scored because they were not later than their series' last scored point.",
                () -> pipeline.stats().outOfOrderPoints());
        gaugeFrom("faultline_open_incidents", "Incidents not yet resolved.", pipeline::openIncidentCount);
    }

    /** Registers a counter (name without {@code _total}) that the caller increments, with these label names. */
    public Counter counter(String name, String help, String... labelNames) {
        return Counter.builder().name(name).help(help).labelNames(labelNames).register(registry);
    }

    /** Registers a counter whose value is read from {@code total} at each scrape; it must never decrease. */
    public void counterFrom(String name, String help, DoubleSupplier total) {
        CounterWithCallback.builder().name(name).help(help).callback(cb -> cb.call(total.getAsDouble())).register(registry);
    }

    /** Registers a gauge whose value is read from {@code value} at each scrape. */
    public void gaugeFrom(String name, String help, DoubleSupplier value) {
        GaugeWithCallback.builder().name(name).help(help).callback(cb -> cb.call(value.getAsDouble())).register(registry);
    }

    @Override
    public void accepted(int samples) {
        accepted.inc(samples);
    }

    @Override
    public void rejected(String reason, int samples) {
        rejected.labelValues(reason).inc(samples);
    }

    @Override
    public void scored(int points, long nanos) {
        scoring.observe(nanos / 1e9);
    }

    /**
     * The current values in the format {@code accept} (an HTTP Accept header, or null) asks for:
     * OpenMetrics when it names {@code application/openmetrics-text}, else the Prometheus text format 0.0.4.
     */
    public Scrape scrape(String accept) {
        ExpositionFormatWriter writer = formats.findWriter(accept);
        if (!writer.isAvailable()) { // protobuf was asked for, and its writer is not on the class path
            writer = formats.getPrometheusTextFormatWriter();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(out, registry.scrape());
        } catch (IOException e) {
            throw new UncheckedIOException("writing the metrics failed", e);
        }
        return new Scrape(writer.getContentType(), out.toByteArray());
    }
}
