package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.datasets.nab.NabTimestamps;
import io.faultline.datasets.nab.NabWindow;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads a detector's output in NAB's results layout,
 * {@code <results>/<detector>/<category>/<detector>_<name>.csv}. The columns {@code timestamp},
 * {@code value} and {@code anomaly_score} are required, in any order; {@code label} is optional and
 * other columns (such as the {@code S(t)_<profile>} columns NAB adds) are ignored. NAB's
 * {@code <detector>_<profile>_scores.csv} summaries at the detector's top level are not results.
 */
public final class NabResultsReader {
    private NabResultsReader() {
    }

    /**
     * The results of every series of a corpus, in the corpus' order, scored against the corpus'
     * windows. Each results file must exist and have the data file's rows and timestamps.
     *
     * @throws InvalidInputException naming the missing file, or the file and line that differ
     */
    public static List<NabResultFile> read(Path resultsRoot, String detector, NabCorpus corpus) {
        NabResultsLayout.requireDetector(detector);
        List<NabResultFile> files = new ArrayList<>(corpus.series().size());
        for (NabSeries s : corpus.series()) {
            Path path = NabResultsLayout.file(resultsRoot, detector, s.category(), s.name());
            if (!Files.isRegularFile(path)) {
                throw new InvalidInputException("missing results file " + path + " for " + s.relativePath());
            }
            NabResultRows rows = NabResultRows.read(path);
            if (rows.size() != s.size()) {
                throw new InvalidInputException(path + ": has " + rows.size() + " rows, " + s.relativePath() + " has " + s.size());
            }
            for (int i = 0; i < s.size(); i++) {
                if (rows.timestampsMs()[i] != s.timestampsMs()[i]) {
                    throw new InvalidInputException(path + " line " + (i + 2) + ": timestamp " + NabTimestamps.format(rows.timestampsMs()[i])
                            + " differs from " + NabTimestamps.format(s.timestampsMs()[i]) + " in " + s.relativePath());
                }
            }
            files.add(rows.toResultFile(s.category(), s.name(), s.windows(), path));
        }
        return files;
    }

    /**
     * Every results file of a detector, sorted by category and name, with windows rebuilt from the
     * {@code label} column (each run of consecutive 1s is one window), for results without the
     * corpus' labels file.
     */
    public static List<NabResultFile> read(Path resultsRoot, String detector) {
        NabResultsLayout.requireDetector(detector);
        Path dir = resultsRoot.resolve(detector);
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException("missing results directory " + dir);
        }
        String prefix = detector + "_";
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(dir, 2)) {
            paths = walk.filter(p -> p.getNameCount() == dir.getNameCount() + 2 && Files.isRegularFile(p))
                    .filter(p -> p.getFileName().toString().startsWith(prefix) && p.getFileName().toString().endsWith(".csv"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
        if (paths.isEmpty()) {
            throw new InvalidInputException("no results files " + dir + "/<category>/" + prefix + "<name>.csv");
        }
        List<NabResultFile> files = new ArrayList<>(paths.size());
        for (Path p : paths) {
            String file = p.getFileName().toString();
            String name = file.substring(prefix.length(), file.length() - ".csv".length());
            NabResultRows rows = NabResultRows.read(p);
            files.add(rows.toResultFile(p.getParent().getFileName().toString(), name, windowsFromLabels(rows, p), p));
        }
        return files;
    }

    private static List<NabWindow> windowsFromLabels(NabResultRows rows, Path path) {
        if (rows.labels() == null) {
            throw new InvalidInputException(path + " line 1: no 'label' column, and no labels file was given to take windows from");
        }
        List<NabWindow> windows = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= rows.size(); i++) {
            boolean in = i < rows.size() && rows.labels()[i] == 1;
            if (in && start < 0) {
                start = i;
            } else if (!in && start >= 0) {
                windows.add(new NabWindow(rows.timestampsMs()[start], rows.timestampsMs()[i - 1]));
                start = -1;
            }
        }
        return windows;
    }
}
