package io.faultline.models.bocpd;

import org.apache.commons.math3.special.Beta;
import org.apache.commons.math3.special.Gamma;

/**
 * The run-length posterior of Adams and MacKay's recursion ("Bayesian Online Changepoint
 * Detection", arXiv:0710.3742, 2007, Algorithm 1) for a Gaussian with unknown mean and precision
 * under a Normal-Gamma prior, whose predictive is a Student-t (Murphy, "Conjugate Bayesian analysis
 * of the Gaussian distribution", 2007, section 3). Probabilities are kept as logarithms and summed
 * with log-sum-exp, so long runs do not underflow.
 *
 * <p>The posterior is truncated to the {@code maxRunLengths} most probable hypotheses: each point
 * adds one hypothesis (a change now) and the least probable one is dropped, so a point costs
 * O(maxRunLengths). The prior of each new run is centred and scaled by an exponentially weighted
 * mean and variance of the values before it (an empirical-Bayes choice that keeps the detector
 * free of the series' units). Mutable; not thread-safe.
 */
final class RunLengthPosterior {
    /** Hypotheses whose posterior is below this are left out of the tail probability. */
    private static final double NEGLIGIBLE_LOG_WEIGHT = Math.log(1e-12);
    private static final double MIN_TAIL = 1e-300;

    private final BocpdParams params;
    private final double logHazard;
    private final double logSurvival;
    private final double priorLogGammaRatio;
    private final double movingAlpha;
    private int n;
    private long[] runLength;
    private double[] logP;
    private double[] mu;
    private double[] kappa;
    private double[] alpha;
    private double[] beta;
    /**
     * logGamma(alpha + 1/2) - logGamma(alpha), the Student-t normaliser; always computed from alpha
     * (not by recursion), so a posterior restored from its state continues bit for bit.
     */
    private double[] logGammaRatio;
    private final double[] logPredictive;
    private double movingMean;
    private double movingVariance;
    private long seen;

    /** One point's verdict, from the posterior before the point was learned. */
    record Prediction(double tailProbability, double mean, double scale) {
    }

    RunLengthPosterior(BocpdParams params, BocpdState state) {
        this.params = params;
        this.logHazard = -Math.log(params.hazardLambda());
        this.logSurvival = Math.log1p(-1.0 / params.hazardLambda());
        this.priorLogGammaRatio = logGammaRatio(params.priorAlpha());
        this.movingAlpha = -Math.expm1(-Math.log(2.0) / params.priorHalfLife());
        int capacity = params.maxRunLengths() + 1;
        n = state.hypotheses();
        if (n > params.maxRunLengths()) {
            throw new IllegalArgumentException("state holds " + n + " hypotheses, more than maxRunLengths="
                    + params.maxRunLengths());
        }
        runLength = java.util.Arrays.copyOf(state.runLength(), capacity);
        logP = java.util.Arrays.copyOf(state.logProbability(), capacity);
        mu = java.util.Arrays.copyOf(state.mu(), capacity);
        kappa = java.util.Arrays.copyOf(state.kappa(), capacity);
        alpha = java.util.Arrays.copyOf(state.alpha(), capacity);
        beta = java.util.Arrays.copyOf(state.beta(), capacity);
        logGammaRatio = new double[capacity];
        for (int i = 0; i < n; i++) {
            logGammaRatio[i] = logGammaRatio(alpha[i]);
        }
        logPredictive = new double[capacity];
        movingMean = state.movingMean();
        movingVariance = state.movingVariance();
        seen = state.seen();
    }

    long seen() {
        return seen;
    }

    BocpdState toState() {
        return new BocpdState(java.util.Arrays.copyOf(runLength, n), java.util.Arrays.copyOf(logP, n),
                java.util.Arrays.copyOf(mu, n), java.util.Arrays.copyOf(kappa, n), java.util.Arrays.copyOf(alpha, n),
                java.util.Arrays.copyOf(beta, n), movingMean, movingVariance, seen);
    }

