package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.CsvImporter;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.models.FittedDetector;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.registry.ModelFiles;
import io.faultline.training.fit.report.Counts;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.TrainReport;
import io.faultline.training.fit.report.TrainReportJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Training from a real CSV file and a real DuckDB file; every saved model must score like the one fitted in memory. */
class TrainJobIT {
    private static final DetectorRegistry REGISTRY = DetectorRegistry.defaultRegistry();

    @TempDir
    Path dir;

    private final TrainJob job = new TrainJob(REGISTRY);

    @Test
    void trainsFromACsvFileAndEverySavedModelScoresLikeItsInMemoryFit() throws Exception {
        Path csv = WideCsv.write(dir.resolve("metrics.csv"), SyntheticHistory.fleet(31, 500).series());
        Path out = dir.resolve("models");
        List<String> progress = new ArrayList<>();

        TrainReport report = job.run(new TrainRequest(new HistorySource.CsvFile(csv), "robust-zscore", null, out, null),
                (done, total) -> progress.add(done + "/" + total));

        assertEquals(new Counts(4, 3, 1, 3 * 500 + 5), report.counts());
        assertEquals(List.of("1/4", "2/4", "3/4", "4/4"), progress);
        assertEquals("csv", report.source().kind());
        assertEquals("metrics.csv", report.source().name());
        assertEquals(TrainReportJson.toJson(report), Files.readString(out.resolve(TrainJob.REPORT_FILE), StandardCharsets.UTF_8));
        assertFolderHoldsExactly(out, report);
        Map<SeriesKey, SeriesSamples> history = new CsvImporter(IngestLimits.DEFAULTS).read(csv).series().stream()
                .collect(Collectors.toMap(SeriesSamples::key, Function.identity()));
        assertSavedModelsMatchInMemoryFits(out, report, history);
    }

    @Test
    void trainsMatchingSeriesOfADuckDbFileOverARange() throws Exception {
        String database = dir.resolve("store").resolve("metrics.duckdb").toString();
        try (DuckDbMetricStore store = DuckDbMetricStore.open(database)) {
            store.append(SyntheticHistory.fleet(41, 700));
        }
        TimeRange range = new TimeRange(SyntheticHistory.START_MS + 50 * SyntheticHistory.STEP_MS, Long.MAX_VALUE);
        List<LabelMatcher> matchers = List.of(new LabelMatcher("service", LabelMatcher.Op.RE, "cart|checkout"));
        Path out = dir.resolve("kmeans");

        try (DuckDbMetricStore store = DuckDbMetricStore.open(database)) {
            TrainReport report = job.run(new TrainRequest(
                    new HistorySource.StoreSeries(store, "metrics.duckdb", matchers, range), "kmeans-window", null, out, 9L));

            assertEquals(new Counts(3, 3, 0, 3 * 650), report.counts());
            assertEquals(9L, report.seed());
            assertFolderHoldsExactly(out, report);
            Map<SeriesKey, SeriesSamples> history = store.listSeries(matchers).stream()
                    .collect(Collectors.toMap(Function.identity(), k -> store.read(k, range.fromMs(), range.toMs())));
            assertSavedModelsMatchInMemoryFits(out, report, history);
        }
    }

    private static void assertSavedModelsMatchInMemoryFits(Path out, TrainReport report,
            Map<SeriesKey, SeriesSamples> history) throws IOException {
        ModelFiles files = new ModelFiles(REGISTRY);
        int checked = 0;
        for (Map.Entry<SeriesKey, SeriesSamples> e : history.entrySet()) {
            SeriesReport entry = report.series().stream().filter(s -> s.series().equals(e.getKey().toString()))
                    .findFirst().orElseThrow();
            if (entry.modelFile() == null) {
                continue;
            }
            FittedDetector inMemory = REGISTRY.create(report.detector(), report.params()).fit(e.getValue());
            FittedDetector loaded = files.load(out.resolve(entry.modelFile()));

            assertEquals(inMemory.provenance(), loaded.provenance());
            assertEquals(entry.dataSha256(), loaded.provenance().dataSha256());
            List<ScoredPoint> scores = scores(loaded, e.getValue());
            assertEquals(scores(inMemory, e.getValue()), scores, entry.series());
            assertTrue(scores.get(scores.size() - 51).anomalous(), "the planted spike is flagged in " + entry.series());
            checked++;
        }
        assertEquals(report.counts().trained(), checked);
    }

    /** The history, then the next 100 minutes with a spike, through a fresh scorer. */
    private static List<ScoredPoint> scores(FittedDetector fitted, SeriesSamples history) {
        Scorer scorer = fitted.newScorer();
        List<ScoredPoint> points = new ArrayList<>();
        long[] ts = history.timestampsMs();
        double[] values = history.values();
        for (int i = 0; i < values.length; i++) {
            points.add(scorer.score(ts[i], values[i]));
        }
        for (int i = 1; i <= 100; i++) {
            points.add(scorer.score(ts[ts.length - 1] + i * SyntheticHistory.STEP_MS, values[i] + (i == 50 ? 80 : 0)));
        }
        return points;
    }

    private static void assertFolderHoldsExactly(Path out, TrainReport report) throws IOException {
        List<String> expected = Stream.concat(Stream.of(TrainJob.REPORT_FILE),
                report.series().stream().map(SeriesReport::modelFile).filter(f -> f != null)).sorted().toList();
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(expected, files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }
}
