package io.faultline.api.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.api.Json;
import io.faultline.api.config.DetectionConfig;
import io.faultline.api.promql.PromDuration;
import io.faultline.ingest.format.SeriesKeyParser;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.fit.HistorySource;
import io.faultline.training.fit.PrometheusReadException;
import io.faultline.training.fit.TimeRange;
import io.faultline.training.fit.TrainJob;
import io.faultline.training.fit.TrainRequest;
import io.faultline.training.fit.report.Counts;
import io.faultline.training.fit.report.DataRange;
import io.faultline.training.fit.report.TrainReport;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline train}: fits a detector per series on history and writes the models with a report. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Fit the detector on every series of a CSV file, a store or a Prometheus server; write one model file per series "
                + "and train-report.json (data range, thresholds, provenance) into --out. Point the server's "
                + "detection.modelsDir at --out to score with these models.")
final class TrainCommand implements Callable<Integer> {

    /** The {@code --json} line. */
    record Summary(String detector, Counts counts, DataRange dataRange, String report) {
    }

    static final class Source {
        @Option(names = "--csv", paramLabel = "FILE", required = true, description = "Wide or long CSV file of history.")
        Path csv;

        @Option(names = "--store", paramLabel = "PATH", required = true, description = "DuckDB store to read history from.")
        String store;

        @Option(names = "--from-prometheus", paramLabel = "URL", required = true,
                description = "Prometheus server (or anything speaking its query_range) to read history from.")
        URI prometheus;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--match", paramLabel = "SELECTOR",
            description = "With --store: only series matching this selector; with --from-prometheus: the series to read (required).")
    String match;

    @Option(names = "--from", paramLabel = "MS", description = "With --store or --from-prometheus: history from this Unix ms on.")
    Long from;

    @Option(names = "--to", paramLabel = "MS", description = "With --store or --from-prometheus: history before this Unix ms.")
    Long to;

    @Option(names = "--range", paramLabel = "DURATION",
            description = "With --from-prometheus and no --from: how much history before --to (default: now), e.g. 7d (default: 7d).")
    String range;

    @Option(names = "--step", paramLabel = "DURATION", defaultValue = "15s",
            description = "With --from-prometheus: the query_range step, e.g. 15s or 1m (default: ${DEFAULT-VALUE}).")
    String step;

    @Option(names = "--detector", defaultValue = DetectionConfig.DEFAULT_DETECTOR, completionCandidates = DetectorNames.class,
            description = "Detector: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, the live default).")
    String detector;

    @Option(names = "--params", paramLabel = "JSON", defaultValue = "{}", description = "Detector parameters as JSON.")
    String params;

    @Option(names = "--seed", description = "Seed, for detectors that have one.")
    Long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the models and the report.")
    Path out;

    @Option(names = "--json", description = "End with the report's counts and data range as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        JsonNode detectorParams;
        try {
            detectorParams = Json.mapper().readTree(params);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("--params is not valid JSON: " + e.getOriginalMessage());
        }
        TrainReport report;
        if (source.csv != null) {
            report = train(new HistorySource.CsvFile(source.csv), detectorParams);
        } else if (source.prometheus != null) {
            try {
                report = train(prometheusRange(), detectorParams);
            } catch (PrometheusReadException e) {
                System.err.println("faultline: " + e.getMessage());
                return 1;
            }
        } else {
            try (DuckDbMetricStore store = DuckDbMetricStore.open(source.store)) {
                TimeRange range = new TimeRange(from == null ? Long.MIN_VALUE : from, to == null ? Long.MAX_VALUE : to);
                report = train(new HistorySource.StoreSeries(store, source.store,
                        match == null ? List.of() : SeriesKeyParser.parseSelector(match), range), detectorParams);
            }
        }
        System.out.printf(Locale.ROOT, "Trained %d of %d series (%d skipped, %d points) with %s into %s%n",
                report.counts().trained(), report.counts().series(), report.counts().skipped(), report.counts().points(),
                report.detector(), out.resolve(TrainJob.REPORT_FILE));
        if (json) {
            System.out.println(Json.mapper().writeValueAsString(new Summary(report.detector(), report.counts(),
                    report.dataRange(), out.resolve(TrainJob.REPORT_FILE).toString())));
        }
        return 0;
    }

    private HistorySource.PrometheusRange prometheusRange() {
        if (match == null) {
            throw new IllegalArgumentException("--from-prometheus needs --match SELECTOR (e.g. --match 'http_requests_total{job=\"cart\"}')");
        }
        if (range != null && from != null) {
            throw new IllegalArgumentException("give --range or --from, not both");
        }
        long stepMs = duration("--step", step);
        long end = to != null ? to : Clock.systemUTC().millis();
        long start = from != null ? from : end - duration("--range", range == null ? "7d" : range);
        return new HistorySource.PrometheusRange(source.prometheus, match, new TimeRange(start, end), stepMs);
    }

    private static long duration(String option, String text) {
        long ms = PromDuration.parseMillis(text);
        if (ms <= 0) {
            throw new IllegalArgumentException(option + " must be a positive duration such as 15s, 5m or 7d, was '" + text + "'");
        }
        return ms;
    }

    private TrainReport train(HistorySource history, JsonNode detectorParams) throws java.io.IOException {
        TrainRequest request = new TrainRequest(history, detector, detectorParams, out, seed);
        try (Progress progress = new Progress("training", 1)) {
            return new TrainJob(DetectorRegistry.defaultRegistry()).run(request, (done, total) -> {
                progress.maxHint(total);
                progress.stepTo(done);
            });
        }
    }
}
