package io.faultline.datasets.rcaeval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an RCAEval-style wide CSV ({@code data.csv}, {@code simple_metrics.csv}, Sock Shop 1's
 * {@code normal.csv} and {@code anomalous.csv}): a {@code time} column in unix seconds, anywhere in the
 * header, and {@code <service>_<metric>} columns. The component of a column is its name up to the first
 * {@code _} (the whole name when it has none), kept as written ({@code carts-db} stays {@code carts-db}).
 * As RCAEval does, a {@code time.1} column (a second copy of the time left by a merge) is dropped; so is a
 * column without a name (an index pandas wrote).
 */
final class WideCsvTable {
    static final String TIME = "time";
    private static final String TIME_COPY = "time.1";

    private WideCsvTable() {
    }

    static MetricTable read(Path file) throws IOException {
        try (CsvRows rows = CsvRows.open(file)) {
            List<String> header = rows.next();
            if (header == null) {
                throw rows.error("file is empty, expected a header");
            }
            int timeIndex = header.indexOf(TIME);
            if (timeIndex < 0) {
                throw rows.error("no \"time\" column");
            }
            List<Integer> indexes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip();
                if (i == timeIndex || name.isEmpty() || name.equals(TIME_COPY)) {
                    continue;
                }
                Integer earlier = seen.putIfAbsent(name, i);
                if (earlier != null) {
                    throw rows.error("column " + (i + 1) + " repeats the name \"" + name + "\" of column " + (earlier + 1));
                }
                indexes.add(i);
                names.add(name);
            }
            TableBuilder table = new TableBuilder(names, names.stream().map(WideCsvTable::componentOf).toList(),
                    names.stream().map(WideCsvTable::metricOf).toList());
            double[] values = new double[names.size()];
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                if (row.size() != header.size()) {
                    throw rows.error("expected " + header.size() + " fields as in the header, found " + row.size());
                }
                long time = time(rows, row.get(timeIndex));
                if (table.rows() > 0 && time <= table.lastTimeMs()) {
                    throw rows.error("time " + row.get(timeIndex) + " is not after the previous row's");
                }
                for (int c = 0; c < values.length; c++) {
                    String cell = row.get(indexes.get(c));
                    try {
                        values[c] = CsvCells.value(cell);
                    } catch (NumberFormatException e) {
                        throw rows.error("column \"" + names.get(c) + "\": \"" + cell + "\" is not a number");
                    }
                }
                table.add(time, values);
            }
            return table.build();
        }
    }

    /** The service of an RCAEval column: its name up to the first {@code _}, or the whole name. */
    static String componentOf(String column) {
        int cut = column.indexOf('_');
        return cut < 0 ? column : column.substring(0, cut);
    }

    /** What an RCAEval column measures: its name after the first {@code _}, or "" when it has none. */
    static String metricOf(String column) {
        int cut = column.indexOf('_');
        return cut < 0 ? "" : column.substring(cut + 1);
    }

    private static long time(CsvRows rows, String cell) {
        try {
            return CsvCells.unixSecondsToMillis(cell);
        } catch (NumberFormatException e) {
            throw rows.error("time \"" + cell + "\" is not a number of unix seconds");
        }
    }
}
