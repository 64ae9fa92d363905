package io.faultline.models.likelihood;

import java.util.Arrays;

/**
 * One {@link LikelihoodCalibrator} after some scores: the latest raw inputs (oldest first), the
 * averaged scores kept for the Gaussian (oldest first), how many inputs were seen, the fitted mean
 * and standard deviation (both 0 before the first fit) and the points since the last fit.
 */
public record CalibratorState(double[] recent, double[] history, long seen, double mean, double std,
        int sinceFit) {

    public CalibratorState {
        if (recent == null || history == null) {
            throw new IllegalArgumentException("recent and history are required");
        }
        recent = recent.clone();
        history = history.clone();
        if (seen < 0 || sinceFit < 0) {
            throw new IllegalArgumentException("seen and sinceFit must be >= 0, were " + seen + " and " + sinceFit);
        }
        if (!(Double.isFinite(mean) && std >= 0 && Double.isFinite(std))) {
            throw new IllegalArgumentException("mean must be finite and std finite and >= 0, were " + mean + " and " + std);
        }
    }

    static CalibratorState initial() {
        return new CalibratorState(new double[0], new double[0], 0L, 0.0, 0.0, 0);
    }

    @Override
    public double[] recent() {
        return recent.clone();
    }

    @Override
    public double[] history() {
        return history.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CalibratorState s && Arrays.equals(recent, s.recent) && Arrays.equals(history, s.history)
                && seen == s.seen && Double.compare(mean, s.mean) == 0 && Double.compare(std, s.std) == 0
                && sinceFit == s.sinceFit;
    }

    @Override
    public int hashCode() {
        return (Arrays.hashCode(recent) * 31 + Arrays.hashCode(history)) * 31 + Long.hashCode(seen);
    }

    @Override
    public String toString() {
        return "CalibratorState[recent " + recent.length + ", history " + history.length + ", seen=" + seen
                + ", mean=" + mean + ", std=" + std + "]";
    }
}
