package io.faultline.datasets.rcaeval;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a benchmark CSV file (UTF-8): comma-separated fields, optionally double-quoted with a
 * doubled quote standing for one; LF or CRLF line ends; a leading byte-order mark and empty lines skipped.
 * The benchmark files never quote a line break, so a quoted field may not span lines. Errors name the file
 * and line, e.g. {@code data.csv line 17: ...}. Shared by the RCAEval, Sock Shop 1 and PetShop readers.
 */
public final class CsvRows implements Closeable {
    private final BufferedReader in;
    private final String source;
    private int line;
    private boolean started;

    private CsvRows(BufferedReader in, String source) {
        this.in = in;
        this.source = source;
    }

    /** Opens {@code file}; errors name it by its file name. */
    public static CsvRows open(Path file) throws IOException {
        return new CsvRows(Files.newBufferedReader(file, StandardCharsets.UTF_8), file.getFileName().toString());
    }

    /** The fields of the next non-empty line, or null at the end of the file. */
    public List<String> next() throws IOException {
        String text;
        do {
            text = in.readLine();
            if (text == null) {
                return null;
            }
            line++;
            if (!started) {
                started = true;
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
            }
        } while (text.isEmpty());
        return split(text);
    }

    /** The 1-based line number of the record {@link #next()} returned last. */
    public int line() {
        return line;
    }

    /** The file name errors are reported under. */
    public String source() {
        return source;
    }

    /** An error about the current line: {@code <file> line <n>: <problem>}. */
    public InvalidInputException error(String problem) {
        return new InvalidInputException(source + " line " + line + ": " + problem);
    }

    private List<String> split(String text) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (true) {
            field.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw error("quoted field is not closed on its line");
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && text.charAt(i) != ',') {
                    throw error("unexpected '" + text.charAt(i) + "' after a closing quote");
                }
            } else {
                while (i < n && text.charAt(i) != ',') {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        throw error("a quote may only start a field, or appear doubled inside a quoted field");
                    }
                    field.append(c);
                }
            }
            fields.add(field.toString());
            if (i >= n) {
                return fields;
            }
            i++; // the comma
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
