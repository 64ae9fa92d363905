package io.faultline.models.artime;

import java.util.ArrayList;
import java.util.List;

/**
 * ARTime (Mark Hampton, 2022; NAB's best published detector, 74.9 / 65.1 / 80.4): wavelet features of
 * the downsampled series ({@link ArtimeFeatures}) are clustered by a dual-vigilance fuzzy ART network
 * ({@link DvfaNetwork}); an input that starts a new cluster is an anomaly, unless it comes soon after
 * another one or after a new category and is not much less similar than the last anomaly. The
 * vigilances are set from the probation period (a replay of it, its inputs ordered from least to most
 * typical, through a network at 0.8) and then follow the similarities seen: the upper one their running
 * mean (at most 0.97), the lower one creeping towards the trend window's smallest similarity, or down
 * when anomalies drag it. Scores are 0 except at anomalies, where they grow with how far below both
 * vigilances the match fell and with the energy mismatch.
 *
 * <p>Reimplemented in Java from the algorithm of ARTimeNAB.jl (https://github.com/markNZed/ARTimeNAB.jl,
 * AGPL-3.0; its DVFA is derived from AdaptiveResonance.jl, MIT): no code text is taken, the constants are
 * the published detector's. The probation period is given in points, as NAB computes it from the file's
 * length; the value range is given and may be widened later ({@link #rescale}). Not thread-safe.
 */
public final class ArtimeCore {
    private static final int WINDOW = 8;
    private static final int WINDOWS_PER_PROBATION = 13;
    private static final int LEVELS = 80;
    private static final double CHOMP = 0.075;
    private static final double INITIAL_RHO = 0.80;

    private final int step;
    private final int trendWindow;
    private final int mask;
    private final ArtimeFeatures features;
    private final DvfaNetwork art = new DvfaNetwork(2 * WINDOW, 0, 0);
    private final List<double[]> probation = new ArrayList<>();
    private final List<Double> anomalySimilarities = new ArrayList<>();
    private final SlidingWindow similarities;
    private final SlidingWindow shortfalls;
    private double matchMean;
    private long matchCount;
    private int lastAnomaly;
    private double lastAnomalyMatch;
    private int lastVigilanceUpdate;
    private boolean maskAfterCategory;
    private int withoutNewCategory;

    /**
     * @param min       the smallest value expected
     * @param max       the largest value expected
     * @param probation points before scoring starts (NAB: 15 % of the file, at most 750), >= 2
     */
    public ArtimeCore(double min, double max, int probation) {
        int even = probation - probation % 2;
        this.step = Math.max(1, even / (WINDOW * WINDOWS_PER_PROBATION));
        this.trendWindow = even / step;
        this.mask = WINDOW * 3 / 2;
        this.features = new ArtimeFeatures(step, WINDOW, LEVELS, CHOMP, min, max);
        this.similarities = new SlidingWindow(trendWindow / 2 + 1, 1.0);
        this.shortfalls = new SlidingWindow(trendWindow + 1, 0.0);
    }

    double min() {
        return features.min();
    }

    double max() {
        return features.max();
    }

    /** Takes the next value; returns its anomaly score in [0, 1], 0 for an ordinary point. */
    public double score(double value) {
        double[] f = features.accept(value);
        if (f == null) {
            return 0;
        }
        int i = features.downsampled();
        if (i > trendWindow) {
            return detect(f, i);
        }
        probation.add(f);
        if (i == trendWindow) {
            double rho = initialVigilance();
            art.setVigilance(rho, rho);
            for (int k = 0; k < probation.size(); k++) {
                detect(probation.get(k), k + 1);
            }
            probation.clear();
        }
        return 0;
    }

    /** Widens the value range; what was learned is mapped onto the new one. */
    void rescale(double newMin, double newMax) {
        double oldWidth = features.max() - features.min();
        double newWidth = newMax - newMin;
        if (newWidth > 0) {
            // the wavelet half is scaled per window, so only the raw levels move
            remapRawFeatures(oldWidth / newWidth, (features.min() - newMin) / newWidth);
        }
        features.rescale(newMin, newMax);
    }

    private void remapRawFeatures(double scale, double shift) {
        art.remapRaw(WINDOW, 2 * WINDOW, scale, shift);
        for (double[] f : probation) {
            for (int k = WINDOW; k < 2 * WINDOW; k++) {
                f[k] = Math.max(0, Math.min(1, f[k] * scale + shift));
            }
        }
    }

