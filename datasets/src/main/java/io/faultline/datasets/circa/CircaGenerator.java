package io.faultline.datasets.circa;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * CIRCA's simulated root-cause cases (Li et al., "Causal Inference-Based Root Cause Analysis for Online Service
 * Systems with Intervention Recognition", KDD 2022; {@code circa/experiment/simulation}), seeded.
 *
 * <p>Per case: a {@link CausalDag} with the SLI {@code n0} as its only sink; noise sigmas {@code s_i ~ Exp(1)}
 * (times {@code noiseScale}); and the linear structural model
 * {@code x_i(t) = sum_{j in pa(i)} w_ij x_j(t - lag) + beta x_i(t - 1) + s_i (e_i(t) + f_i(t))},
 * {@code e ~ N(0, 1)}, which with {@code lag = 0} is CIRCA's {@code x(t) = (I - A)^-1 (beta x(t - 1) + s e(t))}.
 * After {@code lengthNormal} steps, {@code min(1 + Poisson(1), nodes)} root causes are drawn uniformly (the
 * SLI among them) and their noise is shifted by {@code f_i = alpha_i}, {@code alpha_i ~ Exp(1)}, for
 * {@code faultDuration} steps; alpha is doubled until the SLI leaves its normal mean by more than
 * {@code tau} normal standard deviations, then the case runs on unfaulted to {@code lengthAbnormal} steps.
 * Every series is standardised by its normal period and rounded to 3 decimals.
 *
 * <p>Two departures from CIRCA, both to keep the truth honest: the SLI check uses the very noise of the faulty
 * steps (CIRCA draws a separate one), and with {@code lag > 0} it looks at every step the fault can reach the
 * SLI by ({@code faultDuration + lag x depth}) rather than the first alone. CIRCA also shares one graph over
 * 100 cases (10 graphs per size); here every case draws its own graph from its seed.
 *
 * <p>Everything comes from {@code new Random(seed)}: the same params and seed give the same case.
 */
public final class CircaGenerator {
    /** The metric name of every node's series. */
    public static final String METRIC = "value";
    /** The label that names a series' node. */
    public static final String NODE_LABEL = "service";

    private static final int MAX_DOUBLINGS = 64;

    private final CircaParams params;

    public CircaGenerator(CircaParams params) {
        if (params == null) {
            throw new IllegalArgumentException("params are required");
        }
        this.params = params;
    }

    public CircaParams params() {
        return params;
    }

