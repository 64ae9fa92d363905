package io.faultline.datasets.smd;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads an {@code interpretation_label/<machine>.txt} file: one anomaly per line,
 * {@code start-end:d1,d2,...} with {@code start} 0-based, {@code end} exclusive and the dimensions
 * numbered from 1. Dimensions may come in any order (the published files are not always sorted) but
 * not twice.
 */
final class InterpretationLabels {
    private InterpretationLabels() {
    }

    /** The segments ordered by start then end; each must lie within {@code testRows} and {@code columns}. */
    static List<InterpretationSegment> read(BufferedReader in, String name, int testRows, int columns)
            throws IOException {
        List<InterpretationSegment> segments = new ArrayList<>();
        SmdCsv.Lines lines = new SmdCsv.Lines(in, name);
        String line;
        while ((line = lines.next()) != null) {
            segments.add(parse(line.strip(), name + " line " + lines.number(), testRows, columns));
        }
        segments.sort(Comparator.comparingInt(InterpretationSegment::start).thenComparingInt(InterpretationSegment::end));
        return List.copyOf(segments);
    }

    private static InterpretationSegment parse(String line, String where, int testRows, int columns) {
        int colon = line.indexOf(':');
        int dash = colon < 0 ? -1 : line.lastIndexOf('-', colon);
        if (colon < 0 || dash < 0) {
            throw new InvalidInputException(where + ": expected 'start-end:d1,d2,...', was '"
                    + SmdCsv.abbreviate(line) + "'");
        }
        int start = integer(line.substring(0, dash), where, "start");
        int end = integer(line.substring(dash + 1, colon), where, "end");
        if (start < 0 || end <= start || end > testRows) {
            throw new InvalidInputException(where + ": rows " + start + "-" + end
                    + " must satisfy 0 <= start < end <= " + testRows + " (the test rows)");
        }
        TreeSet<Integer> dimensions = new TreeSet<>();
        for (String field : line.substring(colon + 1).split(",", -1)) {
            int d = integer(field, where, "dimension");
            if (d < 1 || d > columns) {
                throw new InvalidInputException(where + ": dimension " + d + " outside 1.." + columns);
            }
            if (!dimensions.add(d - 1)) {
                throw new InvalidInputException(where + ": dimension " + d + " listed twice");
            }
        }
        return new InterpretationSegment(start, end, List.copyOf(dimensions));
    }

    private static int integer(String field, String where, String what) {
        try {
            return Integer.parseInt(field.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(where + ": " + what + " is not an integer: '"
                    + SmdCsv.abbreviate(field.strip()) + "'");
        }
    }
}
