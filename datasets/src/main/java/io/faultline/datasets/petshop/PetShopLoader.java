package io.faultline.datasets.petshop;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.CaseError;
import io.faultline.datasets.rcaeval.CaseFolders;
import io.faultline.datasets.rcaeval.CaseNames;
import io.faultline.datasets.rcaeval.LoadReport;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaCaseSource;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Loads the PetShop root-cause data set (Hardt et al., "The PetShop Dataset - Finding Causes of Performance
 * Issues across Microservices", arXiv:2311.04806, 2023): under the root, or under {@code root/dataset},
 * one folder per scenario with {@code graph.csv}, {@code noissue/metrics.csv} (the normal period) and
 * {@code train/issue_<n>} and {@code test/issue_<n>} folders of {@code metrics.csv} and {@code target.json}.
 * Both splits are cases, as PetShop's own evaluation uses both; a root holding {@code graph.csv} is read as
 * one scenario.
 *
 * <p>Each issue becomes a case named {@code <scenario>/<split>/issue_<n>}: its root cause is
 * {@code root_cause.node}, its fault type the target's metric ({@code latency} or {@code availability}: PetShop
 * names the symptom, not the injected fault), its SLI column the target's series, its fault time the target's
 * timestamp. The issue rows are 5-minute periods and the target time falls inside one, so the first row at or
 * after it is the next period, the row PetShop's own code analyses (the third of five). The normal period is
 * a separate recording (months away from the issues), so it becomes the {@linkplain RcaCaseData#baseline()
 * baseline}, shared by the scenario's issues.
 *
 * <p>A scenario without {@code noissue/metrics.csv} (the two temporal scenarios of the published set) is
 * loaded with an empty baseline and named in the report's notes; whether to evaluate it is the caller's call.
 * A scenario whose {@code graph.csv} or {@code noissue/metrics.csv} is malformed is reported by the name of
 * that folder and its issues are skipped.
 */
public final class PetShopLoader implements RcaCaseSource {
    public static final String DATA_FOLDER = "dataset";
    public static final String GRAPH_FILE = "graph.csv";
    public static final String NORMAL_FOLDER = "noissue";
    public static final String METRICS_FILE = "metrics.csv";
    public static final List<String> SPLITS = List.of("train", "test");

    @Override
    public LoadReport forEachCase(Path root, Consumer<RcaCaseData> sink) {
        if (!Files.isDirectory(root)) {
            throw new InvalidInputException("data folder " + root + " does not exist or is not a folder");
        }
        Path base = Files.isDirectory(root.resolve(DATA_FOLDER)) ? root.resolve(DATA_FOLDER) : root;
        List<Path> scenarios = Files.isRegularFile(base.resolve(GRAPH_FILE)) ? List.of(base) : subfolders(base);
        Path namesFrom = scenarios.equals(List.of(base)) && base.getParent() != null ? base.getParent() : base;
        List<CaseError> errors = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        int loaded = 0;
        for (Path scenario : scenarios) {
            String scenarioName = CaseNames.relative(namesFrom, scenario);
            CallGraph graph;
            MetricTable normal;
            try {
                graph = PetShopGraph.read(requireFile(scenario.resolve(GRAPH_FILE)));
            } catch (IOException | RuntimeException e) {
                errors.add(new CaseError(scenarioName, CaseNames.message(e)));
                continue;
            }
            Path normalFile = scenario.resolve(NORMAL_FOLDER).resolve(METRICS_FILE);
            try {
                normal = Files.isRegularFile(normalFile) ? PetShopMetrics.read(normalFile) : MetricTable.EMPTY;
            } catch (IOException | RuntimeException e) {
                errors.add(new CaseError(scenarioName + "/" + NORMAL_FOLDER, CaseNames.message(e)));
                continue;
            }
            List<Path> issues = issueFolders(scenario);
            if (issues.isEmpty()) {
                errors.add(new CaseError(scenarioName, "no issue folders under train/ or test/"));
                continue;
            }
            if (normal.isEmpty()) {
                notes.add(scenarioName + ": no " + NORMAL_FOLDER + "/" + METRICS_FILE + "; its " + issues.size()
                        + " issues are loaded without a normal-period recording");
            }
            for (Path issue : issues) {
                String name = scenarioName + "/" + CaseNames.relative(scenario, issue);
                RcaCaseData c;
                try {
                    c = read(issue, name, graph, normal);
                } catch (IOException | RuntimeException e) {
                    errors.add(new CaseError(name, CaseNames.message(e)));
                    continue;
                }
                sink.accept(c);
                loaded++;
            }
        }
        return new LoadReport(loaded, errors, notes);
    }

    private static RcaCaseData read(Path issue, String name, CallGraph graph, MetricTable normal) throws IOException {
        PetShopTarget target = PetShopTarget.read(requireFile(issue.resolve(PetShopTarget.FILE)));
        MetricTable data = PetShopMetrics.read(requireFile(issue.resolve(METRICS_FILE)));
        if (data.isEmpty()) {
            throw new InvalidInputException(METRICS_FILE + " has no rows");
        }
        String sli = data.column(target.column()).isPresent() ? target.column() : null;
        return new RcaCaseData(name, target.rootCause(), target.metric(), target.timestampMs(), data, normal, graph, sli);
    }

    private static List<Path> issueFolders(Path scenario) {
        List<Path> issues = new ArrayList<>();
        for (String split : SPLITS) {
            Path folder = scenario.resolve(split);
            if (Files.isDirectory(folder)) {
                issues.addAll(subfolders(folder));
            }
        }
        return issues;
    }

    private static Path requireFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("no " + file.getFileName());
        }
        return file;
    }

    private static List<Path> subfolders(Path folder) {
        try {
            return CaseFolders.subfolders(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + folder + " failed", e);
        }
    }
}