    /** The node names for {@code n} nodes: {@code n0} (the SLI) to {@code n<n-1>}. */
    public static List<String> nodeNames(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("n" + i);
        }
        return names;
    }

    /** The case of this seed. */
    public CircaCase generate(long seed) {
        return generate(seed, true);
    }

    /** The case of this seed; without the fault, every random draw is the same but no noise is shifted. */
    CircaCase generate(long seed, boolean injectFault) {
        Random rng = new Random(seed);
        CausalDag dag = CausalDag.random(params, rng);
        int n = dag.size();
        double[] sigma = new double[n];
        for (int i = 0; i < n; i++) {
            sigma[i] = params.noiseScale() * exponential(rng);
        }
        double[] initial = new double[n];
        for (int i = 0; i < n; i++) {
            initial[i] = rng.nextGaussian() * sigma[i];
        }
        int normal = params.lengthNormal();
        int total = normal + params.lengthAbnormal();
        double[][] x = new double[total][];
        double[] none = new double[n];
        for (int t = 0; t < normal; t++) {
            x[t] = step(dag, x, initial, t, sigma, gaussians(rng, n), none);
        }
        double sliMean = mean(x, 0, 0, normal);
        double sliStd = std(x, 0, 0, normal, sliMean);

        int causeCount = Math.min(1 + poisson1(rng), n);
        int[] causes = choose(rng, n, causeCount);
        double[] alpha = new double[causeCount];
        for (int k = 0; k < causeCount; k++) {
            alpha[k] = exponential(rng);
        }
        double[][] noise = new double[params.lengthAbnormal()][];
        for (int t = 0; t < noise.length; t++) {
            noise[t] = gaussians(rng, n);
        }
        int checked = Math.min(params.lengthAbnormal(), params.faultDuration() + params.lag() * maxDepth(dag, causes));
        double[] fault = new double[n];
        for (int doubling = 0; ; doubling++) {
            for (int k = 0; k < causeCount; k++) {
                fault[causes[k]] = alpha[k];
            }
            runAbnormal(dag, x, initial, sigma, noise, fault);
            if (sliLeaves(x, normal, checked, sliMean, sliStd)) {
                break;
            }
            if (doubling == MAX_DOUBLINGS) {
                throw new IllegalStateException("seed " + seed + ": the fault on " + Arrays.toString(causes)
                        + " does not move the SLI beyond " + params.tau() + " sigma within " + checked + " steps");
            }
            for (int k = 0; k < causeCount; k++) {
                alpha[k] *= 2;
            }
        }
        if (!injectFault) {
            runAbnormal(dag, x, initial, sigma, noise, new double[n]);
        }
        return assemble(seed, dag, x, sigma, causes, alpha);
    }

    private void runAbnormal(CausalDag dag, double[][] x, double[] initial, double[] sigma, double[][] noise,
                             double[] fault) {
        double[] none = new double[fault.length];
        for (int s = 0; s < noise.length; s++) {
            int t = params.lengthNormal() + s;
            x[t] = step(dag, x, initial, t, sigma, noise[s], s < params.faultDuration() ? fault : none);
        }
    }

    /** Row {@code t}: causes have higher indices than their effects, so descending order is topological. */
    private double[] step(CausalDag dag, double[][] x, double[] initial, int t, double[] sigma, double[] e,
                          double[] fault) {
        int n = dag.size();
        double[] row = new double[n];
        double[] parentsRow = t - params.lag() < 0 ? initial : params.lag() == 0 ? row : x[t - params.lag()];
        double[] previous = t == 0 ? initial : x[t - 1];
        for (int i = n - 1; i >= 0; i--) {
            double v = params.beta() * previous[i] + sigma[i] * (e[i] + fault[i]);
            for (int c = i + 1; c < n; c++) {
                double w = dag.weight(i, c);
                if (w != 0) {
                    v += w * parentsRow[c];
                }
            }
            row[i] = v;
        }
        return row;
    }

    private boolean sliLeaves(double[][] x, int from, int steps, double mean, double std) {
        for (int t = from; t < from + steps; t++) {
            if (Math.abs(x[t][0] - mean) > params.tau() * std) {
                return true;
            }
        }
        return false;
    }

    private CircaCase assemble(long seed, CausalDag dag, double[][] x, double[] sigma, int[] causes, double[] alpha) {
        int n = dag.size();
        int normal = params.lengthNormal();
        List<String> names = nodeNames(n);
        long[] times = new long[x.length];
        for (int t = 0; t < times.length; t++) {
            times[t] = params.startEpochMs() + t * params.stepMs();
        }
        List<SeriesSamples> series = new ArrayList<>(n);
        double[] stds = new double[n];
        for (int i = 0; i < n; i++) {
            double mean = mean(x, i, 0, normal);
            double std = std(x, i, 0, normal, mean);
            // StandardScaler leaves a constant column unscaled.
            stds[i] = std == 0 ? 1 : std;
            double[] values = new double[x.length];
            for (int t = 0; t < x.length; t++) {
                values[t] = Math.round((x[t][i] - mean) / stds[i] * 1000) / 1000.0;
            }
            series.add(new SeriesSamples(SeriesKey.of(METRIC, NODE_LABEL, names.get(i)), times.clone(), values));
        }
        int[] sorted = causes.clone();
        Arrays.sort(sorted);
        Set<String> roots = new LinkedHashSet<>();
        Map<String, Double> shifts = new LinkedHashMap<>();
        for (int c : sorted) {
            roots.add(names.get(c));
        }
        for (int k = 0; k < causes.length; k++) {
            shifts.put(names.get(causes[k]), alpha[k] * sigma[causes[k]] / stds[causes[k]]);
        }
        return new CircaCase(seed, names, dag.edges(names), series, times[normal], times[x.length - 1], roots, shifts);
    }

    private static int maxDepth(CausalDag dag, int[] causes) {
        int depth = 0;
        for (int c : causes) {
            depth = Math.max(depth, dag.depth(c));
        }
        return depth;
    }

    private static double mean(double[][] x, int col, int from, int to) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            sum += x[t][col];
        }
        return sum / (to - from);
    }

    /** Population standard deviation, as numpy's and StandardScaler's. */
    private static double std(double[][] x, int col, int from, int to, double mean) {
        double sum = 0;
        for (int t = from; t < to; t++) {
            double d = x[t][col] - mean;
            sum += d * d;
        }
        return Math.sqrt(sum / (to - from));
    }

    private static double[] gaussians(Random rng, int n) {
        double[] e = new double[n];
        for (int i = 0; i < n; i++) {
            e[i] = rng.nextGaussian();
        }
        return e;
    }

    private static double exponential(Random rng) {
        return -Math.log(1 - rng.nextDouble());
    }

    /** A Poisson(1) draw by Knuth's multiplication method. */
    private static int poisson1(Random rng) {
        double limit = Math.exp(-1);
        double p = rng.nextDouble();
        int k = 0;
        while (p > limit) {
            p *= rng.nextDouble();
            k++;
        }
        return k;
    }

    /** {@code k} distinct indices below {@code n}, uniformly, by a partial Fisher-Yates shuffle. */
    private static int[] choose(Random rng, int n, int k) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < k; i++) {
            int j = i + rng.nextInt(n - i);
            int tmp = all[i];
            all[i] = all[j];
            all[j] = tmp;
        }
        return Arrays.copyOf(all, k);
    }
}
