package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads RFC 4180 records: fields split by commas, optionally double-quoted, a doubled quote inside
 * quotes standing for one; CRLF or LF line ends; quoted fields may span lines. A leading byte-order
 * mark and empty lines are skipped. Errors name the source and the line the record starts on.
 */
final class CsvRecordReader {
    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final String source;
    private final char[] buf = new char[BUFFER];
    private int len;
    private int pos;
    private int line = 1;
    private int recordLine;
    private boolean started;
    private final StringBuilder field = new StringBuilder();

    CsvRecordReader(Reader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** The line (1-based) on which the record last returned by {@link #next} starts. */
    int recordLine() {
        return recordLine;
    }

    String source() {
        return source;
    }

    /** The next record's fields, or null at the end of the input. */
    List<String> next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        while (c == '\n' || c == '\r') {
            endOfLine(c);
            c = read();
        }
        if (c < 0) {
            return null;
        }
        recordLine = line;
        List<String> fields = new ArrayList<>();
        while (true) {
            field.setLength(0);
            if (c == '"') {
                c = quoted();
            } else {
                while (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                    if (c == '"') {
                        throw error("a quote may only start a field, or appear doubled inside a quoted field");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            if (c == ',') {
                c = read();
                continue;
            }
            if (c == '\n' || c == '\r') {
                endOfLine(c);
            }
            return fields;
        }
    }

    private int quoted() throws IOException {
        int c = read();
        while (true) {
            if (c < 0) {
                throw error("quoted field is not closed before the end of the input");
            }
            if (c == '"') {
                c = read();
                if (c != '"') {
                    if (c >= 0 && c != ',' && c != '\n' && c != '\r') {
                        throw error("unexpected '" + (char) c + "' after a closing quote");
                    }
                    return c;
                }
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
            c = read();
        }
    }

    /** Consumes the rest of a line end that started with {@code c} (LF, CR or CRLF). */
    private void endOfLine(int c) throws IOException {
        line++;
        if (c == '\r' && read() != '\n' && len > 0) {
            pos--; // not part of the line end: leave it for the next record
        }
    }

    private int read() throws IOException {
        if (pos == len) {
            len = in.read(buf, 0, BUFFER);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buf[pos++];
    }

    InvalidInputException error(String problem) {
        return new InvalidInputException(source + " line " + recordLine + ": " + problem);
    }
}
