package io.faultline.models.artime;

/**
 * ARTime's input stage: every {@code step} values become one downsampled value (the window's extreme
 * farther from a running average, or its mean when the extreme is within 10 % of it), normalised to the
 * range, quantised to {@code levels} levels and snapped to an approximate running median level when
 * within {@code chomp} of it. The last {@code window} such values, shifted and scaled to [0, 1] and
 * passed through a full Haar wavelet transform (itself scaled to [0, 1]), followed by the values
 * themselves, are the features. Not thread-safe.
 */
final class ArtimeFeatures {
    private static final double HAAR = haarCoefficient();

    private final int step;
    private final int window;
    private final int levels;
    private final double chomp;
    private final double[] stepValues;
    private final int[] levelCounts;
    private final double[] recent;
    private double min;
    private double max;
    private long seen;
    private int downsampled;
    private double movingAverage;
    private int medianLevel;
    private int belowMedian;
    private int aboveMedian;

    ArtimeFeatures(int step, int window, int levels, double chomp, double min, double max) {
        this.step = step;
        this.window = window;
        this.levels = levels;
        this.chomp = chomp;
        this.stepValues = new double[step];
        this.levelCounts = new int[levels + 1];
        this.recent = new double[window];
        this.min = min;
        this.max = max;
    }

    /** The number of downsampled values so far (ARTime's sample index, from 1 after the first). */
    int downsampled() {
        return downsampled;
    }

    double min() {
        return min;
    }

    double max() {
        return max;
    }

    /**
     * Takes one value; returns the features when it completes a downsampling step, else null. The
     * features are all zero until {@code window} downsampled values have been seen.
     */
    double[] accept(double value) {
        stepValues[(int) (seen % step)] = value;
        seen++;
        if (seen % step != 0) {
            return null;
        }
        downsampled++;
        double sum = 0;
        double hi = Double.NEGATIVE_INFINITY;
        double lo = Double.POSITIVE_INFINITY;
        for (double v : stepValues) {
            sum += v;
            hi = Math.max(hi, v);
            lo = Math.min(lo, v);
        }
        double mean = sum / step;
        if (downsampled == 1) {
            movingAverage = mean;
        }
        movingAverage = (movingAverage + mean) / 2;
        double ds = Math.abs(hi - movingAverage) < Math.abs(lo - movingAverage) ? lo : hi;
        if (Math.abs(ds - mean) < 0.1 * mean) {
            ds = mean;
        }
        ds -= min;
        if (max - min != 0) {
            ds /= max - min;
        }
        ds = Math.max(0, Math.min(1, ds));
        int level = (int) Math.rint(ds * levels);
        ds = (double) level / levels;
        double median = (double) trackMedian(level) / levels;
        if (Math.abs(ds - median) < chomp) {
            ds = median;
        }
        System.arraycopy(recent, 1, recent, 0, window - 1);
        recent[window - 1] = ds;
        double[] features = new double[2 * window];
        if (downsampled >= window) {
            double[] shape = recent.clone();
            scaleToUnit(shape);
            double[] wavelet = haar(shape);
            scaleToUnit(wavelet);
            System.arraycopy(wavelet, 0, features, 0, window);
            System.arraycopy(recent, 0, features, window, window);
        }
        return features;
    }

    /** A new range for the values to come; the recent levels and the median are mapped onto it. */
    void rescale(double newMin, double newMax) {
        double oldWidth = max - min;
        double newWidth = newMax - newMin;
        double scale = newWidth == 0 ? 1 : oldWidth / newWidth;
        double shift = newWidth == 0 ? 0 : (min - newMin) / newWidth;
        for (int k = 0; k < window; k++) {
            recent[k] = Math.rint((recent[k] * scale + shift) * levels) / levels;
        }
        int[] moved = new int[levels + 1];
        for (int l = 0; l <= levels; l++) {
            moved[remapLevel(l, scale, shift)] += levelCounts[l];
        }
        System.arraycopy(moved, 0, levelCounts, 0, levels + 1);
        medianLevel = remapLevel(medianLevel, scale, shift);
        min = newMin;
        max = newMax;
    }

    private int remapLevel(int level, double scale, double shift) {
        double v = ((double) level / levels) * scale + shift;
        return (int) Math.max(0, Math.min(levels, Math.rint(v * levels)));
    }

    /** ARTime's approximate running median of the levels (not exact, as its author notes). */
    private int trackMedian(int level) {
        levelCounts[level]++;
        int position = downsampled / 2;
        if (downsampled == 1) {
            medianLevel = level;
        }
        if (medianLevel > level) {
            belowMedian++;
        } else if (medianLevel < level) {
            aboveMedian++;
        }
        if (position < aboveMedian) {
            belowMedian += levelCounts[medianLevel];
            medianLevel++;
            while (levelCounts[medianLevel] == 0) {
                medianLevel++;
            }
            aboveMedian -= levelCounts[medianLevel];
        } else if (position < belowMedian) {
            aboveMedian += levelCounts[medianLevel];
            medianLevel--;
            while (levelCounts[medianLevel] == 0) {
                medianLevel--;
            }
            belowMedian -= levelCounts[medianLevel];
        }
        return medianLevel;
    }

    private static void scaleToUnit(double[] v) {
        double lo = Double.POSITIVE_INFINITY;
        for (double x : v) {
            lo = Math.min(lo, x);
        }
        double hi = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < v.length; k++) {
            v[k] -= lo;
            hi = Math.max(hi, v[k]);
        }
        if (hi != 0) {
            for (int k = 0; k < v.length; k++) {
                v[k] /= hi;
            }
        }
    }

    /**
     * The full periodic Haar transform of Wavelets.jl: [s_L, d_L, d_L-1 ..., d_1], each detail the
     * second of a pair minus the first.
     */
    static double[] haar(double[] x) {
        int n = x.length;
        double[] out = new double[n];
        double[] s = x.clone();
        for (int len = n; len > 1; len /= 2) {
            int half = len / 2;
            double[] next = new double[half];
            for (int k = 0; k < half; k++) {
                next[k] = HAAR * s[2 * k] + HAAR * s[2 * k + 1];
                out[half + k] = -HAAR * s[2 * k] + HAAR * s[2 * k + 1];
            }
            s = next;
        }
        out[0] = s[0];
        return out;
    }

    private static double haarCoefficient() {
        double h = 0.7071067811865475;
        return h / (h * Math.sqrt(2));
    }
}
