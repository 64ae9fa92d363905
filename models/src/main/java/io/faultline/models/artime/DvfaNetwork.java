package io.faultline.models.artime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A dual-vigilance fuzzy ART network (DVFA: L. E. Brito da Silva, I. Elnabarawy, D. C. Wunsch, "Dual
 * vigilance fuzzy adaptive resonance theory", Neural Networks 109, 2019) in the variant ARTime uses.
 * Inputs in [0, 1] are complement coded; a category's match is its fuzzy-ART similarity cubed times the
 * square of its "energy" similarity (the last feature, the newest level, and its complement). Every
 * category matching at or above the upper vigilance learns (fast commit: its weights become the
 * element-wise minimum); failing that, the best one above the lower vigilance spawns a new category of
 * the same cluster; failing that, the input starts a new cluster, which is what ARTime calls novel.
 * The first input only creates an all-ones category, as in AdaptiveResonance.jl. Not thread-safe.
 */
final class DvfaNetwork {
    /** The label returned when an input started a new cluster (or could not learn). */
    static final int NOVEL = -1;

    private final int dim;
    private final List<double[]> weights = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private int clusters;
    private double lowerVigilance;
    private double upperVigilance;
    private double[] match = new double[16];
    private double[] energy = new double[16];
    private double[][] learned = new double[16][];
    private Integer[] order = new Integer[16];
    private double lastMatch;
    private double lastEnergy;

    DvfaNetwork(int dim, double lowerVigilance, double upperVigilance) {
        this.dim = dim;
        setVigilance(lowerVigilance, upperVigilance);
    }

    void setVigilance(double lower, double upper) {
        this.lowerVigilance = lower;
        this.upperVigilance = upper;
    }

    double lowerVigilance() {
        return lowerVigilance;
    }

    double upperVigilance() {
        return upperVigilance;
    }

    /** The best category's match for the last input (0 when none matched above 0). */
    double lastMatch() {
        return lastMatch;
    }

    /** The best category's energy similarity for the last input. */
    double lastEnergy() {
        return lastEnergy;
    }

    int categories() {
        return weights.size();
    }

    /** Presents one input of {@code dim} values in [0, 1]; returns its cluster label or {@link #NOVEL}. */
    int train(double[] features, boolean learning) {
        double[] x = new double[2 * dim];
        for (int k = 0; k < dim; k++) {
            x[k] = features[k];
            x[dim + k] = 1 - features[k];
        }
        if (weights.isEmpty()) {
            double[] ones = new double[2 * dim];
            Arrays.fill(ones, 1.0);
            weights.add(ones);
            labels.add(1);
            clusters = 1;
            lastMatch = 0;
            lastEnergy = 0;
            return 1;
        }
        int n = weights.size();
        activate(x, n);
        sortDescending(n);
        double maxMatch = 0;
        double maxEnergy = 0;
        boolean mismatch = true;
        int label = NOVEL;
        for (int r = 0; r < n; r++) {
            int j = order[r];
            double m = match[j];
            if (m > maxMatch) {
                maxEnergy = energy[j];
                maxMatch = m;
            }
            if (!learning) {
                continue;
            }
            if (m >= upperVigilance) {
                System.arraycopy(learned[j], 0, weights.get(j), 0, 2 * dim);
                if (m >= maxMatch) {
                    label = labels.get(j);
                }
                mismatch = false;
            } else if (m >= lowerVigilance && mismatch) {
                if (m >= maxMatch) {
                    label = labels.get(j);
                }
                labels.add(label);
                weights.add(x);
                mismatch = false;
                break;
            } else {
                break;
            }
        }
        lastMatch = maxMatch;
        lastEnergy = maxEnergy;
        if (mismatch && learning) {
            label = NOVEL;
            labels.add(++clusters);
            weights.add(x);
        }
        return label;
    }

    /** Maps every category's weights from the old normalised range to a new one (see {@link ArtimeCore#rescale}). */
    void remapRaw(int from, int to, double scale, double shift) {
        for (double[] w : weights) {
            for (int k = from; k < to; k++) {
                w[k] = clamp(w[k] * scale + shift);
                // the complement holds 1 - max: map the max and complement again
                w[dim + k] = clamp(1 - ((1 - w[dim + k]) * scale + shift));
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private void activate(double[] x, int n) {
        if (match.length < n) {
            int size = Math.max(n, 2 * match.length);
            match = Arrays.copyOf(match, size);
            energy = Arrays.copyOf(energy, size);
            learned = Arrays.copyOf(learned, size);
            order = Arrays.copyOf(order, size);
        }
        int last = dim - 1;
        for (int j = 0; j < n; j++) {
            double[] w = weights.get(j);
            double[] em = learned[j];
            if (em == null) {
                em = new double[2 * dim];
                learned[j] = em;
            }
            double numerator = 0;
            double norm = 0;
            for (int k = 0; k < 2 * dim; k++) {
                em[k] = Math.min(x[k], w[k]);
                numerator += em[k];
                norm += w[k];
            }
            if (norm == 0) {
                norm = 0.001;
            }
            double fs = numerator / norm;
            // 0/0 (a category spanning the whole range in its last feature) stays NaN, as in ARTime
            double es = (em[last] + em[dim + last]) / (w[last] + w[dim + last]);
            match[j] = fs * fs * fs * (es * es);
            energy[j] = es;
        }
    }

    /** Indices by match, largest first, ties by index; NaN sorts first, as Julia's reverse order puts it. */
    private void sortDescending(int n) {
        for (int j = 0; j < n; j++) {
            order[j] = j;
        }
        Arrays.sort(order, 0, n, (a, b) -> {
            double ma = match[a];
            double mb = match[b];
            boolean na = Double.isNaN(ma);
            boolean nb = Double.isNaN(mb);
            if (na || nb) {
                return na && nb ? Integer.compare(a, b) : (na ? -1 : 1);
            }
            int c = Double.compare(mb, ma);
            return c != 0 ? c : Integer.compare(a, b);
        });
    }
}
