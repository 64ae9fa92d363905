package io.faultline.ingest.format;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;

/** The cell rules shared by the wide and the long CSV format, with errors naming file and line. */
final class CsvCells {
    private final CsvRecordReader records;
    private final IngestLimits limits;

    CsvCells(CsvRecordReader records, IngestLimits limits) {
        this.records = records;
        this.limits = limits;
    }

    /** The time of the current record, checked against the limits. */
    long time(String cell) {
        String text = cell.strip();
        long ms;
        try {
            ms = CsvTime.parseMillis(text);
        } catch (InvalidInputException e) {
            throw records.error(e.getMessage());
        }
        if (ms < limits.minTimestampMs() || ms > limits.maxTimestampMs()) {
            limits.check(ms, 0.0, where());
        }
        return ms;
    }

    /** The value of a cell, or NaN for an empty cell (or {@code NaN}, as pandas writes a gap): no sample. */
    double value(String cell, String column) {
        String text = cell.strip();
        if (text.isEmpty() || text.equalsIgnoreCase("nan")) {
            return Double.NaN;
        }
        double value = NumberText.parseOrNaN(text);
        if (!Double.isFinite(value)) {
            throw records.error("column \"" + Excerpt.of(column) + "\": value \"" + Excerpt.of(text) + "\" is not "
                    + (Double.isNaN(value) ? "a number" : "a finite number"));
        }
        return value;
    }

    /** A series written in Prometheus text form (or a bare metric name), checked against the label limits. */
    SeriesKey series(String text, String what) {
        try {
            SeriesKey key = SeriesKeyParser.parse(text.strip());
            limits.check(key);
            return key;
        } catch (InvalidInputException e) {
            throw records.error(what + ": " + e.getMessage());
        }
    }

    void checkLimits(SeriesKey key) {
        limits.check(key);
    }

    void expectFields(int actual, int expected) {
        if (actual != expected) {
            throw records.error("expected " + expected + " fields, found " + actual);
        }
    }

    String where() {
        return records.source() + " line " + records.recordLine();
    }
}
