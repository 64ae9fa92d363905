package io.faultline.ingest.format;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SeriesKey;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wide CSV format: a time column, then one column per series whose header is the series in
 * Prometheus text form or a bare metric name. An empty cell is no sample.
 */
final class WideCsvReader {
    private WideCsvReader() {
    }

    static void read(CsvRecordReader records, List<String> header, IngestLimits limits, CsvBatches batches)
            throws IOException {
        CsvCells cells = new CsvCells(records, limits);
        String first = header.get(0).strip();
        if (!first.equalsIgnoreCase("time") && !first.equalsIgnoreCase("timestamp")) {
            throw records.error("first column must be \"time\" or \"timestamp\", found \"" + Excerpt.of(first) + "\"");
        }
        int columns = header.size();
        if (columns < 2) {
            throw records.error("a wide CSV needs a time column and at least one series column");
        }
        SeriesKey[] keys = new SeriesKey[columns];
        String[] names = new String[columns];
        Map<SeriesKey, Integer> seen = new HashMap<>();
        for (int c = 1; c < columns; c++) {
            names[c] = header.get(c).strip();
            if (names[c].isEmpty()) {
                throw records.error("column " + (c + 1) + " has no name");
            }
            keys[c] = cells.series(names[c], "column " + (c + 1));
            Integer earlier = seen.putIfAbsent(keys[c], c);
            if (earlier != null) {
                throw records.error("column " + (c + 1) + " repeats the series of column " + (earlier + 1)
                        + " (" + keys[c] + ")");
            }
        }
        SeriesBuffer[] buffers = new SeriesBuffer[columns];
        int[] generations = new int[columns];
        Arrays.fill(generations, -1);
        for (List<String> row = records.next(); row != null; row = records.next()) {
            int line = records.recordLine();
            cells.expectFields(row.size(), columns);
            long ts = cells.time(row.get(0));
            for (int c = 1; c < columns; c++) {
                double value = cells.value(row.get(c), names[c]);
                if (Double.isNaN(value)) {
                    continue;
                }
                if (generations[c] != batches.generation()) {
                    generations[c] = batches.generation();
                    buffers[c] = batches.buffer(keys[c], line);
                }
                buffers[c].add(ts, value, line);
                batches.added(line);
            }
        }
    }
}
