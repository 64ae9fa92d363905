package io.faultline.training.report;

import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabResultFile;
import java.util.List;

/**
 * One detector's NAB run as the report draws it: its per-file output (anomaly scores in [0, 1]) and
 * the scores of that output. {@code note} is a free line shown under the detector's name (for
 * instance its params and speed).
 */
public record NabReportRun(String detector, String note, List<NabResultFile> files, NabReport report) {
    public NabReportRun {
        if (detector == null || detector.isBlank()) {
            throw new IllegalArgumentException("detector name must not be blank");
        }
        note = note == null ? "" : note;
        files = List.copyOf(files);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("run of '" + detector + "' has no files");
        }
        if (report.profiles().isEmpty()) {
            throw new IllegalArgumentException("run of '" + detector + "' has no profile scores");
        }
    }
}
