package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;

import java.util.Arrays;
import java.util.Optional;

/**
 * Measures one series against its own baseline, at two time scales. The baseline is the points
 * before {@code onset - baselineGuardMs} (before the onset when that leaves too few), because a
 * detected onset often lags a slow fault and a baseline holding the fault's start would hide it. At each scale the series is
 * smoothed by a centred rolling median (the baseline only with baseline points, so the fault does
 * not leak into it); the smoothed baseline gives a median and a scale per direction; each smoothed
 * window point gets a robust z {@code (x - median) / scale}, and the larger of the two scales' |z|
 * counts. The short scale keeps sharp changes sharp; the long one averages out sawtooth and count
 * noise, so sustained shifts and slow ramps (a leak) stand out. The long scale is used only when
 * the baseline spans at least {@link #LONG_SCALE_WINDOWS} long widths.
 *
 * <p>The scale of a direction is the largest of 1.4826 MAD, the distance from the median to the
 * baseline's tail quantile divided by the normal quantile of the same level, and the params' floors.
 * The tail term matters for skewed or sparse series (error ratios that are mostly zero, latency with
 * occasional hiccups), where the MAD alone calls ordinary bursts extreme. The series' own onset is
 * the first window point past the threshold in the peak's direction.
 */
final class DeviationMeasure implements SeriesMeasure {
    private static final double MAD_TO_SIGMA = 1.4826;
    /**
     * Baseline lengths, in long smoothing widths, needed before the long scale is used: a smoothed
     * baseline with fewer nearly independent stretches than this gives too shaky a spread.
     */
    static final int LONG_SCALE_WINDOWS = 8;

    private final BaselineDeviationParams params;
    private final double tailZ;

    DeviationMeasure(BaselineDeviationParams params) {
        this.params = params;
        this.tailZ = new NormalDistribution().inverseCumulativeProbability(params.tailQuantile());
    }

    /** Robust location and per-direction scale of a smoothed baseline. */
    private record Baseline(double median, double scaleUp, double scaleDown) {
        double z(double x) {
            return x >= median ? (x - median) / scaleUp : (x - median) / scaleDown;
        }
    }

    /** Empty when the series has too little baseline or no point in the window. */
    @Override
    public Optional<SeriesDeviation> measure(ComponentSeries cs, long onsetMs, long endMs) {
        SeriesSamples s = cs.samples();
        long[] t = s.timestampsMs();
        double[] x = s.values();
        FiniteIndices idx = new FiniteIndices(t, x);
        int[] before = idx.between(Long.MIN_VALUE, onsetMs - 1);
        int[] window = idx.between(onsetMs, endMs);
        if (before.length < params.minBaselinePoints() || window.length == 0) {
            return Optional.empty();
        }
        int[] base = guardedBaseline(t, x, idx, before, onsetMs);
        int[] usable = idx.between(Long.MIN_VALUE, endMs);
        int[] guard = idx.between(base.length == 0 ? Long.MIN_VALUE : t[base[base.length - 1]] + 1, onsetMs - 1);
        double[] z = new double[window.length];
        double[] guardZ = new double[guard.length];
        double[] level = new double[window.length];
        double center = 0;
        Baseline raw = baseline(gather(x, base, 0, base.length), 0, 0);
        boolean negativeZero = SelectedPercentiles.hasNegativeZero(x);
        // A median as wide as the window would smooth a fault that lasts the window away: the short
        // width covers at most a quarter of the window (1 on a window of fewer than twelve points,
        // so a fault of two steps in a window of ten, CIRCA's, is measured unsmoothed), the long one,
        // which only adds to the short one, at most half.
        int shortWidth = Math.min(params.smoothing(), widthCap(window.length, 4));
        int[] widths = base.length >= LONG_SCALE_WINDOWS * params.longSmoothing()
                && params.longSmoothing() <= widthCap(window.length, 2)
                ? new int[]{shortWidth, params.longSmoothing()} : new int[]{shortWidth};
        for (int width : widths) {
            double[] smoothBase = RollingMedianSmoother.smooth(x, negativeZero, base, base, width);
            // Smoothing a sparse or discrete series can flatten its baseline completely; it cannot
            // make it quieter than averaging would, so the raw scale over sqrt(width) bounds it.
            double shrink = Math.sqrt(width);
            Baseline b = baseline(smoothBase, raw.scaleUp() / shrink, raw.scaleDown() / shrink);
            double[] smoothWindow = RollingMedianSmoother.smooth(x, negativeZero, usable, window, width);
            for (int w = 0; w < window.length; w++) {
                double zw = b.z(smoothWindow[w]);
                if (width == shortWidth || Math.abs(zw) > Math.abs(z[w])) {
                    z[w] = zw;
                    level[w] = smoothWindow[w];
                }
            }
            if (guard.length > 0) {
                double[] smoothGuard = RollingMedianSmoother.smooth(x, negativeZero, usable, guard, width);
                for (int g = 0; g < guard.length; g++) {
                    double zg = b.z(smoothGuard[g]);
                    if (width == shortWidth || Math.abs(zg) > Math.abs(guardZ[g])) {
                        guardZ[g] = zg;
                    }
                }
            }
            if (width == shortWidth) {
                center = b.median();
            }
        }
        int peak = 0;
        for (int w = 1; w < window.length; w++) {
            if (Math.abs(z[w]) > Math.abs(z[peak])) {
                peak = w;
            }
        }
        Direction direction = z[peak] < 0 ? Direction.DOWN : Direction.UP;
        double sign = direction == Direction.UP ? 1 : -1;
        double magnitude = Math.abs(z[peak]);
        boolean significant = magnitude >= params.thresholdZ();
        long onset = t[window[peak]];
        for (int w = 0; w < window.length && significant; w++) {
            if (sign * z[w] >= params.thresholdZ()) {
                onset = t[window[w]];
                break;
            }
        }
        MetricDeviation deviation = new MetricDeviation(s.key(), cs.signal(), onset, center, level[peak],
                magnitude, direction);
        SeriesDeviation measured = new SeriesDeviation(cs.component(), deviation, t[window[peak]], significant);
        double chronic = chronicLevel(guardZ, sign);
        return Optional.of(chronic > 0 ? measured.scoredBy(Math.max(0, magnitude - chronic), params.thresholdZ())
                : measured);
    }

