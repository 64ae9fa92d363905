package io.faultline.datasets.rcaeval;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the older Sock Shop 1 layout (the {@code sock-shop-data} of RCD, Ikram et al., NeurIPS 2022, which
 * RCAEval's ASE'24 study calls Sock Shop 1): {@code <service>-<fault>/<rep>/normal.csv} and
 * {@code anomalous.csv}, under the root or under {@code root/sock-shop-data}. The service is the folder name
 * up to its last {@code -} ({@code front-end} has one of its own), the fault what follows.
 *
 * <p>The two files are separate recordings, hours or days apart, so the case is split by file, not by time:
 * {@code normal.csv} becomes the {@linkplain RcaCaseData#baseline() baseline}, {@code anomalous.csv} the
 * {@linkplain RcaCaseData#data() data}, and the fault time is the first row of {@code anomalous.csv}. Their
 * timestamps are kept as recorded; they cannot be merged on one time axis because in some cases (in the
 * published set, {@code orders-mem/5}) the normal recording was made after the anomalous one.
 */
public final class SockShop1Loader implements RcaCaseSource {
    public static final String DATA_FOLDER = "sock-shop-data";
    public static final String NORMAL_FILE = "normal.csv";
    public static final String ANOMALOUS_FILE = "anomalous.csv";

    @Override
    public LoadReport forEachCase(Path root, Consumer<RcaCaseData> sink) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("data folder " + root + " does not exist or is not a folder");
        }
        Path base = Files.isDirectory(root.resolve(DATA_FOLDER)) ? root.resolve(DATA_FOLDER) : root;
        List<CaseError> errors = new ArrayList<>();
        int loaded = 0;
        for (Path faultFolder : subfolders(base)) {
            List<Path> reps = subfolders(faultFolder);
            if (reps.isEmpty()) {
                errors.add(new CaseError(CaseNames.relative(base, faultFolder), "no repetition folders"));
                continue;
            }
            for (Path rep : reps) {
                String name = CaseNames.relative(base, rep);
                RcaCaseData c;
                try {
                    c = read(faultFolder.getFileName().toString(), rep, name);
                } catch (IOException | RuntimeException e) {
                    errors.add(new CaseError(name, CaseNames.message(e)));
                    continue;
                }
                sink.accept(c);
                loaded++;
            }
        }
        return new LoadReport(loaded, errors, List.of());
    }

    private static RcaCaseData read(String group, Path folder, String name) throws IOException {
        int cut = group.lastIndexOf('-');
        if (cut <= 0 || cut == group.length() - 1) {
            throw new InvalidInputException("folder \"" + group + "\" is not named <service>-<fault>");
        }
        MetricTable normal = table(folder.resolve(NORMAL_FILE));
        MetricTable anomalous = table(folder.resolve(ANOMALOUS_FILE));
        return new RcaCaseData(name, group.substring(0, cut), group.substring(cut + 1), anomalous.timestampsMs()[0],
                anomalous, normal, CallGraph.EMPTY, null);
    }

    private static MetricTable table(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no " + file.getFileName());
        }
        MetricTable table = WideCsvTable.read(file);
        if (table.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " has no rows");
        }
        return table;
    }

    private static List<Path> subfolders(Path folder) {
        try {
            return CaseFolders.subfolders(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder + " failed", e);
        }
    }
}
