package io.faultline.training.fit;

import io.faultline.models.registry.DetectorRegistry;
import io.faultline.models.registry.ModelFiles;
import io.faultline.training.fit.report.TrainReport;
import io.faultline.training.fit.report.TrainReportJson;
import java.io.IOException;
import java.util.Objects;

/**
 * The engine of {@code faultline train}: fits one detector per series of a history, saves each model
 * as a JSON file ({@link ModelFiles}) in the output folder, replays the history through every model to
 * count the points it would flag, and writes {@value #REPORT_FILE}. Prints nothing; progress goes to
 * a {@link TrainProgress}.
 *
 * <p>Checks come before work: the detector and params are resolved, then the output folder is checked,
 * then the history is read. Models of series that are trained again are overwritten; other files in
 * the folder are left alone. Same history, detector, params and seed give byte-identical model files
 * and report.
 */
public final class TrainJob {
    /** The report's file name in the output folder. */
    public static final String REPORT_FILE = "train-report.json";

    private final DetectorRegistry registry;
    private final ModelFiles modelFiles;

    public TrainJob(DetectorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
        this.modelFiles = new ModelFiles(registry);
    }

    /** Like {@link #run(TrainRequest, TrainProgress)} without progress. */
    public TrainReport run(TrainRequest request) throws IOException {
        return run(request, TrainProgress.NONE);
    }

    /**
     * Runs the job and returns the report it wrote.
     *
     * @throws IllegalArgumentException for an unknown detector (the registry's message, listing the valid
     *                                  ones), invalid params, a seed the detector cannot take, an output
     *                                  path that is a file, or a CSV file that does not exist
     * @throws io.faultline.ingest.InvalidInputException naming the file and line for a bad CSV row
     * @throws IOException              when writing a model or the report fails
     */
    public TrainReport run(TrainRequest request, TrainProgress progress) throws IOException {
        Objects.requireNonNull(progress, "progress");
        DetectorSetup setup = DetectorSetup.resolve(registry, request.detector(), request.params(), request.seed());
        OutputFolder output = OutputFolder.prepare(request.outputDir());
        try (LoadedHistory history = LoadedHistory.open(request.source())) {
            TrainReport report = new TrainingRun(setup)
                    .run(history, (fileName, fitted) -> modelFiles.save(fitted, output.resolve(fileName)), progress);
            output.write(REPORT_FILE, TrainReportJson.toJson(report));
            return report;
        }
    }
}
