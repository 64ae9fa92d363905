package io.faultline.ingest.format;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The long CSV format, header {@code series,labels,time,value}: one sample per row. {@code labels} is
 * {@code k=v;k2=v2} (may be empty), or empty with {@code series} in Prometheus text form. An empty value
 * is no sample.
 */
final class LongCsvReader {
    static final List<String> HEADER = List.of("series", "labels", "time", "value");

    private LongCsvReader() {
    }

    static boolean isHeader(List<String> header) {
        if (header.size() != HEADER.size()) {
            return false;
        }
        for (int i = 0; i < HEADER.size(); i++) {
            if (!header.get(i).strip().equalsIgnoreCase(HEADER.get(i))) {
                return false;
            }
        }
        return true;
    }

    static void read(CsvRecordReader records, IngestLimits limits, CsvBatches batches) throws IOException {
        CsvCells cells = new CsvCells(records, limits);
        Map<String, SeriesKey> keys = new HashMap<>();
        for (List<String> row = records.next(); row != null; row = records.next()) {
            int line = records.recordLine();
            cells.expectFields(row.size(), HEADER.size());
            String series = row.get(0);
            String labels = row.get(1);
            SeriesKey key = keys.get(series + '\u0000' + labels);
            if (key == null) {
                key = key(series, labels, cells, records);
                keys.put(series + '\u0000' + labels, key);
            }
            long ts = cells.time(row.get(2));
            double value = cells.value(row.get(3), "value");
            if (!Double.isNaN(value)) {
                batches.buffer(key, line).add(ts, value, line);
                batches.added(line);
            }
        }
    }

    private static SeriesKey key(String series, String labels, CsvCells cells, CsvRecordReader records) {
        String labelText = labels.strip();
        if (labelText.isEmpty()) {
            return cells.series(series, "series");
        }
        String metric = series.strip();
        if (metric.indexOf('{') >= 0) {
            throw records.error("labels are given both in the series column and in the labels column");
        }
        if (!Names.isMetricName(metric)) {
            throw records.error("series \"" + Excerpt.of(metric) + "\" must match " + Names.METRIC_RULE);
        }
        TreeMap<String, String> parsed = new TreeMap<>();
        for (String pair : labelText.split(";", -1)) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).strip();
            String problem = eq < 0 ? "\"" + Excerpt.of(pair) + "\" is not name=value"
                    : !Names.isLabelName(name) ? "label name \"" + Excerpt.of(name) + "\" must match " + Names.LABEL_RULE
                    : parsed.put(name, pair.substring(eq + 1).strip()) != null ? "label \"" + name + "\" appears twice"
                    : null;
            if (problem != null) {
                throw records.error("labels \"" + Excerpt.of(labelText) + "\": " + problem);
            }
        }
        SeriesKey key = new SeriesKey(metric, parsed);
        try {
            cells.checkLimits(key);
        } catch (InvalidInputException e) {
            throw records.error(e.getMessage());
        }
        return key;
    }
}
