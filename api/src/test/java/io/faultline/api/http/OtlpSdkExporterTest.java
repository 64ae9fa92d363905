package io.faultline.api.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.TestServer;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.metrics.LongCounter;
import io.opentelemetry.api.metrics.Meter;
import io.opentelemetry.api.metrics.ObservableDoubleGauge;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The OpenTelemetry Java SDK's own OTLP/HTTP exporter (protobuf, gzip) pushing to {@code /v1/metrics}:
 * what a real application sends arrives as the documented series.
 */
class OtlpSdkExporterTest {
    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("payment.method");

    @Test
    void anSdkExportArrivesAsCounterGaugeAndQuantileSeries() {
        try (TestServer server = TestServer.inMemory("");
             OtlpHttpMetricExporter exporter = OtlpHttpMetricExporter.builder()
                     .setEndpoint("http://127.0.0.1:" + server.app().port() + "/v1/metrics")
                     .setCompression("gzip")
                     .build();
             SdkMeterProvider provider = SdkMeterProvider.builder()
                     .setResource(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "payments",
                             AttributeKey.stringKey("deployment.environment"), "test")))
                     .registerMetricReader(PeriodicMetricReader.builder(exporter).setInterval(Duration.ofHours(1)).build())
                     .build()) {
            Meter meter = provider.get("faultline.test");
            LongCounter processed = meter.counterBuilder("payments.processed").setUnit("{payment}").build();
            DoubleHistogram duration = meter.histogramBuilder("payment.duration").setUnit("ms")
                    .setExplicitBucketBoundariesAdvice(List.of(10.0, 100.0, 1000.0)).build();
            try (ObservableDoubleGauge depth = meter.gaugeBuilder("queue.depth").buildWithCallback(m -> m.record(7))) {
                processed.add(5, Attributes.of(METHOD, "card"));
                duration.record(50);
                duration.record(500);
                assertTrue(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess(), "first export");
                // the next interval: four observations in (10, 100]
                processed.add(2, Attributes.of(METHOD, "card"));
                for (double ms : new double[] {20, 30, 40, 60}) {
                    duration.record(ms);
                }
                assertTrue(provider.forceFlush().join(10, TimeUnit.SECONDS).isSuccess(), "second export");
            }

            MetricStore store = server.app().store();
            String[] resource = {"service", "payments", "deployment_environment", "test"};
            assertArrayEquals(new double[] {5, 7}, values(store, "payments_processed_total", resource, "payment_method", "card"));
            assertArrayEquals(new double[] {7, 7}, values(store, "queue_depth", resource));
            // one interval (the first export has none): p50 at rank 2 of 4 in (10, 100] = 10 + 90 * 2/4
            assertArrayEquals(new double[] {55}, values(store, "payment_duration_milliseconds_p50", resource), 1e-9);
            assertArrayEquals(new double[] {91}, values(store, "payment_duration_milliseconds_p90", resource), 1e-9);
            assertArrayEquals(new double[] {99.1}, values(store, "payment_duration_milliseconds_p99", resource), 1e-9);
            assertEquals(1 + 2 + 3, server.app().pipeline().stats().scoredPoints(), "counter: 1 rate; gauge: 2; quantiles: 3 x 1");
        }
    }

    private static double[] values(MetricStore store, String metric, String[] resource, String... more) {
        String[] labels = new String[resource.length + more.length];
        System.arraycopy(resource, 0, labels, 0, resource.length);
        System.arraycopy(more, 0, labels, resource.length, more.length);
        return store.read(SeriesKey.of(metric, labels), 0, Long.MAX_VALUE).values();
    }
}
