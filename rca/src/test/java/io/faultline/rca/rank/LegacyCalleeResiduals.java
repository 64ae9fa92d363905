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
 * The {@link CalleeResiduals} as it was before it was made fast, kept verbatim as the reference the
 * fast one must match bit for bit.
 */
final class LegacyCalleeResiduals {
    private final BaselineDeviationParams params;

    LegacyCalleeResiduals(BaselineDeviationParams params) {
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
        for (ComponentSeries cs : rcaCase.series()) {
            if (cs.component() == null || !rcaCase.graph().contains(cs.component())) {
                continue;
            }
            List<ComponentSeries> candidates = new ArrayList<>();
            for (String callee : rcaCase.graph().callees(cs.component())) {
                candidates.addAll(byComponent.getOrDefault(callee, List.of()));
            }
            if (!candidates.isEmpty()) {
                residual(cs, candidates, baselineEnd).ifPresent(r -> out.put(cs, r));
            }
        }
        return out;
    }

    private Optional<ComponentSeries> residual(ComponentSeries target, List<ComponentSeries> candidates,
                                               long baselineEnd) {
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
        List<Candidate> ranked = new ArrayList<>();
        for (ComponentSeries c : candidates) {
            double[] aligned = align(t, c.samples());
            double r = correlation(yv, aligned, base);
            if (Math.abs(r) >= params.minCalleeCorrelation()) {
                ranked.add(new Candidate(aligned, Math.abs(r)));
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
        double[] residual = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            double v = yv[i] - beta[0];
            for (int k = 0; k < xs.size(); k++) {
                v -= beta[k + 1] * xs.get(k)[i];
            }
            residual[i] = v;
        }
        return Optional.of(new ComponentSeries(target.component(), target.signal(),
                new SeriesSamples(y.key(), t, residual)));
    }

    /** OLS with intercept on the baseline rows where everything is finite, if it explains enough. */
    private Optional<double[]> fit(double[] y, List<double[]> xs, int base) {
        int k = xs.size() + 1;
        double[][] xtx = new double[k][k];
        double[] xty = new double[k];
        double[] row = new double[k];
        int n = 0;
        double sum = 0;
        double sumSq = 0;
        for (int i = 0; i < base; i++) {
            if (!finiteRow(y, xs, i)) {
                continue;
            }
            row[0] = 1;
            for (int j = 1; j < k; j++) {
                row[j] = xs.get(j - 1)[i];
            }
            for (int a = 0; a < k; a++) {
                xty[a] += row[a] * y[i];
                for (int b = 0; b < k; b++) {
                    xtx[a][b] += row[a] * row[b];
                }
            }
            n++;
            sum += y[i];
            sumSq += y[i] * y[i];
        }
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
        for (int i = 0; i < base; i++) {
            if (!finiteRow(y, xs, i)) {
                continue;
            }
            double v = y[i] - beta[0];
            for (int j = 1; j < k; j++) {
                v -= beta[j] * xs.get(j - 1)[i];
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
