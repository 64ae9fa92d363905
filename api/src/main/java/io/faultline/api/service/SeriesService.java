package io.faultline.api.service;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.format.SeriesKeyParser;
import io.faultline.rca.topology.Topology;
import java.util.List;
import java.util.Map;

/** Lists stored series, optionally filtered by a Prometheus selector. */
public final class SeriesService {
    private final MetricStore store;
    private final Topology topology;

    /** A stored series with the component the topology maps it to (null when none). */
    public record SeriesInfo(String series, String metric, Map<String, String> labels, String component) {
    }

    public SeriesService(MetricStore store, Topology topology) {
        this.store = store;
        this.topology = topology;
    }

    /** @param selector e.g. {@code cpu_usage_ratio{service="cart"}}; null for every series */
    public List<SeriesInfo> list(String selector) {
        List<LabelMatcher> matchers = selector == null ? List.of() : SeriesKeyParser.parseSelector(selector);
        return store.listSeries(matchers).stream()
                .map(k -> new SeriesInfo(k.toString(), k.metric(), k.labels(), topology.componentOf(k)))
                .toList();
    }

}