    /**
     * How far, in the peak's direction, the series already was during the guard before the onset:
     * the least deviant of those points, when even that one is past the threshold. A series that
     * was as far out before the onset as after it (a component broken for hours, a recording that
     * differs from the baseline's) did not change with the incident, so only its move beyond that
     * level counts; 0 when any guard point is normal or there is none.
     */
    private double chronicLevel(double[] guardZ, double sign) {
        if (guardZ.length == 0) {
            return 0;
        }
        double least = Double.POSITIVE_INFINITY;
        for (double zg : guardZ) {
            least = Math.min(least, sign * zg);
        }
        return least >= params.thresholdZ() ? least : 0;
    }

    /** The largest odd width, at least 1, that covers at most {@code 1 / share} of a window of {@code length}. */
    private static int widthCap(int length, int share) {
        int cap = Math.max(1, (length / share) | 1);
        return cap > length / share && cap > 1 ? cap - 2 : cap;
    }

    /** The stretches, in shares of baseline span, tested for a fault's start: share/4, share/2, ... share. */
    private static final int GUARD_STEPS = 4;

    /**
     * A detected onset often lags a slow fault, and a given one may be late, so the baseline ends
     * {@code baselineGuardMs} before the onset. A baseline too short for that (fewer than
     * {@code minBaselinePoints} would be left) loses instead the longest of its last stretches of
     * {@code baselineGuardShare / 4}, {@code / 2}, ... {@code baselineGuardShare} of its span whose
     * median is past the threshold against the rest (a fault's start that the late onset left in
     * it), and nothing when none is: short baselines are noisy enough without discarding clean
     * points. Testing several lengths finds a fault's start that fills less than half the longest.
     */
    private int[] guardedBaseline(long[] t, double[] x, FiniteIndices idx, int[] before, long onsetMs) {
        int[] guarded = idx.between(Long.MIN_VALUE, onsetMs - params.baselineGuardMs() - 1);
        if (guarded.length >= params.minBaselinePoints()) {
            return guarded;
        }
        long span = t[before[before.length - 1]] - t[before[0]];
        int[] chosen = before;
        for (int step = 1; step <= GUARD_STEPS; step++) {
            long cut = (long) (params.baselineGuardShare() * span * step / GUARD_STEPS);
            int[] base = idx.between(Long.MIN_VALUE, onsetMs - cut - 1);
            if (base.length < params.minBaselinePoints()) {
                break;
            }
            if (base.length == before.length) {
                continue;
            }
            Baseline rest = baseline(gather(x, base, 0, base.length), 0, 0);
            double lastMedian = median(gather(x, before, base.length, before.length));
            if (Math.abs(rest.z(lastMedian)) >= params.thresholdZ()) {
                chosen = base;
            }
        }
        return chosen;
    }

    /**
     * One copy serves the median, both tails and the MAD; the estimates are Commons Math's default
     * ones, selected in turn on that copy (see {@link SelectedPercentiles}), the library itself only
     * for values holding {@code -0.0}, where its selection and this one may pick different zeros.
     */
    private Baseline baseline(double[] values, double minUp, double minDown) {
        if (SelectedPercentiles.hasNegativeZero(values)) {
            return libraryBaseline(values, minUp, minDown);
        }
        SelectedPercentiles selected = SelectedPercentiles.of(values);
        double median = selected.median();
        double mad = MAD_TO_SIGMA * selected.medianAbsoluteDeviation(median);
        double upper = selected.percentile(100 * params.tailQuantile());
        double lower = selected.percentile(100 * (1 - params.tailQuantile()));
        return baseline(median, mad, upper, lower, minUp, minDown);
    }

    private Baseline libraryBaseline(double[] values, double minUp, double minDown) {
        double median = new Median().evaluate(values);
        double[] absDev = Arrays.stream(values).map(v -> Math.abs(v - median)).toArray();
        double mad = MAD_TO_SIGMA * new Median().evaluate(absDev);
        Percentile percentile = new Percentile();
        percentile.setData(values);
        return baseline(median, mad, percentile.evaluate(100 * params.tailQuantile()),
                percentile.evaluate(100 * (1 - params.tailQuantile())), minUp, minDown);
    }

    private Baseline baseline(double median, double mad, double upper, double lower, double minUp, double minDown) {
        double upperTail = (upper - median) / tailZ;
        double lowerTail = (median - lower) / tailZ;
        double floor = Math.max(params.minRelativeScale() * Math.abs(median), params.minAbsoluteScale());
        return new Baseline(median, Math.max(Math.max(floor, minUp), Math.max(mad, upperTail)),
                Math.max(Math.max(floor, minDown), Math.max(mad, lowerTail)));
    }

    private static double median(double[] values) {
        return SelectedPercentiles.hasNegativeZero(values) ? new Median().evaluate(values)
                : SelectedPercentiles.of(values).median();
    }

    /** The values at {@code at[from..to)}. */
    private static double[] gather(double[] x, int[] at, int from, int to) {
        double[] out = new double[to - from];
        for (int i = from; i < to; i++) {
            out[i - from] = x[at[i]];
        }
        return out;
    }
}
