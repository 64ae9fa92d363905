package io.faultline.api.promql;

/**
 * Prometheus' {@code extrapolatedRate} (promql/functions.go, 2.x) for counters: the increase over the
 * samples in a window, resets added back, extrapolated to the window's edges when the first and last
 * samples lie within 1.1 average intervals of them (else by half an interval), and not extrapolated
 * below the point where the counter would have been zero.
 */
final class ExtrapolatedRate {
    private ExtrapolatedRate() {
    }

    /**
     * @param first   index of the first sample in the window
     * @param last    index of the last sample in the window, {@code > first}
     * @param asRate  true for {@code rate} (per second), false for {@code increase}
     */
    static double extrapolated(long[] ts, double[] values, int first, int last, long rangeStartMs, long rangeEndMs,
            boolean asRate) {
        double result = values[last] - values[first];
        double previous = values[first];
        for (int i = first + 1; i <= last; i++) {
            if (values[i] < previous) {
                result += previous;
            }
            previous = values[i];
        }
        double durationToStart = (ts[first] - rangeStartMs) / 1000.0;
        double durationToEnd = (rangeEndMs - ts[last]) / 1000.0;
        double sampledInterval = (ts[last] - ts[first]) / 1000.0;
        double averageInterval = sampledInterval / (last - first);
        if (result > 0 && values[first] >= 0) {
            double durationToZero = sampledInterval * (values[first] / result);
            if (durationToZero < durationToStart) {
                durationToStart = durationToZero;
            }
        }
        double threshold = averageInterval * 1.1;
        double extrapolateTo = sampledInterval;
        extrapolateTo += durationToStart < threshold ? durationToStart : averageInterval / 2;
        extrapolateTo += durationToEnd < threshold ? durationToEnd : averageInterval / 2;
        double factor = extrapolateTo / sampledInterval;
        if (asRate) {
            factor /= (rangeEndMs - rangeStartMs) / 1000.0;
        }
        return result * factor;
    }
}
