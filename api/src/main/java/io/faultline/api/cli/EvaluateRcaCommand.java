package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.evaluate.OnsetDetection;
import io.faultline.api.evaluate.RcaDataFormat;
import io.faultline.api.evaluate.RcaEvaluation;
import io.faultline.api.evaluate.RcaEvaluation.DetectionSummary;
import io.faultline.api.evaluate.RcaEvaluation.Outcome;
import io.faultline.api.evaluate.RcaEvaluation.Summary;
import io.faultline.rca.RootCauseRanker;
import io.faultline.training.metrics.RankingAccuracy;
import io.faultline.training.rca.FaultKindAccuracy;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code faultline evaluate rca}: a root-cause ranker on a labelled benchmark folder. */
@Command(name = "rca", mixinStandardHelpOptions = true,
        description = "Rank the root cause of every case of a benchmark folder (RCAEval, Sock Shop 1 or PetShop layout) "
                + "with a known fault time, optionally given late, and print AC@1..5 and Avg@5 per fault type and overall.")
final class EvaluateRcaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", required = true, paramLabel = "DIR", description = "The benchmark folder.")
    Path data;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "Its layout: rcaeval, sockshop1 or petshop.")
    String format;

    @Mixin
    RankerOptions rankerOptions;

    @Option(names = "--detect", description = "Ignore the fault time: find the onset with the live service's detectors "
            + "and incident correlator (the --config detection settings), and rank with the rows seen by then.")
    boolean detect;

    @Option(names = "--after", defaultValue = "60", paramLabel = "SECONDS",
            description = "With --detect: rank once this much data follows the onset found (default: ${DEFAULT-VALUE}).")
    long afterSeconds;

    @Option(names = "--persist", defaultValue = "0", paramLabel = "SECONDS",
            description = "With --detect: take an incident as the fault only once it has lasted this long after its onset "
                    + "and is still firing at every row from --after on; one that goes quiet before is a passing glitch and "
                    + "the search goes on (default: ${DEFAULT-VALUE}, off: the first incident is the fault).")
    long persistSeconds;

    @Option(names = "--warmup", defaultValue = "1800", paramLabel = "SECONDS",
            description = "With --detect, on a case without a separate normal recording: incidents opened in the first "
                    + "SECONDS of the recording are the detectors' warm-up and do not count (default: ${DEFAULT-VALUE}).")
    long warmupSeconds;

    @Option(names = "--level", paramLabel = "LEVEL",
            description = "Score rankings of services (RCAEval's rule: a metric's name up to its first _, -db removed) "
                    + "or of components as ranked (service or component; default: service for rcaeval and sockshop1, "
                    + "component for petshop). Use component for the simulator's cases, whose culprits include databases.")
    String level;

    @Option(names = "--rankings", paramLabel = "FILE", description = "Also write every case's ranking as JSON lines.")
    Path rankings;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (detect && rankerOptions.tdeltaSeconds != 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--tdelta cannot be used with --detect, which ignores the fault time");
        }
        if (afterSeconds < 0 || warmupSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--after and --warmup must be >= 0, were "
                    + afterSeconds + " and " + warmupSeconds);
        }
        RcaDataFormat dataFormat = RcaDataFormat.parse(format);
        RootCauseRanker chosen = rankerOptions.ranker(spec);
        if (persistSeconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--persist must be >= 0, was " + persistSeconds);
        }
        OnsetDetection detection = detect ? new OnsetDetection(rankerOptions.config(), afterSeconds * 1000,
                warmupSeconds * 1000, persistSeconds * 1000) : null;
        boolean componentLevel;
        if (level == null) {
            componentLevel = !dataFormat.serviceLevel();
        } else if (level.equals("service") || level.equals("component")) {
            componentLevel = level.equals("component");
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(), "--level must be service or component, was " + level);
        }
        RcaEvaluation evaluation = new RcaEvaluation(dataFormat, chosen, rankerOptions.tdeltaSeconds, detection, componentLevel);
        Summary summary;
        try (BufferedWriter out = rankings == null ? null : writer(rankings)) {
            summary = evaluation.run(data, o -> {
                printCase(o);
                if (out != null) {
                    writeLine(out, o);
                }
            });
        }
        printSummary(summary);
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        return 0;
    }

    private static BufferedWriter writer(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        return Files.newBufferedWriter(file);
    }

    private static void writeLine(BufferedWriter out, Outcome o) {
        try {
            out.write(Json.mapper().writeValueAsString(o));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the rankings failed", e);
        }
    }

    private static void printCase(Outcome o) {
        String onset = o.detected() == null ? "" : o.detected().found()
                ? String.format(Locale.ROOT, " onset %+.0f s, ranked at +%.0f s", o.detected().delaySeconds(),
                        (o.detected().decisionMs() - o.onsetMs()) / 1000.0)
                : " no onset found";
        System.out.printf(Locale.ROOT, "%-32s %-10s truth %-28s rank %-2s top %s%s%n", o.name(), o.group(), o.rootCause(),
                o.rank() == 0 ? "-" : o.rank(), o.ranking().subList(0, Math.min(3, o.ranking().size())), onset);
    }

    private static void printSummary(Summary s) {
        String onset = s.detection() == null ? "tdelta " + s.tdeltaSeconds() + " s"
                : "onset detected, ranked " + s.detection().afterSeconds() + " s after it";
        System.out.printf(Locale.ROOT, "%s, ranker %s, %s: %d cases (%d unranked), %d malformed skipped%n",
                s.format(), s.ranker(), onset, s.cases(), s.unranked(), s.malformed());
        DetectionSummary d = s.detection();
        if (d != null) {
            System.out.printf(Locale.ROOT, "  onset found in %d cases, not found in %d (counted as misses)%s; "
                            + "%d more than 60 s before the fault time; delay median %.0f s, max %.0f s%n",
                    d.found(), d.notFound(), d.notFoundCases().isEmpty() ? "" : " " + d.notFoundCases(), d.early(),
                    d.medianDelaySeconds(), d.maxDelaySeconds());
        }
        if (s.faultKinds() != null) {
            System.out.printf(Locale.ROOT, "  fault kind right: %d of %d (%.3f)%n", s.faultKinds().correct(),
                    s.faultKinds().cases(), s.faultKinds().accuracy());
        }
        for (String m : s.malformedCases()) {
            System.out.println("  skipped " + m);
        }
        for (String n : s.notes()) {
            System.out.println("  note: " + n);
        }
        int width = Math.max(8, s.byFault().keySet().stream().mapToInt(String::length).max().orElse(0));
        System.out.printf(Locale.ROOT, "%-" + width + "s %5s %6s %6s %6s %6s %6s %6s %6s%n",
                "fault", "cases", "AC@1", "AC@2", "AC@3", "AC@4", "AC@5", "Avg@5", "kind");
        for (Map.Entry<String, RankingAccuracy> e : s.byFault().entrySet()) {
            printRow(width, e.getKey(), e.getValue(), s.faultKindsByFault().get(e.getKey()));
        }
        printRow(width, "overall", s.overall(), s.faultKinds());
    }

    private static void printRow(int width, String label, RankingAccuracy a, FaultKindAccuracy kinds) {
        List<Double> ac = List.of(a.ac1(), a.ac2(), a.ac3(), a.ac4(), a.ac5(), a.avg5());
        System.out.printf(Locale.ROOT, "%-" + width + "s %5d %6.3f %6.3f %6.3f %6.3f %6.3f %6.3f %6s%n", label, a.cases(),
                ac.get(0), ac.get(1), ac.get(2), ac.get(3), ac.get(4), ac.get(5),
                kinds == null ? "-" : String.format(Locale.ROOT, "%.3f", kinds.accuracy()));
    }
}