    /**
     * Judges {@code x} against the predictive of the posterior so far, then learns it. The tail
     * probability is the posterior-weighted chance, under each run's Student-t predictive, of a
     * value at least as far from that run's mean; the mean and scale are those of the most probable
     * run. Returns null for the first value, which has nothing to be judged against.
     */
    Prediction observe(double x) {
        Prediction prediction = n == 0 ? null : predict(x);
        learn(x);
        return prediction;
    }

    private Prediction predict(double x) {
        double floor = scaleFloor();
        int best = 0;
        double logTail = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            double nu = 2 * alpha[i];
            double scale = Math.max(Math.sqrt(beta[i] * (kappa[i] + 1) / (alpha[i] * kappa[i])), floor);
            double t = (x - mu[i]) / scale;
            double t2 = Math.min(t * t, 1e300);
            logPredictive[i] = logGammaRatio[i] - 0.5 * Math.log(nu * Math.PI) - Math.log(scale)
                    - 0.5 * (nu + 1) * Math.log1p(t2 / nu);
            if (logP[i] > logP[best]) {
                best = i;
            }
            if (logP[i] > NEGLIGIBLE_LOG_WEIGHT) {
                double tail = Math.max(Beta.regularizedBeta(nu / (nu + t2), nu / 2, 0.5), MIN_TAIL);
                logTail = logAdd(logTail, logP[i] + Math.log(tail));
            }
        }
        double bestScale = Math.max(Math.sqrt(beta[best] * (kappa[best] + 1) / (alpha[best] * kappa[best])), floor);
        return new Prediction(Math.min(1.0, Math.exp(logTail)), mu[best], bestScale);
    }

    private void learn(double x) {
        updateMoving(x);
        double priorBeta = params.priorAlpha() * Math.max(movingVariance, square(scaleFloor()));
        if (n == 0) {
            set(0, 0L, 0.0, movingMean, params.priorKappa(), params.priorAlpha(), priorBeta, priorLogGammaRatio);
            n = 1;
            return;
        }
        double change = Double.NEGATIVE_INFINITY;
        for (int i = n - 1; i >= 0; i--) {
            double joint = logP[i] + logPredictive[i];
            change = logAdd(change, joint);
            double k = kappa[i];
            double d = x - mu[i];
            set(i + 1, runLength[i] + 1, joint + logSurvival, mu[i] + d / (k + 1), k + 1, alpha[i] + 0.5,
                    beta[i] + k * d * d / (2 * (k + 1)), logGammaRatio(alpha[i] + 0.5));
        }
        set(0, 0L, change + logHazard, movingMean, params.priorKappa(), params.priorAlpha(), priorBeta,
                priorLogGammaRatio);
        n++;
        if (n > params.maxRunLengths()) {
            dropLeastProbable();
        }
        double total = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            total = logAdd(total, logP[i]);
        }
        for (int i = 0; i < n; i++) {
            logP[i] = Math.min(0.0, logP[i] - total);
        }
    }

    private void updateMoving(double x) {
        if (seen == 0) {
            movingMean = x;
            movingVariance = 0.0;
        } else {
            double delta = x - movingMean;
            movingMean += movingAlpha * delta;
            movingVariance = (1 - movingAlpha) * (movingVariance + movingAlpha * delta * delta);
        }
        seen++;
    }

    private double scaleFloor() {
        return Math.max(params.relativeScaleFloor() * Math.abs(movingMean), params.absoluteScaleFloor());
    }

    private void dropLeastProbable() {
        int worst = 0;
        for (int i = 1; i < n; i++) {
            if (logP[i] < logP[worst]) {
                worst = i;
            }
        }
        for (int i = worst; i < n - 1; i++) {
            set(i, runLength[i + 1], logP[i + 1], mu[i + 1], kappa[i + 1], alpha[i + 1], beta[i + 1], logGammaRatio[i + 1]);
        }
        n--;
    }

    private void set(int i, long r, double lp, double m, double k, double a, double b, double lg) {
        runLength[i] = r;
        logP[i] = lp;
        mu[i] = m;
        kappa[i] = k;
        alpha[i] = a;
        beta[i] = b;
        logGammaRatio[i] = lg;
    }

    private static double logGammaRatio(double a) {
        return Gamma.logGamma(a + 0.5) - Gamma.logGamma(a);
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    private static double square(double v) {
        return v * v;
    }
}