    private double detect(double[] f, int i) {
        boolean updateAfterAnomaly = i - lastAnomaly == mask;
        boolean updateForTrend = i - lastVigilanceUpdate >= trendWindow / 2;
        boolean maskAfterAnomaly = i - lastAnomaly <= mask;
        if (i > trendWindow + mask && maskAfterCategory && withoutNewCategory >= mask) {
            maskAfterCategory = false;
        }
        int category = i < WINDOW ? trainWithoutLearning(f) : art.train(f, true);
        withoutNewCategory = category == DvfaNetwork.NOVEL ? 0 : withoutNewCategory + 1;
        double match = art.lastMatch();
        matchCount++;
        matchMean += (match - matchMean) / matchCount;
        similarities.add(match);
        shortfalls.add(art.upperVigilance() - match);
        int last = anomalySimilarities.size() - 1;
        if (i - lastAnomaly < mask && last >= 0 && match < anomalySimilarities.get(last)) {
            anomalySimilarities.set(last, match);
        }
        boolean masking = maskAfterCategory || maskAfterAnomaly;
        boolean belowLast = match < lastAnomalyMatch * (maskAfterAnomaly ? 0.90 : 0.70);
        double anomaly = 0;
        if (i > trendWindow && category == DvfaNetwork.NOVEL && (!masking || belowLast)) {
            anomaly = confidence(match, art.lastEnergy());
            anomalySimilarities.add(match);
            lastAnomalyMatch = match;
            lastAnomaly = i;
        }
        maskAfterCategory = category == DvfaNetwork.NOVEL || maskAfterCategory;
        if (i > trendWindow && (updateAfterAnomaly || updateForTrend)) {
            adaptVigilance(i);
            lastVigilanceUpdate = i;
            maskAfterCategory = true;
        }
        return anomaly;
    }

    private int trainWithoutLearning(double[] f) {
        art.train(f, false);
        return DvfaNetwork.NOVEL;
    }

    private void adaptVigilance(int i) {
        double upper = Math.min(0.97, matchMean);
        double lower = art.lowerVigilance();
        double smallest = similarities.min();
        if (lower <= smallest) {
            lower += (smallest - lower) * 0.19;
        } else {
            double decrease = i > trendWindow * 2 ? shortfalls.meanAbove(0.05, 0.37) : 0;
            lower -= Math.max(0.01, decrease) / 2;
            if (!anomalySimilarities.isEmpty()) {
                double sum = 0;
                for (double s : anomalySimilarities) {
                    sum += s;
                }
                lower = Math.max(sum / anomalySimilarities.size(), lower);
            }
        }
        art.setVigilance(Math.min(upper, lower), upper);
    }

    private double confidence(double match, double energy) {
        double fs = Math.min(0.999, match);
        double ub = ((1 - fs) - (1 - art.upperVigilance())) / (1 - fs);
        double lb = ((1 - fs) - (1 - art.lowerVigilance())) / (1 - fs);
        double s = (ub * 0.35 + lb * 0.65) + (1.0 - energy) * 1.5;
        s = Math.min(1.0, s);
        return Math.rint(s * 1e6) / 1e6;
    }

    /**
     * The starting vigilance: the probation's complete-window inputs, ordered by their summed
     * similarity to the others (least typical first), through a fresh network at 0.8; the mean match
     * of the second half of that replay.
     */
    private double initialVigilance() {
        List<double[]> xs = probation.subList(WINDOW - 1, trendWindow);
        int n = xs.size();
        double[][] sim = new double[n][n];
        for (int a = 0; a < n; a++) {
            sim[a][a] = 1;
            for (int b = 0; b < a; b++) {
                double s = similarity(xs.get(a), xs.get(b));
                sim[a][b] = s;
                sim[b][a] = s;
            }
        }
        Integer[] order = new Integer[n];
        double[] sums = new double[n];
        for (int a = 0; a < n; a++) {
            order[a] = a;
            double sum = 0;
            for (int b = 0; b < n; b++) {
                sum += sim[b][a];
            }
            sums[a] = sum;
        }
        java.util.Arrays.sort(order, (a, b) -> {
            int c = Double.compare(sums[a], sums[b]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        DvfaNetwork trial = new DvfaNetwork(2 * WINDOW, INITIAL_RHO, INITIAL_RHO);
        double sum = 0;
        int count = 0;
        int from = trendWindow / 2; // 1-based index into the replay's matches, as ARTime averages them
        for (int k = 0; k < n; k++) {
            trial.train(xs.get(order[k]), true);
            if (k + 1 >= from) {
                sum += trial.lastMatch();
                count++;
            }
        }
        return count == 0 ? INITIAL_RHO : sum / count;
    }

    /** Close to cosine similarity; against a zero vector, one minus the other's norm. */
    private static double similarity(double[] a, double[] b) {
        double na = 0;
        double nb = 0;
        double dot = 0;
        for (int k = 0; k < a.length; k++) {
            na += a[k] * a[k];
            nb += b[k] * b[k];
            dot += a[k] * b[k];
        }
        na = Math.sqrt(na);
        nb = Math.sqrt(nb);
        if (na == 0) {
            return 1 - nb;
        }
        if (nb == 0) {
            return 1 - na;
        }
        return dot / (na * nb);
    }
}
