package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import org.apache.commons.math3.stat.descriptive.rank.Median;

import java.util.Arrays;
import java.util.Optional;

/**
 * Measures one series against its own baseline: median and MAD of the points before the onset,
 * then the largest robust z {@code |x - median| / scale} of the smoothed points in the incident
 * window, with {@code scale = 1.4826 MAD} (or 1.2533 times the mean absolute deviation when the
 * MAD is 0, after Iglewicz and Hoaglin), floored by the params. The series' own onset is the
 * first window point past the threshold in the peak's direction.
 */
final class DeviationMeasure {
    private static final double MAD_TO_SIGMA = 1.4826;
    private static final double MEAN_AD_TO_SIGMA = 1.2533;

    private final BaselineDeviationParams params;

    DeviationMeasure(BaselineDeviationParams params) {
        this.params = params;
    }

    /** Empty when the series has too little baseline or no point in the window. */
    Optional<SeriesDeviation> measure(ComponentSeries cs, long onsetMs, long endMs) {
        SeriesSamples s = cs.samples();
        long[] t = s.timestampsMs();
        double[] x = s.values();
        double[] baseline = Arrays.stream(indices(t, x, Long.MIN_VALUE, onsetMs - 1)).mapToDouble(i -> x[i]).toArray();
        int[] window = indices(t, x, onsetMs, endMs);
        if (baseline.length < params.minBaselinePoints() || window.length == 0) {
            return Optional.empty();
        }
        Median median = new Median();
        double center = median.evaluate(baseline);
        double[] absDev = Arrays.stream(baseline).map(v -> Math.abs(v - center)).toArray();
        double scale = MAD_TO_SIGMA * median.evaluate(absDev);
        if (scale == 0) {
            scale = MEAN_AD_TO_SIGMA * Arrays.stream(absDev).average().orElse(0);
        }
        scale = Math.max(scale, Math.max(params.minRelativeScale() * Math.abs(center), params.minAbsoluteScale()));

        double[] z = new double[window.length];
        double[] smoothed = new double[window.length];
        int peak = 0;
        for (int w = 0; w < window.length; w++) {
            smoothed[w] = smoothedAt(t, x, window[w], endMs);
            z[w] = (smoothed[w] - center) / scale;
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
        MetricDeviation deviation = new MetricDeviation(s.key(), cs.signal(), onset, center, smoothed[peak],
                magnitude, direction);
        return Optional.of(new SeriesDeviation(cs.component(), deviation, t[window[peak]], significant));
    }

    /** Median of the finite values within half the smoothing width of index i, not past endMs. */
    private double smoothedAt(long[] t, double[] x, int i, long endMs) {
        int half = params.smoothing() / 2;
        double[] around = new double[2 * half + 1];
        int n = 0;
        for (int j = Math.max(0, i - half); j <= Math.min(x.length - 1, i + half); j++) {
            if (t[j] <= endMs && Double.isFinite(x[j])) {
                around[n++] = x[j];
            }
        }
        Arrays.sort(around, 0, n);
        return n % 2 == 1 ? around[n / 2] : (around[n / 2 - 1] + around[n / 2]) / 2;
    }

    private static int[] indices(long[] t, double[] x, long from, long to) {
        int[] out = new int[t.length];
        int n = 0;
        for (int i = 0; i < t.length; i++) {
            if (t[i] >= from && t[i] <= to && Double.isFinite(x[i])) {
                out[n++] = i;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
