package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.models.FaultlineVersion;
import io.faultline.models.FittedDetector;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.fit.report.Counts;
import io.faultline.training.fit.report.DataRange;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.SeriesStatus;
import io.faultline.training.fit.report.SourceReport;
import io.faultline.training.fit.report.TrainReport;
import io.faultline.training.fit.report.TrainReportJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The training loop over an in-memory DuckDB store, with models collected in a map instead of files. */
class TrainingRunTest {
    private static final DetectorRegistry REGISTRY = DetectorRegistry.defaultRegistry();
    private static final long START = SyntheticHistory.START_MS;
    private static final long STEP = SyntheticHistory.STEP_MS;

    @Test
    void trainsEverySeriesInOrderAndSkipsTheShortOne() throws Exception {
        Map<String, FittedDetector> models = new TreeMap<>();
        List<String> progress = new ArrayList<>();

        TrainReport report = train(SyntheticHistory.fleet(11, 400), "robust-zscore", null,
                new HistorySourceFactory(List.of(), TimeRange.ALL), models, progress);

        assertEquals(List.of("cpu{service=\"cart\"}", "cpu{service=\"search\"}", "latency_ms{service=\"cart\"}",
                "latency_ms{service=\"checkout\"}"), report.series().stream().map(SeriesReport::series).toList());
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), progress);
        assertEquals(new Counts(4, 3, 1, 3 * 400 + 5), report.counts());
        assertEquals(new DataRange(START, START + 399 * STEP), report.dataRange());
        assertEquals(new SourceReport("store", "test-store", List.of(), null, null), report.source());
        assertEquals("robust-zscore", report.detector());
        assertNull(report.seed());
        assertEquals(FaultlineVersion.current(), report.faultlineVersion());

        SeriesReport skipped = report.series().get(1);
        assertEquals(SeriesStatus.INSUFFICIENT_DATA, skipped.status());
        assertEquals("5 finite points, detector 'robust-zscore' needs 30", skipped.detail());
        assertEquals(report.series().stream().filter(s -> s.modelFile() != null).map(SeriesReport::modelFile).sorted().toList(),
                List.copyOf(models.keySet()));
        for (SeriesReport entry : report.series()) {
            if (entry.modelFile() != null) {
                assertEquals(entry.series(), models.get(entry.modelFile()).provenance().series());
                assertEquals(entry.dataSha256(), models.get(entry.modelFile()).provenance().dataSha256());
            }
        }
    }

    @Test
    void matchersAndTheTimeRangeChooseWhatIsRead() throws Exception {
        TimeRange range = new TimeRange(START + 100 * STEP, START + 300 * STEP);
        List<LabelMatcher> cart = List.of(LabelMatcher.eq("service", "cart"));

        TrainReport report = train(SyntheticHistory.fleet(11, 400), "robust-zscore", null,
                new HistorySourceFactory(cart, range), new TreeMap<>(), new ArrayList<>());

        assertEquals(new SourceReport("store", "test-store", List.of("service=\"cart\""), range.fromMs(), range.toMs()),
                report.source());
        assertEquals(new Counts(2, 2, 0, 400), report.counts());
        assertEquals(new DataRange(START + 100 * STEP, START + 299 * STEP), report.dataRange());
    }

    @Test
    void theSameDataGivesTheSameReportText() throws Exception {
        for (String detector : List.of("robust-zscore", "kmeans-window")) {
            Long seed = detector.equals("kmeans-window") ? 5L : null;
            String first = TrainReportJson.toJson(train(SyntheticHistory.fleet(3, 600), detector, seed,
                    new HistorySourceFactory(List.of(), TimeRange.ALL), new TreeMap<>(), new ArrayList<>()));
            String second = TrainReportJson.toJson(train(SyntheticHistory.fleet(3, 600), detector, seed,
                    new HistorySourceFactory(List.of(), TimeRange.ALL), new TreeMap<>(), new ArrayList<>()));
            String otherData = TrainReportJson.toJson(train(SyntheticHistory.fleet(4, 600), detector, seed,
                    new HistorySourceFactory(List.of(), TimeRange.ALL), new TreeMap<>(), new ArrayList<>()));

            assertEquals(first, second, detector);
            assertNotEquals(first, otherData, detector);
        }
    }

    @Test
    void theKMeansSeedIsReported() throws Exception {
        TrainReport report = train(SyntheticHistory.fleet(3, 600), "kmeans-window", 5L,
                new HistorySourceFactory(List.of(), TimeRange.ALL), new TreeMap<>(), new ArrayList<>());

        assertEquals(5L, report.seed());
        assertEquals(new Counts(4, 3, 1, 3 * 600 + 5), report.counts());
        assertEquals(1.0, report.series().get(0).threshold());
    }

    /** The store source of a test: fixed name, given matchers and range. */
    private record HistorySourceFactory(List<LabelMatcher> matchers, TimeRange range) {
        HistorySource on(DuckDbMetricStore store) {
            return new HistorySource.StoreSeries(store, "test-store", matchers, range);
        }
    }

    private static TrainReport train(SampleBatch data, String detector, Long seed, HistorySourceFactory source,
            Map<String, FittedDetector> models, List<String> progress) throws Exception {
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY)) {
            store.append(data);
            DetectorSetup setup = DetectorSetup.resolve(REGISTRY, detector, null, seed);
            try (LoadedHistory history = LoadedHistory.open(source.on(store))) {
                return new TrainingRun(setup).run(history, models::put,
                        (done, total) -> progress.add(done + "/" + total));
            }
        }
    }
}
