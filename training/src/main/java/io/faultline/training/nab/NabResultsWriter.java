package io.faultline.training.nab;

import io.faultline.datasets.nab.NabTimestamps;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a detector's output in NAB's results layout,
 * {@code <results>/<detector>/<category>/<detector>_<name>.csv} with the columns
 * {@code timestamp,value,anomaly_score,label}, so that NAB's own scorer (or anyone's) can rescore it.
 * Numbers are written in Java's shortest round-trip form; labels are NAB's (1 inside a window).
 */
public final class NabResultsWriter {
    private NabResultsWriter() {
    }

    /** Writes one file per result, replacing files of the same name; returns them in the given order. */
    public static List<Path> write(Path resultsRoot, String detector, List<NabResultFile> files) {
        NabResultsLayout.requireDetector(detector);
        List<Path> written = new ArrayList<>(files.size());
        for (NabResultFile f : files) {
            Path path = NabResultsLayout.file(resultsRoot, detector, f.category(), f.name());
            try {
                Files.createDirectories(path.getParent());
                try (BufferedWriter out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                    write(out, f);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
            }
            written.add(path);
        }
        return written;
    }

    static void write(Writer out, NabResultFile f) throws IOException {
        int[] labels = f.labels();
        out.write(NabResultsLayout.HEADER);
        out.write('\n');
        StringBuilder line = new StringBuilder(64);
        for (int i = 0; i < f.size(); i++) {
            line.setLength(0);
            line.append(NabTimestamps.format(f.timestampsMs()[i])).append(',')
                    .append(f.values()[i]).append(',')
                    .append(f.anomalyScores()[i]).append(',')
                    .append(labels[i]).append('\n');
            out.append(line);
        }
    }
}
