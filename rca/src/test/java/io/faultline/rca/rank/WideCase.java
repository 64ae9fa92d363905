package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A handmade case in the RCAEval shape for the metric-ranker tests: columns named {@code <service>_<metric>},
 * one row per second from t = 0, keyed as the datasets module keys them (metric, {@code service} and
 * {@code column} labels).
 */
final class WideCase {
    private final List<ComponentSeries> series = new ArrayList<>();

    /** A column with one value per row, row i at i seconds. */
    WideCase column(String name, double... values) {
        long[] t = new long[values.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 1000L;
        }
        return column(name, t, values);
    }

    WideCase column(String name, long[] timesMs, double[] values) {
        int cut = name.indexOf('_');
        String component = name.substring(0, cut);
        String metric = name.substring(cut + 1);
        SeriesKey key = SeriesKey.of(metric, "service", component, "column", name);
        series.add(new ComponentSeries(component, SignalKinds.of(metric), new SeriesSamples(key, timesMs, values)));
        return this;
    }

    /** The case with its onset at {@code onsetRow} seconds, ending at the last row of the longest column. */
    RcaCase at(long onsetRow) {
        long end = series.stream().mapToLong(s -> {
            long[] t = s.samples().timestampsMs();
            return t.length == 0 ? 0 : t[t.length - 1];
        }).max().orElse(0);
        Set<String> components = new LinkedHashSet<>();
        series.forEach(s -> components.add(s.component()));
        return new RcaCase(ServiceGraph.ofComponents(components), series, onsetRow * 1000, Math.max(end, onsetRow * 1000));
    }
}
