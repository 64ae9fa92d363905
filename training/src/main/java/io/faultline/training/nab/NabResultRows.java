package io.faultline.training.nab;

import io.faultline.datasets.nab.NabTimestamps;
import io.faultline.datasets.nab.NabWindow;
import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The parsed rows of one NAB results CSV; {@code labels} is null when the file has no label column. */
record NabResultRows(long[] timestampsMs, double[] values, double[] scores, int[] labels) {

    int size() {
        return values.length;
    }

    static NabResultRows read(Path path) {
        try (BufferedReader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(path.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    static NabResultRows parse(String source, BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new InvalidInputException(source + ": the file is empty, expected the header '" + NabResultsLayout.HEADER + "'");
        }
        List<String> columns = Arrays.stream(stripBom(header).split(",", -1)).map(String::strip).toList();
        int tsCol = column(source, columns, "timestamp", true);
        int valueCol = column(source, columns, "value", true);
        int scoreCol = column(source, columns, "anomaly_score", true);
        int labelCol = column(source, columns, "label", false);

        int capacity = 1024;
        long[] ts = new long[capacity];
        double[] values = new double[capacity];
        double[] scores = new double[capacity];
        int[] labels = new int[capacity];
        int n = 0;
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",", -1);
            if (cells.length != columns.size()) {
                throw new InvalidInputException(source + " line " + lineNo + ": expected " + columns.size()
                        + " fields as in the header, found " + cells.length);
            }
            if (n == capacity) {
                capacity *= 2;
                ts = Arrays.copyOf(ts, capacity);
                values = Arrays.copyOf(values, capacity);
                scores = Arrays.copyOf(scores, capacity);
                labels = Arrays.copyOf(labels, capacity);
            }
            ts[n] = timestamp(source, lineNo, cells[tsCol].strip());
            values[n] = number(source, lineNo, "value", cells[valueCol]);
            scores[n] = number(source, lineNo, "anomaly_score", cells[scoreCol]);
            if (scores[n] < 0 || scores[n] > 1) {
                throw new InvalidInputException(source + " line " + lineNo + ": anomaly_score must be in [0, 1] as NAB requires, was '"
                        + cells[scoreCol] + "'");
            }
            if (labelCol >= 0) {
                labels[n] = label(source, lineNo, cells[labelCol]);
            }
            n++;
        }
        if (n == 0) {
            throw new InvalidInputException(source + ": no rows after the header");
        }
        return new NabResultRows(Arrays.copyOf(ts, n), Arrays.copyOf(values, n), Arrays.copyOf(scores, n),
                labelCol >= 0 ? Arrays.copyOf(labels, n) : null);
    }

    NabResultFile toResultFile(String category, String name, List<NabWindow> windows, Path source) {
        try {
            return new NabResultFile(category, name, timestampsMs, values, scores, windows);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + ": " + e.getMessage(), e);
        }
    }

    private static int column(String source, List<String> columns, String name, boolean required) {
        int i = columns.indexOf(name);
        if (i < 0 && required) {
            throw new InvalidInputException(source + " line 1: no '" + name + "' column in header " + columns
                    + ", expected at least " + NabResultsLayout.HEADER.replace(",label", ""));
        }
        return i;
    }

    private static long timestamp(String source, int lineNo, String text) {
        try {
            return NabTimestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    private static double number(String source, int lineNo, String column, String text) {
        double v;
        try {
            v = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + column + " '" + text + "' is not a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + column + " must be finite, was '" + text + "'");
        }
        return v;
    }

    private static int label(String source, int lineNo, String text) {
        double v = number(source, lineNo, "label", text);
        if (v != 0 && v != 1) {
            throw new InvalidInputException(source + " line " + lineNo + ": label must be 0 or 1, was '" + text + "'");
        }
        return (int) v;
    }

    private static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }
}
