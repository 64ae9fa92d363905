package io.faultline.api.promql;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Evaluates the subset with Prometheus 2.x semantics. An instant selector at time {@code t} takes each
 * series' latest sample in {@code [t - 5m, t]} (the default lookback); a range selector {@code [r]} takes
 * the samples in {@code [t - r, t]}; {@code rate} and {@code increase} follow Prometheus'
 * {@code extrapolatedRate} (counter resets added back, extrapolation to the range edges by at most half
 * an average sample interval, never below zero); a range query evaluates the expression at
 * {@code start, start + step, ... <= end}, reading each series once.
 */
public final class Evaluator {
    /** Prometheus' default lookback for instant selectors ({@code --query.lookback-delta}). */
    public static final long LOOKBACK_MS = 5 * 60_000;
    /** Prometheus' limit of points per series of a range query. */
    public static final int MAX_POINTS = 11_000;

    private final QuerySeries series;

    public Evaluator(QuerySeries series) {
        this.series = series;
    }

    /** The expression at one time: a scalar, a vector, or (for a range selector) a matrix. */
    public QueryResult instant(Expr expr, long timeMs) {
        if (expr instanceof Expr.NumberLiteral n) {
            return new QueryResult.Scalar(timeMs, n.value());
        }
        if (expr instanceof Expr.RangeSelector r) {
            return rangeSelection(r, timeMs);
        }
        List<QueryResult.Sample> samples = new ArrayList<>();
        for (QueryResult.Series s : steps(expr, timeMs, timeMs, 1)) {
            samples.add(new QueryResult.Sample(s.labels(), timeMs, s.values()[0]));
        }
        return new QueryResult.Vector(samples);
    }

    /** The expression at every step from {@code startMs} to {@code endMs}, as a matrix sorted by labels. */
    public QueryResult.Matrix range(Expr expr, long startMs, long endMs, long stepMs) {
        if (endMs < startMs) {
            throw new PromQlException("end timestamp must not be before start time");
        }
        if (stepMs <= 0) {
            throw new PromQlException("zero or negative query resolution step widths are not accepted. Try a positive integer");
        }
        if ((endMs - startMs) / stepMs >= MAX_POINTS) {
            throw new PromQlException("exceeded maximum resolution of 11,000 points per timeseries."
                    + " Try decreasing the query resolution (?step=XX)");
        }
        if (expr instanceof Expr.RangeSelector) {
            throw new PromQlException("invalid expression type \"range vector\" for range query, must be Scalar or instant Vector");
        }
        if (expr instanceof Expr.NumberLiteral n) {
            int count = (int) ((endMs - startMs) / stepMs) + 1;
            long[] t = new long[count];
            double[] v = new double[count];
            for (int i = 0; i < count; i++) {
                t[i] = startMs + i * stepMs;
                v[i] = n.value();
            }
            return new QueryResult.Matrix(List.of(new QueryResult.Series(new TreeMap<>(), t, v)));
        }
        List<QueryResult.Series> out = new ArrayList<>(steps(expr, startMs, endMs, stepMs));
        out.sort((a, b) -> QueryResult.LABEL_ORDER.compare(a.labels(), b.labels()));
        return new QueryResult.Matrix(out);
    }

    private QueryResult.Matrix rangeSelection(Expr.RangeSelector r, long timeMs) {
        List<QueryResult.Series> out = new ArrayList<>();
        for (SeriesKey key : series.select(r.selector().matchers())) {
            SeriesSamples s = series.read(key, timeMs - r.rangeMs(), timeMs);
            if (s.size() > 0) {
                out.add(new QueryResult.Series(labels(key, true), s.timestampsMs(), s.values()));
            }
        }
        out.sort((a, b) -> QueryResult.LABEL_ORDER.compare(a.labels(), b.labels()));
        return new QueryResult.Matrix(out);
    }

    /**
     * Selector or call, evaluated at each step; series without any point are left out. The order is
     * Prometheus' storage order (by the selected series' labels, name included), which an instant
     * vector keeps; a range query sorts by the result's labels instead.
     */
    private List<QueryResult.Series> steps(Expr expr, long startMs, long endMs, long stepMs) {
        Expr.Selector selector;
        long windowMs;
        Expr.Function function = null;
        if (expr instanceof Expr.Selector s) {
            selector = s;
            windowMs = LOOKBACK_MS;
        } else {
            Expr.Call call = (Expr.Call) expr;
            function = call.function();
            selector = call.argument().selector();
            windowMs = call.argument().rangeMs();
        }
        List<SeriesKey> keys = new ArrayList<>(series.select(selector.matchers()));
        keys.sort((a, b) -> QueryResult.LABEL_ORDER.compare(labels(a, true), labels(b, true)));
        List<QueryResult.Series> out = new ArrayList<>();
        Set<SortedMap<String, String>> seen = new HashSet<>();
        for (SeriesKey key : keys) {
            SeriesSamples s = series.read(key, startMs - windowMs, endMs);
            QueryResult.Series points = evaluate(s, function, windowMs, startMs, endMs, stepMs);
            if (points != null) {
                if (!seen.add(points.labels())) {
                    throw new PromQlException("vector cannot contain metrics with the same labelset");
                }
                out.add(points);
            }
        }
        return out;
    }

    private static QueryResult.Series evaluate(SeriesSamples s, Expr.Function function, long windowMs,
            long startMs, long endMs, long stepMs) {
        int capacity = (int) ((endMs - startMs) / stepMs) + 1;
        long[] t = new long[capacity];
        double[] v = new double[capacity];
        int n = 0;
        long[] ts = s.timestampsMs();
        for (long step = startMs; step <= endMs; step += stepMs) {
            int last = lastAtOrBefore(ts, step);
            int first = firstAtOrAfter(ts, step - windowMs);
            if (function == null) {
                if (last >= first) { // the latest sample lies in [step - lookback, step]
                    t[n] = step;
                    v[n++] = s.values()[last];
                }
            } else if (last - first >= 1) {
                t[n] = step;
                v[n++] = ExtrapolatedRate.extrapolated(ts, s.values(), first, last, step - windowMs, step,
                        function == Expr.Function.RATE);
            }
        }
        return n == 0 ? null : new QueryResult.Series(labels(s.key(), function == null),
                Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }

    private static int lastAtOrBefore(long[] ts, long t) {
        int i = Arrays.binarySearch(ts, t);
        return i >= 0 ? i : -i - 2;
    }

    private static int firstAtOrAfter(long[] ts, long t) {
        int i = Arrays.binarySearch(ts, t);
        return i >= 0 ? i : -i - 1;
    }

    private static SortedMap<String, String> labels(SeriesKey key, boolean withName) {
        TreeMap<String, String> labels = new TreeMap<>(key.labels());
        if (withName) {
            labels.put(LabelMatcher.METRIC_NAME, key.metric());
        }
        return labels;
    }
}
