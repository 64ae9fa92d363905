package io.faultline.api.promql;

import io.faultline.api.pipeline.ScoreReplay;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.models.FaultlineVersion;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Pattern;

/**
 * The Prometheus query API subset: every method takes the parameters as the client sent them (null when
 * absent) and answers Prometheus' JSON. Bad parameters and queries outside the subset throw
 * {@link PromQlException}.
 */
public final class PromQueryService {
    /** The Prometheus version whose API this subset follows; clients such as Grafana read it. */
    public static final String PROMETHEUS_API_VERSION = "2.42.0";
    private static final Pattern LABEL_NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");

    private final MetricStore store;
    private final ScoreReplay replay;
    private final Clock clock;
    private final LongAdder instantQueries = new LongAdder();
    private final LongAdder rangeQueries = new LongAdder();

    /** Counters for {@code /metrics}: queries answered (successfully or not) by kind. */
    public record Stats(long instantQueries, long rangeQueries) {
    }

    /** @param replay null to serve raw series only, without the derived score series */
    public PromQueryService(MetricStore store, ScoreReplay replay, Clock clock) {
        this.store = store;
        this.replay = replay;
        this.clock = clock;
    }

    /** {@code /api/v1/query}: {@code time} defaults to now. */
    public String query(String query, String time) {
        instantQueries.increment();
        Expr expr = PromQlParser.parse(query);
        long t = time == null ? clock.millis() : PromParams.timeMillis("time", time);
        return PromJson.result(new Evaluator(series()).instant(expr, t));
    }

    /** {@code /api/v1/query_range}. */
    public String queryRange(String query, String start, String end, String step) {
        rangeQueries.increment();
        Expr expr = PromQlParser.parse(query);
        long s = PromParams.timeMillis("start", start);
        long e = PromParams.timeMillis("end", end);
        long stepMs = PromParams.durationMillis("step", step);
        return PromJson.result(new Evaluator(series()).range(expr, s, e, stepMs));
    }

    /** {@code /api/v1/series}: the label sets of the series matching any selector, optionally only those with data in [start, end]. */
    public String series(List<String> match, String start, String end) {
        if (match.isEmpty()) {
            throw new PromQlException("no match[] parameter provided");
        }
        List<SortedMap<String, String>> out = new ArrayList<>();
        for (SeriesKey key : selected(match, start, end)) {
            out.add(labelSet(key));
        }
        out.sort(QueryResult.LABEL_ORDER);
        return PromJson.labelSets(out);
    }

    /** {@code /api/v1/labels}: label names of the matching series (of all series without {@code match[]}). */
    public String labels(List<String> match, String start, String end) {
        TreeSet<String> names = new TreeSet<>();
        for (SeriesKey key : match.isEmpty() ? allSeries() : selected(match, start, end)) {
            names.addAll(labelSet(key).keySet());
        }
        return PromJson.strings(names);
    }

    /** {@code /api/v1/label/{name}/values}. */
    public String labelValues(String name, List<String> match, String start, String end) {
        if (!LABEL_NAME.matcher(name).matches()) {
            throw new PromQlException("invalid label name: \"" + name + "\"");
        }
        TreeSet<String> values = new TreeSet<>();
        for (SeriesKey key : match.isEmpty() ? allSeries() : selected(match, start, end)) {
            String value = labelSet(key).get(name);
            if (value != null) {
                values.add(value);
            }
        }
        return PromJson.strings(values);
    }

    /** {@code /api/v1/status/buildinfo}: Prometheus' fields, the version being the API version followed. */
    public String buildInfo() {
        Map<String, String> info = new LinkedHashMap<>();
        info.put("version", PROMETHEUS_API_VERSION);
        info.put("revision", "faultline-" + FaultlineVersion.current());
        info.put("branch", "faultline");
        info.put("buildUser", "faultline");
        info.put("buildDate", "");
        info.put("goVersion", "none (Faultline on Java)");
        return PromJson.object(info);
    }

    /** {@code /api/v1/metadata}: Faultline keeps no metric metadata (type, help, unit), so none is listed. */
    public String metadata() {
        return PromJson.object(Map.of());
    }

    public Stats stats() {
        return new Stats(instantQueries.sum(), rangeQueries.sum());
    }

    private QuerySeries series() {
        return new QuerySeries(store, replay);
    }

    /** Every raw series, and one derived series of each kind per raw series (names only, no replay). */
    private List<SeriesKey> allSeries() {
        return series().select(List.of(new LabelMatcher(LabelMatcher.METRIC_NAME, LabelMatcher.Op.RE, ".+")));
    }

    private List<SeriesKey> selected(List<String> match, String start, String end) {
        Long from = start == null ? null : PromParams.timeMillis("start", start);
        Long to = end == null ? null : PromParams.timeMillis("end", end);
        QuerySeries series = series();
        TreeSet<SeriesKey> keys = new TreeSet<>();
        for (String selector : match) {
            Expr expr = PromQlParser.parse(selector);
            if (!(expr instanceof Expr.Selector s)) {
                throw new PromQlException("invalid parameter \"match[]\": '" + selector + "' is not a series selector");
            }
            keys.addAll(series.select(s.matchers()));
        }
        if (from == null && to == null) {
            return List.copyOf(keys);
        }
        long f = from == null ? Long.MIN_VALUE : from;
        long t = to == null ? Long.MAX_VALUE - 1 : to;
        return keys.stream().filter(k -> hasData(k, f, t)).toList();
    }

    /** A derived series has data where its raw series has. */
    private boolean hasData(SeriesKey key, long fromMs, long toMs) {
        SeriesKey raw = DerivedSeries.byMetric(key.metric()) == null ? key : DerivedSeries.rawOf(key);
        return store.read(raw, fromMs, toMs + 1).size() > 0;
    }

    private static SortedMap<String, String> labelSet(SeriesKey key) {
        TreeMap<String, String> labels = new TreeMap<>(key.labels());
        labels.put(LabelMatcher.METRIC_NAME, key.metric());
        return labels;
    }
}
