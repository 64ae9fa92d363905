package io.faultline.datasets.smd;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.Arrays;

/**
 * Reads the two CSV shapes of the SMD layout: a headerless matrix of numbers and a column of 0/1
 * labels. Blank lines are allowed only at the end of a file. Errors name the file and the 1-based line.
 */
final class SmdCsv {
    private SmdCsv() {
    }

    /** Reads a headerless matrix whose every line holds exactly {@code columns} finite numbers. */
    static SmdMatrix readMatrix(BufferedReader in, String name, int columns) throws IOException {
        double[] values = new double[columns * 1024];
        int rows = 0;
        Lines lines = new Lines(in, name);
        String line;
        while ((line = lines.next()) != null) {
            if (values.length < (rows + 1) * columns) {
                values = Arrays.copyOf(values, values.length * 2);
            }
            parseRow(line, name, lines.number(), columns, values, rows * columns);
            rows++;
        }
        return SmdMatrix.adopt(rows, columns, Arrays.copyOf(values, rows * columns));
    }

    /** Reads one label per line, each {@code 0} or {@code 1}. */
    static boolean[] readLabels(BufferedReader in, String name) throws IOException {
        boolean[] labels = new boolean[1024];
        int count = 0;
        Lines lines = new Lines(in, name);
        String line;
        while ((line = lines.next()) != null) {
            String value = line.strip();
            if (!value.equals("0") && !value.equals("1")) {
                throw new InvalidInputException(name + " line " + lines.number()
                        + ": label must be 0 or 1, was '" + abbreviate(value) + "'");
            }
            if (count == labels.length) {
                labels = Arrays.copyOf(labels, count * 2);
            }
            labels[count++] = value.equals("1");
        }
        return Arrays.copyOf(labels, count);
    }

    private static void parseRow(String line, String name, int lineNumber, int columns, double[] into, int offset) {
        int from = 0;
        for (int c = 0; c < columns; c++) {
            int comma = line.indexOf(',', from);
            boolean last = c == columns - 1;
            if (last != (comma < 0)) {
                int found = line.isBlank() ? 0 : (int) line.chars().filter(ch -> ch == ',').count() + 1;
                throw new InvalidInputException(name + " line " + lineNumber + ": expected " + columns
                        + " columns, found " + found);
            }
            String field = line.substring(from, last ? line.length() : comma).strip();
            into[offset + c] = number(field, name, lineNumber, c + 1);
            from = comma + 1;
        }
    }

    private static double number(String field, String name, int lineNumber, int column) {
        double value;
        try {
            value = Double.parseDouble(field);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " line " + lineNumber + ", column " + column
                    + ": not a number: '" + abbreviate(field) + "'");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(name + " line " + lineNumber + ", column " + column
                    + ": not a finite number: '" + abbreviate(field) + "'");
        }
        return value;
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    /** Non-blank lines with their numbers; a blank line followed by a non-blank one is an error. */
    static final class Lines {
        private final BufferedReader in;
        private final String name;
        private int number;

        Lines(BufferedReader in, String name) {
            this.in = in;
            this.name = name;
        }

        String next() throws IOException {
            String line = in.readLine();
            number++;
            if (line == null || !line.isBlank()) {
                return line;
            }
            int blank = number;
            while ((line = in.readLine()) != null) {
                number++;
                if (!line.isBlank()) {
                    throw new InvalidInputException(name + " line " + blank + ": empty line");
                }
            }
            return null;
        }

        /** 1-based number of the line last returned. */
        int number() {
            return number;
        }
    }
}
