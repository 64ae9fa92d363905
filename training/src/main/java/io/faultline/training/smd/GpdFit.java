package io.faultline.training.smd;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * A generalised Pareto distribution fitted to excesses Y > 0, with survival function
 * {@code (1 + gamma y / sigma)^(-1/gamma)} ({@code exp(-y / sigma)} at gamma = 0).
 * Two estimators, both discussed by Siffer et al., "Anomaly Detection in Streams with Extreme Value
 * Theory" (KDD 2017):
 * <ul>
 *   <li>{@link #grimshaw}: maximum likelihood by Grimshaw's trick (Grimshaw, "Computing Maximum
 *   Likelihood Estimates for the Generalized Pareto Distribution", Technometrics 1993). The likelihood
 *   equations reduce to one unknown x = gamma / sigma, a root of
 *   {@code w(x) = u(x) v(x) - 1} with {@code u(x) = mean(1 / (1 + x Y))} and
 *   {@code v(x) = 1 + mean(log(1 + x Y))}; then {@code gamma = v(x) - 1} and {@code sigma = gamma / x}.
 *   Roots are sought in Grimshaw's bounds {@code (-1/Y_max, 0)} and {@code (0, 2 (mean - Y_min) / Y_min^2]}
 *   by a sign-change scan on grids that are geometric towards each end (roots may sit near 0 or near
 *   -1/Y_max, and the right bound can be huge), refined with Brent's method; the candidate of highest
 *   log-likelihood wins, the exponential fit (gamma = 0, sigma = mean) included. Starting the positive
 *   search at {@code 2 (mean - Y_min) / (mean Y_min)}, as Siffer et al.'s reference code does, missed
 *   the likelihood maximum on SMD reconstruction errors (a root near 0.3 below a bound near 491 on
 *   machine-1-7), so the search here starts near 0.</li>
 *   <li>{@link #moments}: with m the mean and s2 the sample variance (n - 1) of the excesses,
 *   {@code gamma = (1 - m^2 / s2) / 2} and {@code sigma = m (1 + m^2 / s2) / 2}; valid for gamma &lt; 1/2.
 *   When s2 = 0 it falls back to the exponential fit.</li>
 * </ul>
 *
 * @param gamma the shape (extreme value index)
 * @param sigma the scale, > 0
 */
public record GpdFit(double gamma, double sigma) {
    private static final int SCAN_POINTS = 500;
    private static final int GRID_DECADES = 9;

    public GpdFit {
        if (!Double.isFinite(gamma)) {
            throw new IllegalArgumentException("gamma must be finite, was " + gamma);
        }
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("sigma must be finite and > 0, was " + sigma);
        }
    }

    /** Maximum-likelihood fit (Grimshaw's trick). Needs at least one excess, all finite and > 0. */
    public static GpdFit grimshaw(double[] excesses) {
        check(excesses);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        double mean = 0;
        for (double y : excesses) {
            min = Math.min(min, y);
            max = Math.max(max, y);
            mean += y / excesses.length;
        }
        List<Double> roots = new ArrayList<>();
        double[] left = new double[2 * SCAN_POINTS + 2];
        for (int i = 0; i <= SCAN_POINTS; i++) {
            double f = Math.pow(10, -GRID_DECADES + GRID_DECADES * (double) i / SCAN_POINTS);
            left[2 * i] = -f / max;
            left[2 * i + 1] = -(1 - f) / max;
        }
        roots.addAll(roots(excesses, left));
        if (mean > min) {
            double low = Math.pow(10, -GRID_DECADES) / max;
            double high = 2 * (mean - min) / (min * min);
            if (high > low) {
                double[] right = new double[SCAN_POINTS + 1];
                for (int i = 0; i <= SCAN_POINTS; i++) {
                    right[i] = low * Math.pow(high / low, (double) i / SCAN_POINTS);
                }
                roots.addAll(roots(excesses, right));
            }
        }
        GpdFit best = new GpdFit(0, mean);
        double bestLikelihood = best.logLikelihood(excesses);
        for (double x : roots) {
            double gamma = meanLog(excesses, x);
            double sigma = gamma / x;
            if (gamma == 0 || !(sigma > 0) || !Double.isFinite(sigma)) {
                continue;
            }
            GpdFit candidate = new GpdFit(gamma, sigma);
            double likelihood = candidate.logLikelihood(excesses);
            if (likelihood > bestLikelihood) {
                best = candidate;
                bestLikelihood = likelihood;
            }
        }
        return best;
    }

    /** Method-of-moments fit. Needs at least two excesses, all finite and > 0. */
    public static GpdFit moments(double[] excesses) {
        check(excesses);
        if (excesses.length < 2) {
            throw new IllegalArgumentException("the method of moments needs at least 2 excesses, had 1");
        }
        double mean = 0;
        for (double y : excesses) {
            mean += y / excesses.length;
        }
        double squares = 0;
        for (double y : excesses) {
            squares += (y - mean) * (y - mean);
        }
        double variance = squares / (excesses.length - 1);
        if (variance == 0) {
            return new GpdFit(0, mean);
        }
        double ratio = mean * mean / variance;
        return new GpdFit((1 - ratio) / 2, mean * (1 + ratio) / 2);
    }

    /** Log-likelihood of the excesses; -infinity when one lies outside the support. */
    public double logLikelihood(double[] excesses) {
        double sum = 0;
        if (gamma == 0) {
            for (double y : excesses) {
                sum += y;
            }
            return -excesses.length * Math.log(sigma) - sum / sigma;
        }
        for (double y : excesses) {
            double s = 1 + gamma * y / sigma;
            if (!(s > 0)) {
                return Double.NEGATIVE_INFINITY;
            }
            sum += Math.log(s);
        }
        return -excesses.length * Math.log(sigma) - (1 + 1 / gamma) * sum;
    }

    /** Roots of w between consecutive grid points where w changes sign (the grid is sorted here). */
    private static List<Double> roots(double[] y, double[] grid) {
        double max = Arrays.stream(y).max().orElseThrow();
        double[] xs = Arrays.stream(grid).filter(x -> x != 0 && Double.isFinite(x) && 1 + x * max > 0)
                .sorted().distinct().toArray();
        List<Double> out = new ArrayList<>();
        double previous = w(y, xs[0]);
        for (int i = 1; i < xs.length; i++) {
            double a = previous;
            double b = w(y, xs[i]);
            previous = b;
            if (Double.isFinite(a) && Double.isFinite(b) && a != 0 && b != 0 && Math.signum(a) != Math.signum(b)) {
                BrentSolver solver = new BrentSolver(1e-14, (xs[i] - xs[i - 1]) * 1e-9, 1e-15);
                out.add(solver.solve(200, t -> w(y, t), xs[i - 1], xs[i]));
            } else if (b == 0) {
                out.add(xs[i]);
            }
        }
        return out;
    }

    private static double w(double[] y, double x) {
        double u = 0;
        for (double v : y) {
            u += 1 / (1 + x * v);
        }
        return u / y.length * (1 + meanLog(y, x)) - 1;
    }

    private static double meanLog(double[] y, double x) {
        double sum = 0;
        for (double v : y) {
            sum += Math.log1p(x * v);
        }
        return sum / y.length;
    }

    private static void check(double[] excesses) {
        if (excesses.length == 0) {
            throw new IllegalArgumentException("a GPD fit needs at least 1 excess, had 0");
        }
        for (int i = 0; i < excesses.length; i++) {
            if (!(excesses[i] > 0) || Double.isInfinite(excesses[i])) {
                throw new IllegalArgumentException("excess " + i + " must be finite and > 0, was " + excesses[i]);
            }
        }
    }
}
