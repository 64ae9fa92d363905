package io.faultline.api.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.evaluate.SmdEvaluationRun;
import io.faultline.datasets.smd.SmdDataset;
import io.faultline.models.registry.MultivariateRegistry;
import io.faultline.training.smd.PotParams;
import io.faultline.training.smd.SmdFigures;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline evaluate smd}: a multivariate detector beside the PCA baseline on the Server Machine Dataset. */
@Command(name = "smd", mixinStandardHelpOptions = true,
        description = "Fit a multivariate detector and the plain PCA baseline on each SMD machine's training rows, "
                + "score the test rows, and print point-wise P/R/F1 without point adjustment (best threshold and "
                + "the label-free median-pot rule), event recall, point-adjusted F1 beside it, and root-cause HitRate/RC-Top3.")
final class EvaluateSmdCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "DIR",
            description = "A folder in SMD's layout: <machine>_train.csv, _test.csv, _test_label.csv and interpretation_label/<machine>.txt.")
    Path data;

    @Option(names = "--detector", paramLabel = "NAME", description = "Multivariate detector (default: ${DEFAULT-VALUE}).")
    String detector = MultivariateRegistry.DEFAULT;

    @Option(names = "--params", paramLabel = "JSON", description = "The detector's params as a JSON object (omitted fields keep their defaults).")
    String params;

    @Option(names = "--holdout", description = "Also measure the holdout-* label-free rules, which refit the detector "
            + "on the first 70% of each machine's training rows (several times slower; not needed for the headline).")
    boolean holdout;

    @Option(names = "--json", description = "End with the summary as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        JsonNode paramsJson = parseParams();
        MultivariateRegistry.create(detector, paramsJson); // a typo fails before the data is read
        SmdDataset dataset = SmdDataset.open(data);
        SmdEvaluationRun.Summary summary;
        try (Progress progress = new Progress("SMD " + detector, dataset.machines().size())) {
            summary = SmdEvaluationRun.run(dataset, detector, paramsJson, PotParams.DEFAULTS, holdout, progress::stepTo,
                    System::nanoTime);
        }
        System.out.printf(Locale.ROOT, "SMD: %d machines, %d rows, %.1f s%n%n", summary.machines().size(), summary.rows(),
                summary.seconds());
        System.out.println("| machine | scorer | F1 best | F1 label-free (median-pot) | PA-F1 best | event recall best / label-free | HitRate@150% | RC-Top3 |");
        System.out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        summary.machines().forEach((name, m) -> {
            row(name, detector, m.detector());
            row(name, summary.baseline(), m.baseline());
        });
        row("mean", detector, summary.mean());
        row("mean", summary.baseline(), summary.baselineMean());
        System.out.println();
        System.out.println("Label-free rules, mean point-wise F1: " + detector + " " + format(summary.labelFreeF1Mean())
                + "; " + summary.baseline() + " " + format(summary.baselineLabelFreeF1Mean()));
        System.out.println("Root cause ranked by each segment's peak instead of its mean: " + detector + " "
                + format(summary.rootCausePeakMean()) + "; " + summary.baseline() + " "
                + format(summary.baselineRootCausePeakMean()));
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(summary));
        }
        return 0;
    }

    private static void row(String machine, String scorer, SmdFigures f) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.3f | %.3f | %.3f | %.3f / %.3f | %.3f | %.3f |%n", machine, scorer,
                f.f1Best(), f.f1LabelFree(), f.pointAdjustedF1Best(), f.eventRecallBest(), f.eventRecallLabelFree(),
                f.hitRate150(), f.rcTop3());
    }

    private static String format(Map<String, Double> f1) {
        StringBuilder out = new StringBuilder();
        f1.forEach((rule, value) -> out.append(out.length() == 0 ? "" : ", ")
                .append(String.format(Locale.ROOT, "%s %.3f", rule, value)));
        return out.toString();
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
}
