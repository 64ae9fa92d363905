package io.faultline.models.bocpd;

import java.util.Arrays;

/**
 * The run-length posterior of {@link BocpdDetector} after its history, which primes every scorer:
 * one entry per hypothesis (its run length, log posterior probability and Normal-Gamma posterior
 * mu, kappa, alpha, beta), plus the exponentially weighted mean and variance of the values seen
 * and how many were seen, which set the prior of each new run.
 */
public record BocpdState(
        long[] runLength,
        double[] logProbability,
        double[] mu,
        double[] kappa,
        double[] alpha,
        double[] beta,
        double movingMean,
        double movingVariance,
        long seen) {

    public BocpdState {
        int n = runLength == null ? -1 : runLength.length;
        if (n < 0 || logProbability == null || mu == null || kappa == null || alpha == null || beta == null) {
            throw new IllegalArgumentException("runLength, logProbability, mu, kappa, alpha and beta are required");
        }
        if (logProbability.length != n || mu.length != n || kappa.length != n || alpha.length != n || beta.length != n) {
            throw new IllegalArgumentException("runLength, logProbability, mu, kappa, alpha and beta must have one length, were "
                    + n + ", " + logProbability.length + ", " + mu.length + ", " + kappa.length + ", " + alpha.length
                    + ", " + beta.length);
        }
        if (seen < 0) {
            throw new IllegalArgumentException("seen must be >= 0, was " + seen);
        }
        if (seen > 0 && n == 0) {
            throw new IllegalArgumentException("a state that has seen " + seen + " values needs at least one hypothesis");
        }
        runLength = runLength.clone();
        logProbability = logProbability.clone();
        mu = mu.clone();
        kappa = kappa.clone();
        alpha = alpha.clone();
        beta = beta.clone();
        for (int i = 0; i < n; i++) {
            if (runLength[i] < 0 || !(logProbability[i] <= 0) || !Double.isFinite(mu[i])
                    || !(kappa[i] > 0 && alpha[i] > 0 && beta[i] > 0) || Double.isInfinite(kappa[i] + alpha[i] + beta[i])) {
                throw new IllegalArgumentException("hypothesis " + i + " is invalid: runLength=" + runLength[i]
                        + ", logProbability=" + logProbability[i] + ", mu=" + mu[i] + ", kappa=" + kappa[i]
                        + ", alpha=" + alpha[i] + ", beta=" + beta[i]);
            }
        }
        if (seen > 0 && !(Double.isFinite(movingMean) && movingVariance >= 0 && Double.isFinite(movingVariance))) {
            throw new IllegalArgumentException("movingMean and movingVariance must be finite (variance >= 0), were "
                    + movingMean + ", " + movingVariance);
        }
    }

    /** The state before any value: no hypothesis yet. */
    public static BocpdState empty() {
        return new BocpdState(new long[0], new double[0], new double[0], new double[0], new double[0], new double[0],
                0.0, 0.0, 0L);
    }

    public int hypotheses() {
        return runLength.length;
    }

    @Override
    public long[] runLength() {
        return runLength.clone();
    }

    @Override
    public double[] logProbability() {
        return logProbability.clone();
    }

    @Override
    public double[] mu() {
        return mu.clone();
    }

    @Override
    public double[] kappa() {
        return kappa.clone();
    }

    @Override
    public double[] alpha() {
        return alpha.clone();
    }

    @Override
    public double[] beta() {
        return beta.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BocpdState s && Arrays.equals(runLength, s.runLength)
                && Arrays.equals(logProbability, s.logProbability) && Arrays.equals(mu, s.mu)
                && Arrays.equals(kappa, s.kappa) && Arrays.equals(alpha, s.alpha) && Arrays.equals(beta, s.beta)
                && Double.compare(movingMean, s.movingMean) == 0 && Double.compare(movingVariance, s.movingVariance) == 0
                && seen == s.seen;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(runLength) + Arrays.hashCode(logProbability)) + Long.hashCode(seen);
    }

    @Override
    public String toString() {
        return "BocpdState[" + runLength.length + " hypotheses, " + seen + " values seen]";
    }
}
