package io.faultline.models.likelihood;

import java.util.List;

/**
 * How a base detector's raw score (0 = normal, unbounded above) is mapped before its likelihood is
 * estimated. The Gaussian of the likelihood fits bounded inputs best: NuPIC's raw scores lie in [0, 1].
 */
enum ScoreInput {
    /** The score as it is. */
    RAW,
    /** ln(1 + s): compresses the unbounded tail of scale-free scores. */
    LOG1P,
    /** s / (1 + s), in [0, 1). */
    UNIT;

    static final List<String> NAMES = List.of("raw", "log1p", "unit");

    static ScoreInput of(String name) {
        int i = NAMES.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("input must be one of " + NAMES + ", was " + name);
        }
        return values()[i];
    }

    double map(double s) {
        return switch (this) {
            case RAW -> s;
            case LOG1P -> Math.log1p(s);
            case UNIT -> s == Double.POSITIVE_INFINITY ? 1.0 : s / (1 + s);
        };
    }
}
