package io.faultline.api.evaluate;

import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabResultFile;
import java.util.List;

/**
 * One detector's pass over a NAB corpus.
 *
 * @param params the detector's effective params (defaults merged with what was given)
 * @param files per file, in corpus order, the rows with the mapped anomaly scores
 * @param report NAB's scores with one threshold per profile swept over the corpus (the published figure)
 * @param ownThreshold NAB's scores of the detector's own flags (a row is a detection when the detector
 *     called it anomalous at its configured threshold): what a deployment without labels would get
 * @param detectNanos wall time of streaming every file through the detector, over the whole pool
 * @param scoreNanos wall time of NAB's scoring
 */
public record NabRun(String detector, Record params, List<NabResultFile> files, NabReport report,
        NabReport ownThreshold, int rows, int threads, long detectNanos, long scoreNanos) {

    public NabRun {
        files = List.copyOf(files);
    }

    /** Rows per second through the detector (the streaming phase only). */
    public double pointsPerSecond() {
        return detectNanos == 0 ? Double.NaN : rows / (detectNanos / 1e9);
    }

    public double elapsedSeconds() {
        return (detectNanos + scoreNanos) / 1e9;
    }
}
