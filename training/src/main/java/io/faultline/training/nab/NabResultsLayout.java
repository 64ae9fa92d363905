package io.faultline.training.nab;

import java.nio.file.Path;

/**
 * Names in NAB's results layout: {@code <results>/<detector>/<category>/<detector>_<name>.csv}. A
 * detector's name must not contain {@code _}, because NAB's normaliser takes the detector to be the
 * file name up to its first {@code _}.
 */
final class NabResultsLayout {
    static final String HEADER = "timestamp,value,anomaly_score,label";

    private NabResultsLayout() {
    }

    static Path file(Path resultsRoot, String detector, String category, String name) {
        return resultsRoot.resolve(detector).resolve(category).resolve(detector + "_" + name + ".csv");
    }

    static String requireDetector(String detector) {
        if (detector == null || !detector.matches("[A-Za-z0-9.-]+")) {
            throw new IllegalArgumentException("detector name must be letters, digits, '.' or '-' (NAB splits file names at '_'), was '"
                    + detector + "'");
        }
        return detector;
    }
}
