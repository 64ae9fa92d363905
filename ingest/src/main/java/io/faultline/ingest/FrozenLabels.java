package io.faultline.ingest;

import java.util.TreeMap;

/**
 * The sorted label map inside a {@link SeriesKey}: filled once by its constructor, then only ever reached
 * through an unmodifiable view, so its hash can be computed once. Without the cache every hash of a key
 * walked its labels: on the remote_write path that was the largest single cost of a request (profiled
 * with JFR under {@code faultline bench ingest}, 38 % of the request threads' samples).
 */
final class FrozenLabels extends TreeMap<String, String> {
    private static final long serialVersionUID = 1L;
    private transient int hash; // 0 = not computed yet (or a true 0, then recomputed: cheap and rare)

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = super.hashCode();
            hash = h;
        }
        return h;
    }
}
