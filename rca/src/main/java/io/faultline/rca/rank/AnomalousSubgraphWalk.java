package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ServiceGraph;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Personalised PageRank over the anomalous subgraph, as MicroRCA ranks (Wu, Tordsson, Elmroth and Kao,
 * "MicroRCA: Root Cause Localization of Performance Issues in Microservices", NOMS 2020): the nodes are
 * the anomalous components, an edge runs along each call (caller to callee: a symptom points at what
 * it depends on) weighted by the absolute correlation of the two components' strongest series over
 * the recent window, and a weaker edge runs back ({@code backward} times the correlation); each node
 * also keeps a self-loop as strong as its own score's share of the largest, so that a strongly deviating
 * component with no anomalous callee holds the walk. The walk restarts with probability
 * {@code restart} at a node in proportion to its anomaly score. The stationary probability is high where
 * the anomalous callers' paths converge: the culprit, when symptoms spread up the call graph from it.
 *
 * <p>Deterministic: power iteration for a fixed number of steps. Stateless.
 */
final class AnomalousSubgraphWalk {
    private static final int ITERATIONS = 60;
    /** Points of the recent window the edge correlations are computed on. */
    private static final int WINDOW = 60;

    private final double restart;
    private final double backward;

    AnomalousSubgraphWalk(double restart, double backward) {
        if (!(restart > 0 && restart <= 1)) {
            throw new IllegalArgumentException("restart must be in (0, 1], was " + restart);
        }
        if (!(backward >= 0 && backward <= 1)) {
            throw new IllegalArgumentException("backward must be in 0..1, was " + backward);
        }
        this.restart = restart;
        this.backward = backward;
    }

    /**
     * The walk's stationary probability per component, times the number of components (1 on average).
     *
     * @param components the anomalous components, in a fixed order
     * @param scores     each one's anomaly score (> 0), used as the restart distribution and self-loops
     * @param strongest  each one's strongest series, for the edge correlations (may be absent)
     * @param endMs      the end of the window the correlations look at
     */
    double[] walk(List<String> components, double[] scores, Map<String, SeriesSamples> strongest, ServiceGraph graph,
                  long endMs) {
        int n = components.size();
        double[] out = new double[n];
        if (n == 0) {
            return out;
        }
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(components.get(i), i);
        }
        double maxScore = 0;
        double total = 0;
        for (double s : scores) {
            maxScore = Math.max(maxScore, s);
            total += s;
        }
        double[][] w = new double[n][n];
        for (int i = 0; i < n; i++) {
            String caller = components.get(i);
            for (String callee : graph.callees(caller)) {
                Integer j = index.get(callee);
                if (j == null || j == i) {
                    continue;
                }
                double c = correlation(strongest.get(caller), strongest.get(callee), endMs);
                w[i][j] += c;
                w[j][i] += backward * c;
            }
        }
        for (int i = 0; i < n; i++) {
            w[i][i] += maxScore > 0 ? scores[i] / maxScore : 0;
        }
        double[][] p = new double[n][n];
        for (int i = 0; i < n; i++) {
            double row = 0;
            for (double v : w[i]) {
                row += v;
            }
            for (int j = 0; j < n; j++) {
                p[i][j] = row > 0 ? w[i][j] / row : (i == j ? 1 : 0);
            }
        }
        double[] personal = new double[n];
        for (int i = 0; i < n; i++) {
            personal[i] = total > 0 ? scores[i] / total : 1.0 / n;
        }
        double[] pi = personal.clone();
        for (int it = 0; it < ITERATIONS; it++) {
            double[] next = new double[n];
            for (int i = 0; i < n; i++) {
                if (pi[i] == 0) {
                    continue;
                }
                for (int j = 0; j < n; j++) {
                    next[j] += (1 - restart) * pi[i] * p[i][j];
                }
            }
            for (int j = 0; j < n; j++) {
                next[j] += restart * personal[j];
            }
            pi = next;
        }
        for (int i = 0; i < n; i++) {
            out[i] = pi[i] * n;
        }
        return out;
    }

    /** |Pearson correlation| of the two series on their shared timestamps of the last WINDOW points up to endMs; 0 when it cannot be computed. */
    static double correlation(SeriesSamples a, SeriesSamples b, long endMs) {
        if (a == null || b == null) {
            return 0;
        }
        Map<Long, Double> byTime = new HashMap<>();
        int endA = upTo(a, endMs);
        for (int i = Math.max(0, endA - WINDOW); i < endA; i++) {
            byTime.put(a.timestampsMs()[i], a.values()[i]);
        }
        int endB = upTo(b, endMs);
        double[] x = new double[WINDOW];
        double[] y = new double[WINDOW];
        int k = 0;
        for (int i = Math.max(0, endB - WINDOW); i < endB && k < WINDOW; i++) {
            Double va = byTime.get(b.timestampsMs()[i]);
            double vb = b.values()[i];
            if (va != null && Double.isFinite(va) && Double.isFinite(vb)) {
                x[k] = va;
                y[k] = vb;
                k++;
            }
        }
        if (k < 3) {
            return 0;
        }
        double r = new PearsonsCorrelation().correlation(java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k));
        return Double.isFinite(r) ? Math.abs(r) : 0;
    }

    private static int upTo(SeriesSamples s, long endMs) {
        int n = 0;
        while (n < s.size() && s.timestampsMs()[n] <= endMs) {
            n++;
        }
        return n;
    }
}
