package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a series does that its component's callees do not explain: the residual of a linear
 * regression of the series on the callees' series, fitted on the baseline. A fault propagates from
 * a callee to its callers, so a caller's deviation that its callees' own deviations predict is a
 * symptom, while the residual of the faulty component itself carries the fault. This is CIRCA's
 * regression-based hypothesis testing (Li et al., "Causal Inference-Based Root Cause Analysis for
 * Online Service Systems with Intervention Recognition", KDD 2022), with the call graph standing in
 * for the causal graph and callees for causal parents.
 *
 * <p>Per series: up to {@code calleeRegressors} series of its direct callees, those most correlated
 * with it on the baseline (|r| at least {@code minCalleeCorrelation}), are regressors of an ordinary
 * least-squares fit with intercept on the baseline rows where all are present; the residual is kept
 * only when the fit explains at least {@code minExplained} of the baseline variance (R squared), so a
 * series unrelated to its callees is left alone. Series are aligned by timestamp. Stateless.
 */
final class CalleeResiduals {
    private final BaselineDeviationParams params;

    CalleeResiduals(BaselineDeviationParams params) {
        this.params = params;
    }

    /** The residual series of each series that has one, by identity of the case's series. */
    Map<ComponentSeries, ComponentSeries> of(RcaCase rcaCase) {
        Map<ComponentSeries, ComponentSeries> out = new IdentityHashMap<>();
        if (params.calleeRegressors() == 0 || rcaCase.graph().edges().isEmpty()) {
            return out;
        }
        Map<String, List<ComponentSeries>> byComponent = new HashMap<>();
        for (ComponentSeries cs : rcaCase.series()) {
            if (cs.component() != null) {
                byComponent.computeIfAbsent(cs.component(), k -> new ArrayList<>()).add(cs);
            }
        }
        long baselineEnd = rcaCase.onsetMs() - 1;
        Map<double[], BaselineMoments> moments = new IdentityHashMap<>();
        Map<String, CalleeCandidates> calleesOf = new HashMap<>();
        for (ComponentSeries cs : rcaCase.series()) {
            if (cs.component() == null || !rcaCase.graph().contains(cs.component())) {
                continue;
            }
            CalleeCandidates candidates = calleesOf.computeIfAbsent(cs.component(), component -> {
                List<ComponentSeries> all = new ArrayList<>();
                for (String callee : rcaCase.graph().callees(component)) {
                    all.addAll(byComponent.getOrDefault(callee, List.of()));
                }
                return new CalleeCandidates(all);
            });
            if (candidates.size() > 0) {
                residual(cs, candidates, baselineEnd, moments).ifPresent(r -> out.put(cs, r));
            }
        }
        return out;
    }

    private Optional<ComponentSeries> residual(ComponentSeries target, CalleeCandidates candidates,
                                               long baselineEnd, Map<double[], BaselineMoments> moments) {
        SeriesSamples y = target.samples();
        long[] t = y.timestampsMs();
        double[] yv = y.values();
        int base = 0;
        while (base < t.length && t[base] <= baselineEnd) {
            base++;
        }
        if (base < params.minBaselinePoints()) {
            return Optional.empty();
        }
        double[][] aligned = candidates.alignTo(t, base, moments);
        BaselineMoments own = BaselineMoments.of(yv, base);
        double[] r = correlations(yv, own, candidates, aligned, base);
        int[] ranked = ranked(r);
        if (ranked.length == 0) {
            return Optional.empty();
        }
        int[] chosen = Arrays.copyOf(ranked, Math.min(ranked.length, params.calleeRegressors()));
        double[][] x = new double[chosen.length][];
        boolean allFinite = own.allFinite();
        for (int q = 0; q < chosen.length; q++) {
            x[q] = aligned[chosen[q]];
            allFinite &= candidates.moments(chosen[q]).allFinite();
        }
        Optional<double[]> residual = allFinite ? fitFinite(yv, own, candidates, chosen, x, base)
                : fit(yv, Arrays.asList(x), base).map(beta -> residual(yv, beta, x));
        return residual.map(values -> new ComponentSeries(target.component(), target.signal(),
                new SeriesSamples(y.key(), t, values)));
    }

    /**
     * The candidates with |r| at least {@code minCalleeCorrelation}, most correlated first (a
     * stable sort: equal ones keep their order).
     */
    private int[] ranked(double[] r) {
        Integer[] order = new Integer[r.length];
        int n = 0;
        for (int j = 0; j < r.length; j++) {
            if (Math.abs(r[j]) >= params.minCalleeCorrelation()) {
                order[n++] = j;
            }
        }
        Integer[] kept = Arrays.copyOf(order, n);
        Arrays.sort(kept, (p, q) -> Double.compare(Math.abs(r[q]), Math.abs(r[p])));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = kept[i];
        }
        return out;
    }

    /**
     * {@code y - beta0 - sum beta_k x_k} at every row, the regressors subtracted in order. Column
     * by column: each row sees the same operations in the same order as row by row, while the
     * loops run over contiguous arrays.
     */
    private static double[] residual(double[] y, double[] beta, double[][] x) {
        double[] residual = new double[y.length];
        double b0 = beta[0];
        for (int i = 0; i < y.length; i++) {
            residual[i] = y[i] - b0;
        }
        for (int k = 0; k < x.length; k++) {
            double bk = beta[k + 1];
            double[] xk = x[k];
            for (int i = 0; i < y.length; i++) {
                residual[i] -= bk * xk[i];
            }
        }
        return residual;
    }

    /**
     * The baseline correlation of the target with each candidate. A candidate finite on the whole
     * baseline, as the target, takes its cached moments and centred baseline, and has its cross
     * term summed four candidates at a time (see {@link CrossProducts}); the rest take the general
     * path. Both sum the same products in the same order, so give the same doubles.
     */
    private static double[] correlations(double[] y, BaselineMoments own, CalleeCandidates candidates,
                                         double[][] aligned, int base) {
        int m = aligned.length;
        double[] r = new double[m];
        double[][] fast = new double[m][];
        double[] squares = new double[m];
        int[] which = new int[m];
        int f = 0;
        for (int j = 0; j < m; j++) {
            BaselineMoments theirs = candidates.moments(j);
            if (own.allFinite() && theirs.allFinite()) {
                fast[f] = candidates.centred(j);
                squares[f] = theirs.centredSquares();
                which[f++] = j;
            } else {
                r[j] = correlation(y, aligned[j], base);
            }
        }
        if (f > 0) {
            double[] dy = own.centred(y);
            double[] cxy = CrossProducts.dots(dy, Arrays.copyOf(fast, f), base);
            double cyy = own.centredSquares();
            for (int q = 0; q < f; q++) {
                double cxx = squares[q];
                r[which[q]] = cyy > 0 && cxx > 0 ? cxy[q] / Math.sqrt(cyy * cxx) : 0;
            }
        }
        return r;
    }

    /**
     * {@link #fit} when the target and every regressor are finite on the whole baseline, so that
     * its rows are all of them: the normal equations' cells are the same sums, taken from the
     * moments (the column of ones sums each column, {@code 1 * v} being {@code v}) and from
     * products of two candidates summed once per case; only those with the target are summed here.
     */
    private Optional<double[]> fitFinite(double[] y, BaselineMoments own, CalleeCandidates candidates, int[] chosen,
                                         double[][] x, int base) {
        int k = chosen.length + 1;
        if (base < Math.max(params.minBaselinePoints(), 4 * k)) {
            return Optional.empty();
        }
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        xtx[0][0] = base; // base sums of 1.0, exact
        candidates.sumProducts(chosen);
        for (int a = 1; a < k; a++) {
            xtx[0][a] = candidates.moments(chosen[a - 1]).sum();
            xtx[a][0] = xtx[0][a];
            for (int b = a; b < k; b++) {
                xtx[a][b] = candidates.product(chosen[a - 1], chosen[b - 1]);
                xtx[b][a] = xtx[a][b];
            }
        }
        // y itself as one more column: its sum of squares, summed beside the cross products
        double[][] withY = Arrays.copyOf(x, k);
        withY[k - 1] = y;
        double[] withTarget = CrossProducts.dots(y, withY, base);
        xty[0] = own.sum();
        System.arraycopy(withTarget, 0, xty, 1, k - 1);
        double sumSq = withTarget[k - 1];
        double[] beta = solve(xtx, xty, own.sum(), sumSq, base);
        if (beta == null) {
            return Optional.empty();
        }
        // The baseline rows of the residual are the values fit() squares and sums, in its order.
        double[] residual = residual(y, beta, x);
        double sse = 0;
        for (int i = 0; i < base; i++) {
            sse += residual[i] * residual[i];
        }
        return explains(beta, sse, sumSq - own.sum() * own.sum() / base) ? Optional.of(residual) : Optional.empty();
    }

    /**
     * OLS with intercept on the baseline rows where everything is finite, if it explains enough.
     * The normal equations are summed cell by cell over those rows in time order, as a row-by-row
     * pass would sum them (see {@link CrossProducts}), so they are the same doubles.
     */
    private Optional<double[]> fit(double[] y, List<double[]> xs, int base) {
        int k = xs.size() + 1;
        double[][] cols = new double[k][];
        for (int j = 1; j < k; j++) {
            cols[j] = xs.get(j - 1);
        }
        int[] rows = new int[base];
        int n = 0;
        for (int i = 0; i < base; i++) {
            if (finiteRow(y, xs, i)) {
                rows[n++] = i;
            }
        }
        // The intercept's column of ones (1 * v is v exactly) and y as a last column: one Gram
        // matrix holds X'X, X'y, the sum of y and its sum of squares.
        double[] ones = new double[base];
        Arrays.fill(ones, 1.0);
        double[][] withY = Arrays.copyOf(cols, k + 1);
        withY[0] = ones;
        withY[k] = y;
        double[][] g = CrossProducts.gram(withY, rows, n);
        double[][] xtx = new double[k][];
        double[] xty = new double[k];
        for (int a = 0; a < k; a++) {
            xtx[a] = Arrays.copyOf(g[a], k);
            xty[a] = g[a][k];
        }
        double sum = g[0][k];
        double sumSq = g[k][k];
        if (n < Math.max(params.minBaselinePoints(), 4 * k)) {
            return Optional.empty();
        }
        double[] beta = solve(xtx, xty, sum, sumSq, n);
        if (beta == null) {
            return Optional.empty();
        }
        double sse = 0;
        for (int r = 0; r < n; r++) {
            int i = rows[r];
            double v = y[i] - beta[0];
            for (int j = 1; j < k; j++) {
                v -= beta[j] * cols[j][i];
            }
            sse += v * v;
        }
        return explains(beta, sse, sumSq - sum * sum / n) ? Optional.of(beta) : Optional.empty();
    }

    /**
     * The coefficients solving the normal equations (a whisper of ridge added to {@code xtx}'s
     * regressor diagonal), or null when the target is constant on the rows or they are singular.
     */
    private static double[] solve(double[][] xtx, double[] xty, double sum, double sumSq, int n) {
        double total = sumSq - sum * sum / n;
        if (!(total > 0)) {
            return null;
        }
        // A whisper of ridge keeps collinear callee series (p95 and p99 of one latency) solvable.
        for (int a = 1; a < xtx.length; a++) {
            xtx[a][a] += 1e-9 * Math.max(xtx[a][a], 1e-12);
        }
        try {
            RealMatrix m = new Array2DRowRealMatrix(xtx, false);
            return new CholeskyDecomposition(m, 1e-12, 1e-15).getSolver().solve(new ArrayRealVector(xty)).toArray();
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.SingularMatrixException e) {
            return null;
        }
    }

    /** Whether the fit explains at least {@code minExplained} of the variance, with finite coefficients. */
    private boolean explains(double[] beta, double sse, double total) {
        double explained = 1 - sse / total;
        return explained >= params.minExplained() && Arrays.stream(beta).allMatch(Double::isFinite);
    }

    private static boolean finiteRow(double[] y, List<double[]> xs, int i) {
        if (!Double.isFinite(y[i])) {
            return false;
        }
        for (double[] x : xs) {
            if (!Double.isFinite(x[i])) {
                return false;
            }
        }
        return true;
    }

    private static double correlation(double[] y, double[] x, int base) {
        int n = 0;
        double sy = 0;
        double sx = 0;
        for (int i = 0; i < base; i++) {
            if (Double.isFinite(y[i]) && Double.isFinite(x[i])) {
                sy += y[i];
                sx += x[i];
                n++;
            }
        }
        if (n < 3) {
            return 0;
        }
        double my = sy / n;
        double mx = sx / n;
        double cyy = 0;
        double cxx = 0;
        double cxy = 0;
        for (int i = 0; i < base; i++) {
            if (Double.isFinite(y[i]) && Double.isFinite(x[i])) {
                cyy += (y[i] - my) * (y[i] - my);
                cxx += (x[i] - mx) * (x[i] - mx);
                cxy += (y[i] - my) * (x[i] - mx);
            }
        }
        return cyy > 0 && cxx > 0 ? cxy / Math.sqrt(cyy * cxx) : 0;
    }
}
