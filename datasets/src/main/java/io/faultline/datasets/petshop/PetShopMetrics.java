package io.faultline.datasets.petshop;

import io.faultline.datasets.rcaeval.CsvCells;
import io.faultline.datasets.rcaeval.CsvRows;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.TableBuilder;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a PetShop {@code metrics.csv}, the form pandas writes a frame with three column header levels: three
 * header rows (node, metric, statistic, each with its level name in the first cell), then a row holding only
 * the index name ({@code unix_timestamp}), then one row per 5-minute period, the first cell its unix time in
 * seconds ({@code 1692784800.0}). An empty cell is a missing value ({@code NaN}).
 *
 * <p>A column is named {@code <node>_<metric>_<statistic>} as PetShop's own {@code map_df} names it, e.g.
 * {@code PetSite_latency_p90}; its component is the node (node names contain {@code _} themselves, which is
 * why the component is kept apart) and its metric {@code <metric>_<statistic>}.
 */
final class PetShopMetrics {
    private static final int HEADER_ROWS = 3;

    private PetShopMetrics() {
    }

    static MetricTable read(Path file) throws IOException {
        try (CsvRows rows = CsvRows.open(file)) {
            List<List<String>> header = new ArrayList<>();
            for (int level = 0; level < HEADER_ROWS; level++) {
                List<String> row = rows.next();
                if (row == null) {
                    throw rows.error("expected " + HEADER_ROWS + " header rows (node, metric, statistic), the file ends");
                }
                if (!header.isEmpty() && row.size() != header.get(0).size()) {
                    throw rows.error("header row has " + row.size() + " fields, the first has " + header.get(0).size());
                }
                header.add(row);
            }
            int width = header.get(0).size();
            List<String> names = new ArrayList<>();
            List<String> nodes = new ArrayList<>();
            List<String> metrics = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            for (int c = 1; c < width; c++) {
                String node = header.get(0).get(c).strip();
                String metric = header.get(1).get(c).strip();
                String statistic = header.get(2).get(c).strip();
                if (node.isEmpty() || metric.isEmpty() || statistic.isEmpty()) {
                    throw new InvalidInputException(rows.source() + " column " + (c + 1)
                            + ": node, metric and statistic must all be named, were \"" + node + "\", \"" + metric
                            + "\", \"" + statistic + "\"");
                }
                String name = node + "_" + metric + "_" + statistic;
                Integer earlier = seen.putIfAbsent(name, c);
                if (earlier != null) {
                    throw new InvalidInputException(rows.source() + " column " + (c + 1)
                            + " repeats " + name + " of column " + (earlier + 1));
                }
                names.add(name);
                nodes.add(node);
                metrics.add(metric + "_" + statistic);
            }
            TableBuilder table = new TableBuilder(names, nodes, metrics);
            double[] values = new double[names.size()];
            boolean first = true;
            for (List<String> row = rows.next(); row != null; row = rows.next()) {
                if (first && isIndexNameRow(row)) {
                    first = false;
                    continue;
                }
                first = false;
                if (row.size() != width) {
                    throw rows.error("expected " + width + " fields as in the header, found " + row.size());
                }
                long time;
                try {
                    time = CsvCells.unixSecondsToMillis(row.get(0));
                } catch (NumberFormatException e) {
                    throw rows.error("time \"" + row.get(0) + "\" is not a number of unix seconds");
                }
                if (table.rows() > 0 && time <= table.lastTimeMs()) {
                    throw rows.error("time " + row.get(0) + " is not after the previous row's");
                }
                for (int c = 0; c < values.length; c++) {
                    String cell = row.get(c + 1);
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

    /** The row pandas writes for the index name: a label in the first cell, nothing else. */
    private static boolean isIndexNameRow(List<String> row) {
        if (row.get(0).isBlank() || Character.isDigit(row.get(0).strip().charAt(0))) {
            return false;
        }
        for (int i = 1; i < row.size(); i++) {
            if (!row.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
