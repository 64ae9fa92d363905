package io.faultline.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.evaluate.NabEvaluation;
import io.faultline.api.evaluate.NabReportFolder;
import io.faultline.api.evaluate.NabRun;
import io.faultline.api.evaluate.NabSummary;
import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.nab.NabResultsWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline evaluate nab}: a detector (or all of them) over the Numenta Anomaly Benchmark. */
@Command(name = "nab", mixinStandardHelpOptions = true,
        description = "Stream every NAB file row by row through a detector fitted on nothing (it learns online), "
                + "map its scores monotonically into [0,1] with ln(1+s)/(1+ln(1+s)), and print NAB's normalised scores per profile and category.")
final class EvaluateNabCommand implements Callable<Integer> {
    static final String ALL = "all";

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in NAB's layout: data/<category>/<name>.csv and labels/combined_windows.json.")
    Path data;

    @Option(names = "--detector", defaultValue = "artime", paramLabel = "NAME", completionCandidates = DetectorNames.class,
            description = "Detector: ${COMPLETION-CANDIDATES}, or 'all' for each in turn (default: ${DEFAULT-VALUE}, the best on NAB).")
    String detector;

    @Option(names = "--params", paramLabel = "JSON", description = "The detector's params as a JSON object (omitted fields keep their defaults).")
    String params;

    @Option(names = "--threads", paramLabel = "N", description = "Files streamed in parallel (default: the number of cores).")
    Integer threads;

    @Option(names = "--results", paramLabel = "DIR", description = "Also write every row in NAB's results layout under DIR.")
    Path results;

    @Option(names = "--report", paramLabel = "DIR", description = "Also write summary.json and a self-contained index.html to DIR.")
    Path report;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        DetectorRegistry registry = DetectorRegistry.defaultRegistry();
        List<String> names = ALL.equals(detector) ? registry.names() : List.of(detector);
        JsonNode paramsJson = parseParams();
        if (paramsJson != null && names.size() > 1) {
            throw new IllegalArgumentException("--params applies to one detector; it cannot be combined with --detector all");
        }
        names.forEach(n -> registry.create(n, paramsJson)); // a typo fails before the corpus is read
        long loadStart = System.nanoTime();
        NabCorpus corpus = NabCorpus.load(data);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        int poolSize = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        NabEvaluation evaluation = new NabEvaluation(registry, poolSize, System::nanoTime);

        List<NabRun> runs = new ArrayList<>();
        for (String name : names) {
            try (Progress progress = new Progress("NAB " + name, corpus.series().size())) {
                runs.add(evaluation.run(corpus, name, paramsJson, progress::stepTo));
            }
            if (results != null) {
                NabResultsWriter.write(results, name, runs.get(runs.size() - 1).files());
            }
        }
        List<NabSummary> summaries = runs.stream().map(NabSummary::of).toList();
        System.out.printf(Locale.ROOT, "NAB: %d files, %d rows, %d windows (loaded in %.2f s); scores mapped by %s%n%n",
                corpus.series().size(), corpus.rowCount(), corpus.windowCount(), loadSeconds, NabSummary.SCORE_MAP);
        System.out.print(NabTables.detectors(corpus.profiles(), summaries));
        if (summaries.size() == 1) {
            System.out.println();
            System.out.print(NabTables.categories(corpus.profiles(), summaries.get(0)));
        }
        Object summary = summaries.size() == 1 ? summaries.get(0) : Map.of("detectors", summaries);
        if (report != null) {
            Path page = NabReportFolder.write(report, "NAB evaluation: " + String.join(", ", names),
                    List.of(String.format(Locale.ROOT, "%d files, %d rows, %d windows; anomaly scores are ln(1+s)/(1+ln(1+s)) of the "
                            + "detector's score; each detector was fitted on an empty history and learned online.",
                            corpus.series().size(), corpus.rowCount(), corpus.windowCount())),
                    runs, summary);
            System.out.println("report: " + page);
        }
        if (results != null) {
            System.out.println("results: " + results);
        }
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        return 0;
    }

    private JsonNode parseParams() {
        if (params == null) {
            return null;
        }
        try {
            return Json.mapper().readTree(params);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("--params is not valid JSON: " + e.getOriginalMessage());
        }
    }

    /** Markdown tables, ready to paste into the README. */
    static final class NabTables {
        private NabTables() {
        }

        static String detectors(List<NabCostProfile> profiles, List<NabSummary> summaries) {
            StringBuilder b = new StringBuilder("| detector |");
            profiles.forEach(p -> b.append(' ').append(p.name()).append(" |"));
            b.append(" points/s | seconds |\n|---|");
            profiles.forEach(p -> b.append("---:|"));
            b.append("---:|---:|\n");
            for (NabSummary s : summaries) {
                b.append("| ").append(s.detector()).append(" |");
                profiles.forEach(p -> b.append(' ').append(score(s.score(p.name()))).append(" |"));
                b.append(String.format(Locale.ROOT, " %.0f | %.1f |%n", s.pointsPerSecond(), s.elapsedSeconds()));
            }
            return b.toString();
        }

        static String categories(List<NabCostProfile> profiles, NabSummary s) {
            StringBuilder b = new StringBuilder("| category (" + s.detector() + ") |");
            profiles.forEach(p -> b.append(' ').append(p.name()).append(" |"));
            b.append("\n|---|");
            profiles.forEach(p -> b.append("---:|"));
            b.append('\n');
            s.categories().forEach((c, byProfile) -> {
                b.append("| ").append(c).append(" |");
                profiles.forEach(p -> {
                    Double v = byProfile.get(p.name());
                    b.append(' ').append(score(v == null ? Double.NaN : v)).append(" |");
                });
                b.append('\n');
            });
            return b.toString();
        }

        private static String score(double v) {
            return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
        }
    }
}
