package io.faultline.features.stats;

/**
 * A robust location and a strictly positive scale for standardising a series:
 * z = (x - median) / scale.
 *
 * <p>The scale is {@value #MAD_TO_SIGMA} x MAD, the factor that makes the MAD a consistent
 * estimator of the standard deviation under normality (Rousseeuw &amp; Croux, "Alternatives to the
 * median absolute deviation", JASA 88(424), 1993). A production monitor also needs a floor:
 * on a constant or mostly constant series the MAD is 0 and every tiny change would be infinitely
 * surprising. The floor is the larger of a share of |median| (a change of 1% of the level is not
 * news) and an absolute amount in the series' own units (for series that sit at zero).
 */
public record RobustScale(double median, double scale) {

    /** 1 / Phi^-1(3/4): scales the MAD of normal data to its standard deviation. */
    public static final double MAD_TO_SIGMA = 1.4826;

    public RobustScale {
        if (!Double.isFinite(median)) {
            throw new IllegalArgumentException("median must be finite, was " + median);
        }
        if (!(scale > 0.0 && Double.isFinite(scale))) {
            throw new IllegalArgumentException("scale must be finite and > 0, was " + scale);
        }
    }

    /**
     * The scale max(1.4826 MAD, relativeFloor |median|, absoluteFloor).
     *
     * @param relativeFloor a share of |median|, >= 0
     * @param absoluteFloor in the series' units, > 0 so that the scale is never 0
     */
    public static RobustScale of(double median, double mad, double relativeFloor, double absoluteFloor) {
        if (!(relativeFloor >= 0.0 && Double.isFinite(relativeFloor))) {
            throw new IllegalArgumentException("relative scale floor must be finite and >= 0, was " + relativeFloor);
        }
        if (!(absoluteFloor > 0.0 && Double.isFinite(absoluteFloor))) {
            throw new IllegalArgumentException("absolute scale floor must be finite and > 0, was " + absoluteFloor);
        }
        if (!(mad >= 0.0)) {
            throw new IllegalArgumentException("MAD must be >= 0, was " + mad);
        }
        double floor = Math.max(relativeFloor * Math.abs(median), absoluteFloor);
        return new RobustScale(median, Math.max(MAD_TO_SIGMA * mad, floor));
    }

    /** The robust median and scale of a whole window. */
    public static RobustScale of(RollingQuantiles window, double relativeFloor, double absoluteFloor) {
        return of(window.median(), window.medianAbsoluteDeviation(), relativeFloor, absoluteFloor);
    }

    public double standardise(double x) {
        return (x - median) / scale;
    }

    public double unstandardise(double z) {
        return median + z * scale;
    }
}
