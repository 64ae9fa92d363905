package io.faultline.models.iforest;

import java.util.SplittableRandom;

/**
 * One isolation tree, stored as parallel arrays (node i: split dimension, split value, children; a
 * leaf has dimension -1 and keeps its size). Built on a sample of row indices: each node picks a
 * dimension at random among those not constant in the node and a split uniformly between their
 * minimum and maximum, until a node holds one row, all its rows are equal, or the depth limit is hit.
 */
final class IsolationTree {
    private final int[] dimension;
    private final double[] split;
    private final int[] left;
    private final int[] right;
    private final int[] size;
    private int nodes;

    private IsolationTree(int capacity) {
        dimension = new int[capacity];
        split = new double[capacity];
        left = new int[capacity];
        right = new int[capacity];
        size = new int[capacity];
    }

    static IsolationTree build(double[][] rows, int[] sample, int depthLimit, SplittableRandom random) {
        IsolationTree tree = new IsolationTree(2 * sample.length);
        tree.grow(rows, sample.clone(), 0, sample.length, 0, depthLimit, random);
        return tree;
    }

    /** Grows the node over {@code idx[from, to)} and returns its index. */
    private int grow(double[][] rows, int[] idx, int from, int to, int depth, int depthLimit, SplittableRandom random) {
        int node = nodes++;
        dimension[node] = -1;
        size[node] = to - from;
        if (to - from <= 1 || depth >= depthLimit) {
            return node;
        }
        int dims = rows[idx[from]].length;
        int[] candidates = new int[dims];
        double[] min = new double[dims];
        double[] max = new double[dims];
        int usable = 0;
        for (int d = 0; d < dims; d++) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (int i = from; i < to; i++) {
                lo = Math.min(lo, rows[idx[i]][d]);
                hi = Math.max(hi, rows[idx[i]][d]);
            }
            if (hi > lo) {
                candidates[usable] = d;
                min[usable] = lo;
                max[usable] = hi;
                usable++;
            }
        }
        if (usable == 0) {
            return node;
        }
        int pick = random.nextInt(usable);
        int d = candidates[pick];
        double value = min[pick] + random.nextDouble() * (max[pick] - min[pick]);
        int mid = from;
        for (int i = from; i < to; i++) {
            if (rows[idx[i]][d] < value) {
                int t = idx[i];
                idx[i] = idx[mid];
                idx[mid++] = t;
            }
        }
        if (mid == from) {
            return node; // the draw hit the minimum exactly (probability ~0): keep a leaf rather than an empty side
        }
        dimension[node] = d;
        split[node] = value;
        left[node] = grow(rows, idx, from, mid, depth + 1, depthLimit, random);
        right[node] = grow(rows, idx, mid, to, depth + 1, depthLimit, random);
        return node;
    }

    /** h(x): the depth of the leaf x falls into plus c(size of that leaf), Liu et al.'s adjustment. */
    double pathLength(double[] row) {
        int node = 0;
        int depth = 0;
        while (dimension[node] >= 0) {
            node = row[dimension[node]] < split[node] ? left[node] : right[node];
            depth++;
        }
        return depth + averagePath(size[node]);
    }

    /** c(n) = 2 H(n - 1) - 2 (n - 1) / n, the mean path length of an unsuccessful search in a BST of n keys. */
    static double averagePath(int n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1) + 0.5772156649015329) - 2.0 * (n - 1) / n;
    }
}
