package io.faultline.api.pipeline;

import io.faultline.rca.Anomaly;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The most recent anomaly runs, each in its latest version, at most {@code capacity} of them
 * (the oldest are forgotten first). Thread-safe.
 */
final class AnomalyLog {
    private final int capacity;
    private final Map<String, Anomaly> byRun = new LinkedHashMap<>();
    private final Deque<String> order = new ArrayDeque<>();

    AnomalyLog(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("anomaly log capacity must be >= 1, was " + capacity);
        }
        this.capacity = capacity;
    }

    synchronized void record(Anomaly anomaly) {
        String run = anomaly.series() + "@" + anomaly.onsetMs();
        if (byRun.put(run, anomaly) == null) {
            order.addLast(run);
            if (order.size() > capacity) {
                byRun.remove(order.removeFirst());
            }
        }
    }

    /** Runs overlapping {@code [fromMs, toMs]}, optionally of one component, by onset. */
    synchronized List<Anomaly> overlapping(long fromMs, long toMs, String component) {
        List<Anomaly> list = new ArrayList<>();
        for (Anomaly a : byRun.values()) {
            if (a.endMs() >= fromMs && a.onsetMs() <= toMs && (component == null || component.equals(a.component()))) {
                list.add(a);
            }
        }
        list.sort(java.util.Comparator.comparingLong(Anomaly::onsetMs).thenComparing(a -> a.series().toString()));
        return list;
    }
}
