package io.faultline.rca.rank;

import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
        for (ComponentSeries cs : rcaCase.series()) {
            if (cs.component() == null || !rcaCase.graph().contains(cs.component())) {
                continue;
            }
            List<ComponentSeries> candidates = new ArrayList<>();
            for (String callee : rcaCase.graph().callees(cs.component())) {
                candidates.addAll(byComponent.getOrDefault(callee, List.of()));
            }
            if (!candidates.isEmpty()) {
                residual(cs, candidates, baselineEnd, moments).ifPresent(r -> out.put(cs, r));
            }
        }
        return out;
    }

    private Optional<ComponentSeries> residual(ComponentSeries target, List<ComponentSeries> candidates,
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
        record Candidate(double[] aligned, double correlation) {
        }
        double[][] aligned = new double[candidates.size()][];
        for (int j = 0; j < aligned.length; j++) {
            aligned[j] = align(t, candidates.get(j).samples());
        }
        double[] r = correlations(yv, aligned, base, moments);
        List<Candidate> ranked = new ArrayList<>();
        for (int j = 0; j < r.length; j++) {
            if (Math.abs(r[j]) >= params.minCalleeCorrelation()) {
                ranked.add(new Candidate(aligned[j], Math.abs(r[j])));
            }
        }
        if (ranked.isEmpty()) {
            return Optional.empty();
        }
        ranked.sort(Comparator.comparingDouble(Candidate::correlation).reversed());
        List<double[]> xs = ranked.stream().limit(params.calleeRegressors()).map(Candidate::aligned).toList();
        Optional<double[]> fit = fit(yv, xs, base);
        if (fit.isEmpty()) {
            return Optional.empty();
        }
        double[] beta = fit.get();
        double[][] x = xs.toArray(double[][]::new);
        double[] residual = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double v = yv[i] - beta[0];
            for (int k = 0; k < x.length; k++) {
                v -= beta[k + 1] * x[k][i];
            }
            residual[i] = v;
        }
        return Optional.of(new ComponentSeries(target.component(), target.signal(),
                new SeriesSamples(y.key(), t, residual)));
    }

    /**
     * The baseline correlation of the target with each candidate. A candidate finite on the whole
     * baseline, as the target, reuses its cached moments and has its cross term summed four
     * candidates at a time (see {@link CrossProducts}); the rest take the general path. Both sum the
     * same products in the same order, so give the same doubles.
     */
    private static double[] correlations(double[] y, double[][] candidates, int base,
                                         Map<double[], BaselineMoments> moments) {
        int m = candidates.length;
        double[] r = new double[m];
        BaselineMoments own = BaselineMoments.of(y, base);
        double[][] fast = new double[m][];
        double[] means = new double[m];
        double[] squares = new double[m];
        int[] which = new int[m];
        int f = 0;
        for (int j = 0; j < m; j++) {
            double[] aligned = candidates[j];
            BaselineMoments theirs = moments.compute(aligned,
                    (key, old) -> old != null && old.base() == base ? old : BaselineMoments.of(aligned, base));
            if (own.allFinite() && theirs.allFinite()) {
                fast[f] = aligned;
                means[f] = theirs.mean();
                squares[f] = theirs.centredSquares();
                which[f++] = j;
            } else {
                r[j] = correlation(y, aligned, base);
            }
        }
        if (f > 0) {
            double[] dy = new double[base];
            for (int i = 0; i < base; i++) {
                dy[i] = y[i] - own.mean();
            }
            double[] cxy = CrossProducts.centredDots(dy, Arrays.copyOf(fast, f), means, base);
            double cyy = own.centredSquares();
            for (int q = 0; q < f; q++) {
                double cxx = squares[q];
                r[which[q]] = cyy > 0 && cxx > 0 ? cxy[q] / Math.sqrt(cyy * cxx) : 0;
            }
        }
        return r;
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
        double total = sumSq - sum * sum / n;
        if (!(total > 0)) {
            return Optional.empty();
        }
        // A whisper of ridge keeps collinear callee series (p95 and p99 of one latency) solvable.
        for (int a = 1; a < k; a++) {
            xtx[a][a] += 1e-9 * Math.max(xtx[a][a], 1e-12);
        }
        double[] beta;
        try {
            RealMatrix m = new Array2DRowRealMatrix(xtx, false);
            RealVector solved = new CholeskyDecomposition(m, 1e-12, 1e-15).getSolver().solve(new ArrayRealVector(xty));
            beta = solved.toArray();
        } catch (NonPositiveDefiniteMatrixException | org.apache.commons.math3.linear.SingularMatrixException e) {
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
        double explained = 1 - sse / total;
        return explained >= params.minExplained() && Arrays.stream(beta).allMatch(Double::isFinite)
                ? Optional.of(beta) : Optional.empty();
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

    /**
     * The correlation of two series finite on the whole baseline, from their cached sums and
     * centred squares: the same doubles as {@link #correlation(double[], double[], int)} gives,
     * which sums the same values in the same order.
     */
    private static double correlation(double[] y, BaselineMoments ym, double[] x, BaselineMoments xm) {
        double my = ym.mean();
        double mx = xm.mean();
        double cxy = 0;
        for (int i = 0; i < ym.base(); i++) {
            cxy += (y[i] - my) * (x[i] - mx);
        }
        double cyy = ym.centredSquares();
        double cxx = xm.centredSquares();
        return cyy > 0 && cxx > 0 ? cxy / Math.sqrt(cyy * cxx) : 0;
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

    /** The values of {@code s} at the timestamps {@code t}, NaN where it has none. */
    private static double[] align(long[] t, SeriesSamples s) {
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
