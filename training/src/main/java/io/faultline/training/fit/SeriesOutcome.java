package io.faultline.training.fit;

import io.faultline.models.FittedDetector;
import io.faultline.training.fit.report.SeriesReport;
import java.util.Objects;

/**
 * What training one series produced: its report entry and, when it was trained, the fitted model to
 * save under {@link SeriesReport#modelFile()}.
 */
record SeriesOutcome(SeriesReport report, FittedDetector fitted) {
    SeriesOutcome {
        Objects.requireNonNull(report, "report");
        if ((fitted == null) != (report.modelFile() == null)) {
            throw new IllegalArgumentException("a fitted model goes with a model file and only then: " + report.series());
        }
    }
}
