package io.faultline.training.fit;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.CsvImporter;
import io.faultline.ingest.format.SeriesKeyParser;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.training.fit.report.SourceReport;
import java.nio.file.Files;
import java.util.List;

/**
 * A {@link HistorySource} made ready to read: a store, the series to train and the range to read.
 * A CSV file is imported in batches into an in-memory DuckDB store first, so that any file size works
 * and the file gets the store's duplicate rules; that store is closed with this object. A caller's
 * store is left open.
 */
final class LoadedHistory implements AutoCloseable {
    /** Samples per batch when importing a CSV file; bounds the memory the import itself needs. */
    static final int CSV_BATCH_SAMPLES = 100_000;

    private final MetricStore store;
    private final boolean owned;
    private final List<SeriesKey> keys;
    private final TimeRange range;
    private final SourceReport description;

    private LoadedHistory(MetricStore store, boolean owned, List<SeriesKey> keys, TimeRange range,
            SourceReport description) {
        this.store = store;
        this.owned = owned;
        this.keys = List.copyOf(keys);
        this.range = range;
        this.description = description;
    }

    /**
     * @throws InvalidInputException naming the file and line for a bad CSV row
     * @throws IllegalArgumentException when the CSV file does not exist
     */
    static LoadedHistory open(HistorySource source) {
        if (source instanceof HistorySource.CsvFile csv) {
            return openCsv(csv);
        }
        if (source instanceof HistorySource.PrometheusRange prometheus) {
            return openPrometheus(prometheus);
        }
        HistorySource.StoreSeries s = (HistorySource.StoreSeries) source; // the interface is sealed
        SourceReport description = new SourceReport("store", s.name(),
                s.matchers().stream().map(MatcherText::of).toList(), s.range().fromOrNull(), s.range().toOrNull());
        return new LoadedHistory(s.store(), false, s.store().listSeries(s.matchers()), s.range(), description);
    }

    private static LoadedHistory openCsv(HistorySource.CsvFile csv) {
        if (!Files.isRegularFile(csv.file())) {
            throw new IllegalArgumentException("history file " + csv.file() + " does not exist or is not a file");
        }
        String name = csv.file().getFileName().toString();
        DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY);
        try {
            new CsvImporter(csv.limits()).importBatches(csv.file(), CSV_BATCH_SAMPLES, batch -> append(store, batch, name));
            return new LoadedHistory(store, true, store.listSeries(List.of()), TimeRange.ALL,
                    new SourceReport("csv", name, List.of(), null, null));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** Like a CSV file, the answers go into an in-memory store first, chunk by chunk. */
    private static LoadedHistory openPrometheus(HistorySource.PrometheusRange source) {
        List<LabelMatcher> matchers = SeriesKeyParser.parseSelector(source.selector()); // fails before any request
        DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY);
        try {
            new PrometheusReader(QueryChunks.MAX_POINTS).read(source, store::append);
            return new LoadedHistory(store, true, store.listSeries(List.of()), TimeRange.ALL,
                    new SourceReport("prometheus", source.server().toString(), matchers.stream().map(MatcherText::of).toList(),
                            source.range().fromMs(), source.range().toMs()));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
    }

    /** The store knows no lines; naming the file still tells the user where to look. */
    private static void append(MetricStore store, SampleBatch batch, String fileName) {
        try {
            store.append(batch);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(fileName + ": " + e.getMessage(), e);
        }
    }

    /** The series to train, sorted by their text form. */
    List<SeriesKey> keys() {
        return keys;
    }

    SeriesSamples read(SeriesKey key) {
        return store.read(key, range.fromMs(), range.toMs());
    }

    SourceReport description() {
        return description;
    }

    @Override
    public void close() {
        if (owned) {
            store.close();
        }
    }
}
