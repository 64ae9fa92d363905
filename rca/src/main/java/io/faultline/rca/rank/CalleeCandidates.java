package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The callee series of one component, which {@link CalleeResiduals} regresses each of the
 * component's series on, with what those regressions share: the candidates aligned to the
 * series' timestamps (again only when a series has other timestamps than the previous one), their
 * baseline moments and centred baselines, and the sums of products of two candidates over the
 * baseline. Each shared value is computed as the regression computed it alone, over the same rows
 * in the same order, so it is the same double; every cache holds for one alignment and one
 * baseline length and is dropped when either changes. Not thread-safe: one per component and case.
 */
final class CalleeCandidates {
    private final List<ComponentSeries> series;
    private long[] alignedTo;
    private double[][] aligned;
    private int base = -1;
    private BaselineMoments[] moments;
    private double[][] centred;
    /** Row-major m x m sums of products over the baseline; NaN where not summed yet. */
    private double[] products;

    CalleeCandidates(List<ComponentSeries> series) {
        this.series = series;
    }

    int size() {
        return series.size();
    }

    /**
     * The candidates' values at the timestamps {@code t} (NaN where one has none), with caches for
     * a baseline of the first {@code base} rows: the same arrays as for the previous call when
     * its timestamps were equal.
     */
    double[][] alignTo(long[] t, int base, Map<double[], BaselineMoments> shared) {
        if (aligned == null || (t != alignedTo && !Arrays.equals(t, alignedTo))) {
            aligned = new double[series.size()][];
            for (int j = 0; j < aligned.length; j++) {
                aligned[j] = align(t, series.get(j).samples());
            }
            alignedTo = t;
            this.base = -1;
        }
        if (base != this.base) {
            this.base = base;
            moments = new BaselineMoments[aligned.length];
            for (int j = 0; j < aligned.length; j++) {
                double[] a = aligned[j];
                moments[j] = shared.compute(a,
                        (key, old) -> old != null && old.base() == base ? old : BaselineMoments.of(a, base));
            }
            centred = new double[aligned.length][];
            products = new double[aligned.length * aligned.length];
            Arrays.fill(products, Double.NaN);
        }
        return aligned;
    }

    BaselineMoments moments(int j) {
        return moments[j];
    }

    /** Candidate j's baseline minus its mean; its moments must be all finite. */
    double[] centred(int j) {
        if (centred[j] == null) {
            centred[j] = moments[j].centred(aligned[j]);
        }
        return centred[j];
    }

    /**
     * Sums the products of every two of {@code chosen} (candidates finite on the whole baseline)
     * not summed yet, several at a time (see {@link CrossProducts#dots}).
     */
    void sumProducts(int[] chosen) {
        int m = aligned.length;
        int[] missing = new int[chosen.length];
        double[][] with = new double[chosen.length][];
        for (int p = 0; p < chosen.length; p++) {
            int a = chosen[p];
            int n = 0;
            for (int q = p; q < chosen.length; q++) {
                if (Double.isNaN(products[a * m + chosen[q]])) {
                    missing[n] = chosen[q];
                    with[n++] = aligned[chosen[q]];
                }
            }
            if (n > 0) {
                double[] sums = CrossProducts.dots(aligned[a], Arrays.copyOf(with, n), base);
                for (int q = 0; q < n; q++) {
                    products[a * m + missing[q]] = sums[q];
                    products[missing[q] * m + a] = sums[q];
                }
            }
        }
    }

    /**
     * {@code sum over i < base of x_a[i] * x_b[i]}, i ascending, for two candidates passed together
     * to {@link #sumProducts} before; a product of equal values commutes exactly, so either order.
     */
    double product(int a, int b) {
        return products[a * aligned.length + b];
    }

    /** The values of {@code s} at the timestamps {@code t}, NaN where it has none. */
    static double[] align(long[] t, SeriesSamples s) {
        long[] st = s.timestampsMs();
        double[] sv = s.values();
        if (Arrays.equals(t, st)) {
            return sv;
        }
        double[] out = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            int at = Arrays.binarySearch(st, t[i]);
            out[i] = at >= 0 ? sv[at] : Double.NaN;
        }
        return out;
    }
}
