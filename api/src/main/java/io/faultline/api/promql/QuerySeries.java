package io.faultline.api.promql;

import io.faultline.api.pipeline.ScoreReplay;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The series one query sees: the stored ones, and the {@link DerivedSeries} of every stored series,
 * computed by replaying the scorer over the range asked for. Derived series take part only when the
 * selector has a {@code __name__} matcher that one of their names satisfies (so {@code {service="cart"}}
 * selects raw series only). One instance serves one query: replays are kept for its duration, so the
 * four derived series of a raw series cost one replay.
 */
public final class QuerySeries {
    private final MetricStore store;
    private final ScoreReplay replay;
    private final Map<Replayed, List<ScoredPoint>> replays = new HashMap<>();

    private record Replayed(SeriesKey raw, long fromMs, long toMs) {
    }

    /** @param replay null to offer raw series only */
    public QuerySeries(MetricStore store, ScoreReplay replay) {
        this.store = store;
        this.replay = replay;
    }

    /** Every series matching all matchers, sorted by their text form. */
    public List<SeriesKey> select(List<LabelMatcher> matchers) {
        TreeSet<SeriesKey> out = new TreeSet<>();
        for (SeriesKey key : store.listSeries(matchers)) {
            if (DerivedSeries.byMetric(key.metric()) == null) {
                out.add(key);
            }
        }
        List<LabelMatcher> names = matchers.stream().filter(m -> m.name().equals(LabelMatcher.METRIC_NAME)).toList();
        if (replay == null || names.isEmpty()) {
            return List.copyOf(out);
        }
        List<DerivedSeries> kinds = new ArrayList<>();
        for (DerivedSeries kind : DerivedSeries.values()) {
            SeriesKey probe = SeriesKey.of(kind.metric());
            if (names.stream().allMatch(m -> m.matches(probe))) {
                kinds.add(kind);
            }
        }
        if (kinds.isEmpty()) {
            return List.copyOf(out);
        }
        for (SeriesKey raw : store.listSeries(rawMatchers(matchers))) {
            if (DerivedSeries.byMetric(raw.metric()) != null) {
                continue;
            }
            for (DerivedSeries kind : kinds) {
                SeriesKey derived = kind.derive(raw);
                if (matchers.stream().allMatch(m -> m.matches(derived))) {
                    out.add(derived);
                }
            }
        }
        return List.copyOf(out);
    }

    /** A matcher on the source label selects the raw metric; name matchers were about the derived names. */
    private static List<LabelMatcher> rawMatchers(List<LabelMatcher> matchers) {
        List<LabelMatcher> raw = new ArrayList<>();
        for (LabelMatcher m : matchers) {
            if (m.name().equals(DerivedSeries.SOURCE_LABEL)) {
                raw.add(new LabelMatcher(LabelMatcher.METRIC_NAME, m.op(), m.value()));
            } else if (!m.name().equals(LabelMatcher.METRIC_NAME)) {
                raw.add(m);
            }
        }
        return raw;
    }

    /** The samples of {@code key} with {@code fromMs <= t <= toMs}; NaN values of derived series left out. */
    public SeriesSamples read(SeriesKey key, long fromMs, long toMs) {
        DerivedSeries kind = DerivedSeries.byMetric(key.metric());
        if (kind == null || replay == null) {
            return store.read(key, fromMs, toMs == Long.MAX_VALUE ? toMs : toMs + 1);
        }
        SeriesKey raw = DerivedSeries.rawOf(key);
        List<ScoredPoint> points = replays.computeIfAbsent(new Replayed(raw, fromMs, toMs),
                r -> replay.replay(r.raw(), r.fromMs(), r.toMs()));
        long[] t = new long[points.size()];
        double[] v = new double[points.size()];
        int n = 0;
        for (ScoredPoint p : points) {
            double value = kind.of(p);
            if (!Double.isNaN(value)) {
                t[n] = p.timestampMs();
                v[n++] = value;
            }
        }
        return new SeriesSamples(key, Arrays.copyOf(t, n), Arrays.copyOf(v, n));
    }
}
