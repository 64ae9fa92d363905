package io.faultline.api.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.api.PipelineAssembly;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.StorageConfig;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counters reach the scorers as rates; resets and staleness markers are counted; the store keeps raw values. */
class CounterScoringTest {
    private static final long T0 = 1_700_000_000_000L;

    private static SampleBatch batch(SeriesKey key, long[] ts, double[] values) {
        return new SampleBatch(List.of(new SeriesSamples(key, ts, values)));
    }

    @Test
    void countersAreScoredAsRatesWithResetsAndMarkersCounted() {
        try (DuckDbMetricStore store = DuckDbMetricStore.open(":memory:")) {
            LivePipeline pipeline = PipelineAssembly.build(
                    FaultlineConfig.defaults().withStorage(new StorageConfig(":memory:")), store);
            SeriesKey counter = SeriesKey.of("http_requests_total", "service", "cart");
            SeriesKey gauge = SeriesKey.of("queue_depth", "service", "cart");
            long[] ts = {T0, T0 + 15_000, T0 + 30_000, T0 + 45_000, T0 + 60_000};
            // reset at the third point; a staleness marker at the fourth; a fresh start at the fifth
            pipeline.accept(batch(counter, ts, new double[] {100, 130, 5, StaleMarker.VALUE, 7}));
            pipeline.accept(batch(gauge, ts, new double[] {1, 2, 3, StaleMarker.VALUE, 4}));

            LivePipeline.Stats stats = pipeline.stats();
            assertEquals(2, stats.activeSeries(), "both series came back after their marker");
            // counter: the first point and the first after the marker give no rate, and the marker ends the
            // series (its state is forgotten, not scored); gauge: every point but the marker
            assertEquals(2 + 4, stats.scoredPoints());
            assertEquals(1, stats.counterResets());
            assertEquals(2, stats.staleMarkers());
            assertEquals(2, stats.endedSeries());
            assertEquals(0, stats.outOfOrderPoints());

            SeriesSamples stored = store.read(counter, T0, T0 + 60_001);
            assertEquals(100.0, stored.values()[0]);
            assertEquals(5.0, stored.values()[2], "the store keeps the raw counter");
            assertEquals(true, StaleMarker.isStale(stored.values()[3]), Arrays.toString(stored.values()));
        }
    }

    @Test
    void aStaleMarkerBesideTheBatchEndsTheSeriesAndItComesBackWithoutHistoryFromBefore() {
        try (DuckDbMetricStore store = DuckDbMetricStore.open(":memory:")) {
            LivePipeline pipeline = PipelineAssembly.build(
                    FaultlineConfig.defaults().withStorage(new StorageConfig(":memory:")), store);
            SeriesKey counter = SeriesKey.of("http_requests_total", "service", "cart");
            pipeline.accept(batch(counter, new long[] {T0, T0 + 15_000}, new double[] {100, 130}));
            SeriesSamples marker = new SeriesSamples(counter, new long[] {T0 + 30_000}, new double[] {StaleMarker.VALUE});
            SeriesSamples unknown = new SeriesSamples(SeriesKey.of("never_seen"), new long[] {T0}, new double[] {StaleMarker.VALUE});
            pipeline.accept(new SampleBatch(List.of()), List.of(marker, unknown));
            assertEquals(0, pipeline.stats().activeSeries());
            assertEquals(1, pipeline.stats().endedSeries());
            assertEquals(2, pipeline.stats().staleMarkers());
            assertEquals(2, store.read(counter, T0, T0 + 60_000).size(), "the marker is not stored");

            // back: the stored points before the marker do not prime the rate, so the first point has none
            pipeline.accept(batch(counter, new long[] {T0 + 45_000, T0 + 60_000}, new double[] {5, 20}));
            assertEquals(1, pipeline.stats().activeSeries());
            assertEquals(1 + 1, pipeline.stats().scoredPoints());
            assertEquals(0, pipeline.stats().counterResets(), "130 -> 5 across the marker is no reset");

            pipeline.accept(new SampleBatch(List.of()), List.of(marker)); // older than the last point
            assertEquals(1, pipeline.stats().outOfOrderPoints());
            assertEquals(1, pipeline.stats().activeSeries());
        }
    }

    @Test
    void aRestartedPipelinePrimesTheCounterFromTheStore() {
        try (DuckDbMetricStore store = DuckDbMetricStore.open(":memory:")) {
            FaultlineConfig config = FaultlineConfig.defaults().withStorage(new StorageConfig(":memory:"));
            SeriesKey counter = SeriesKey.of("errors_total", "service", "cart");
            PipelineAssembly.build(config, store).accept(batch(counter, new long[] {T0, T0 + 15_000}, new double[] {1, 2}));

            LivePipeline restarted = PipelineAssembly.build(config, store);
            restarted.accept(batch(counter, new long[] {T0 + 30_000}, new double[] {3}));
            assertEquals(1, restarted.stats().scoredPoints(), "history gives the first live point its rate");
        }
    }
}
