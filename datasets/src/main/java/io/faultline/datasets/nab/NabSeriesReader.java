package io.faultline.datasets.nab;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reads one NAB data file: header {@code timestamp,value}, then one row per line. */
final class NabSeriesReader {
    static final String HEADER = "timestamp,value";

    /** The rows of one file, in file order. */
    record Rows(long[] timestampsMs, double[] values) {
    }

    private NabSeriesReader() {
    }

    static Rows read(Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source how messages name the input, usually its path */
    static Rows parse(String source, BufferedReader in) throws IOException {
        String header = in.readLine();
        if (header == null) {
            throw new InvalidInputException(source + ": the file is empty, expected the header '" + HEADER + "'");
        }
        if (!stripBom(header).strip().equals(HEADER)) {
            throw new InvalidInputException(source + " line 1: header must be '" + HEADER + "', was '" + header + "'");
        }
        long[] ts = new long[1024];
        double[] values = new double[1024];
        int n = 0;
        int lineNo = 1;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            int comma = line.indexOf(',');
            if (comma < 0 || line.indexOf(',', comma + 1) >= 0) {
                throw new InvalidInputException(source + " line " + lineNo + ": expected 2 fields 'timestamp,value', was '" + line + "'");
            }
            if (n == ts.length) {
                ts = Arrays.copyOf(ts, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            ts[n] = timestamp(source, lineNo, line.substring(0, comma).strip());
            values[n] = number(source, lineNo, "value", line.substring(comma + 1).strip());
            n++;
        }
        if (n == 0) {
            throw new InvalidInputException(source + ": no rows after the header");
        }
        return new Rows(Arrays.copyOf(ts, n), Arrays.copyOf(values, n));
    }

    static long timestamp(String source, int lineNo, String text) {
        try {
            return NabTimestamps.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + e.getMessage(), e);
        }
    }

    static double number(String source, int lineNo, String column, String text) {
        double v;
        try {
            v = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + column + " '" + text + "' is not a number", e);
        }
        if (!Double.isFinite(v)) {
            throw new InvalidInputException(source + " line " + lineNo + ": " + column + " must be finite, was '" + text + "'");
        }
        return v;
    }

    static String stripBom(String line) {
        return !line.isEmpty() && line.charAt(0) == '\uFEFF' ? line.substring(1) : line;
    }
}
