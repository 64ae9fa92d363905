package io.faultline.datasets.rcaeval;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the RCAEval case layout (Pham et al., RCAEval, WWW 2025 companion; its RE1 and RE2 sets):
 * {@code <service>_<fault>/<rep>/data.csv} and {@code inject_time.txt}, at any depth under the root, so that
 * both {@code RE2} and {@code RE2/RE2-OB} work. As RCAEval's {@code main.py} does, a case without
 * {@code data.csv} is read from {@code simple_metrics.csv} (the RE2 file of the same shape). The injection
 * time is the first line of {@code inject_time.txt}, whole unix seconds; the case needs rows before and
 * at or after it. A {@code graph.json} in the case folder, or else in the root, supplies the call graph.
 *
 * <p>A case folder is a folder holding one of those three files, or a folder without subfolders under a
 * {@code <service>_<fault>} folder. The service may not contain {@code _}, since the service of a metric is
 * its column name up to the first {@code _}.
 */
public final class RcaEvalLoader implements RcaCaseSource {
    public static final String DATA_FILE = "data.csv";
    public static final String RE2_DATA_FILE = "simple_metrics.csv";
    public static final String INJECT_TIME_FILE = "inject_time.txt";

    private final GraphJson graphJson = new GraphJson();

    @Override
    public LoadReport forEachCase(Path root, Consumer<RcaCaseData> sink) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("data folder " + root + " does not exist or is not a folder");
        }
        List<Path> folders = caseFolders(root);
        List<CaseError> errors = new ArrayList<>();
        int loaded = 0;
        for (Path folder : folders) {
            String name = CaseNames.relative(root, folder);
            RcaCaseData c;
            try {
                c = read(root, folder, name);
            } catch (IOException | RuntimeException e) {
                errors.add(new CaseError(name, CaseNames.message(e)));
                continue;
            }
            sink.accept(c);
            loaded++;
        }
        return new LoadReport(loaded, errors, List.of());
    }

    private RcaCaseData read(Path root, Path folder, String name) throws IOException {
        String group = folder.getParent().getFileName().toString();
        int cut = group.indexOf('_');
        if (cut <= 0 || cut == group.length() - 1 || group.indexOf('_', cut + 1) >= 0) {
            throw new InvalidInputException("folder \"" + group + "\" is not named <service>_<fault> with one '_'");
        }
        Path dataFile = folder.resolve(DATA_FILE);
        if (!Files.isRegularFile(dataFile)) {
            dataFile = folder.resolve(RE2_DATA_FILE);
        }
        if (!Files.isRegularFile(dataFile)) {
            throw new InvalidInputException("no " + DATA_FILE + " or " + RE2_DATA_FILE);
        }
        long faultTimeMs = injectTime(folder.resolve(INJECT_TIME_FILE)) * 1000;
        MetricTable data = WideCsvTable.read(dataFile);
        if (data.isEmpty()) {
            throw new InvalidInputException(dataFile.getFileName() + " has no rows");
        }
        int faultRow = data.firstRowAtOrAfter(faultTimeMs);
        if (faultRow == 0 || faultRow == data.rows()) {
            throw new InvalidInputException(INJECT_TIME_FILE + ": " + faultTimeMs / 1000 + " is not inside the data ("
                    + data.timestampsMs()[0] / 1000 + " to " + data.timestampsMs()[data.rows() - 1] / 1000
                    + "); the case needs rows before and after it");
        }
        return new RcaCaseData(name, group.substring(0, cut), group.substring(cut + 1), faultTimeMs, data,
                MetricTable.EMPTY, graph(root, folder), null);
    }

    private CallGraph graph(Path root, Path folder) throws IOException {
        for (Path candidate : List.of(folder.resolve(GraphJson.FILE), root.resolve(GraphJson.FILE))) {
            if (Files.isRegularFile(candidate)) {
                return graphJson.read(candidate);
            }
        }
        return CallGraph.EMPTY;
    }

    private static long injectTime(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no " + INJECT_TIME_FILE);
        }
        List<String> lines = Files.readAllLines(file);
        String first = lines.isEmpty() ? "" : lines.get(0).strip();
        try {
            return Long.parseLong(first);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(INJECT_TIME_FILE + ": \"" + first + "\" is not a whole number of unix seconds");
        }
    }

    private static List<Path> caseFolders(Path root) {
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (!dir.equals(root) && CaseFolders.ignored(dir.getFileName().toString())) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!dir.equals(root) && isCase(dir)) {
                        found.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + root + " failed", e);
        }
        found.sort(Comparator.comparing(p -> CaseNames.relative(root, p), CaseFolders.NATURAL_ORDER));
        return found;
    }

    private static boolean isCase(Path dir) throws IOException {
        for (String marker : List.of(DATA_FILE, RE2_DATA_FILE, INJECT_TIME_FILE)) {
            if (Files.isRegularFile(dir.resolve(marker))) {
                return true;
            }
        }
        Path parent = dir.getParent();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().contains("_")
                && CaseFolders.subfolders(dir).isEmpty();
    }
}
