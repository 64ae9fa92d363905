package io.faultline.models.kmeans;

import io.faultline.features.stats.RobustScale;

/**
 * Turns a window of raw values into the vector k-means sees: the values standardised by the
 * training median and robust scale, z_0..z_{w-1}, followed by their first differences
 * z_i - z_{i-1}, i = 1..w-1 (2w - 1 features). Standardising makes distances comparable across
 * series; the differences weigh the window's shape, not only its level.
 */
record WindowFeatures(int window, RobustScale scale) {

    static int count(int window) {
        return 2 * window - 1;
    }

    /** Index of the newest standardised value. */
    int newestValue() {
        return window - 1;
    }

    /** Index of the newest difference. */
    int newestDifference() {
        return 2 * window - 2;
    }

    /** One name per feature; Tribuo keys features by name and orders them by name, not by index. */
    String[] names() {
        String[] names = new String[count(window)];
        for (int i = 0; i < window; i++) {
            names[i] = String.format("z%03d", i);
        }
        for (int i = 1; i < window; i++) {
            names[window + i - 1] = String.format("d%03d", i);
        }
        return names;
    }

    /** The features of {@code raw[from .. from + window)}, oldest first. */
    double[] of(double[] raw, int from) {
        double[] features = new double[count(window)];
        for (int i = 0; i < window; i++) {
            features[i] = scale.standardise(raw[from + i]);
        }
        for (int i = 1; i < window; i++) {
            features[window + i - 1] = features[i] - features[i - 1];
        }
        return features;
    }
}
