package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesSamples;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One decoded remote_write request: the samples to store, and what was left out or changed on the way.
 *
 * @param batch            every kept sample, one entry per series, each series strictly increasing in time
 * @param dropped          samples left out, by reason (reasons with none are absent)
 * @param reorderedSamples samples that arrived earlier in the request than an older sample of their series
 *                         and were put back in time order (kept, not dropped)
 * @param exemplars        exemplars received; they are ignored
 * @param staleMarkers     the staleness markers (also counted in {@code dropped}, never stored as values): the
 *                         series each one ends, with its timestamps, for the pipeline to forget that series' state
 */
public record DecodedWrite(SampleBatch batch, Map<DropReason, Integer> dropped, int reorderedSamples, int exemplars,
                           List<SeriesSamples> staleMarkers) {
    public DecodedWrite {
        if (batch == null) {
            throw new IllegalArgumentException("batch is required");
        }
        staleMarkers = staleMarkers == null ? List.of() : List.copyOf(staleMarkers);
        EnumMap<DropReason, Integer> copy = new EnumMap<>(DropReason.class);
        dropped.forEach((reason, n) -> {
            if (n < 0) {
                throw new IllegalArgumentException("dropped count for " + reason + " must be >= 0, was " + n);
            }
            if (n > 0) {
                copy.put(reason, n);
            }
        });
        dropped = Collections.unmodifiableMap(copy);
    }

    /** A decoded write without staleness markers by series. */
    public DecodedWrite(SampleBatch batch, Map<DropReason, Integer> dropped, int reorderedSamples, int exemplars) {
        this(batch, dropped, reorderedSamples, exemplars, List.of());
    }

    /** The same write with the series its staleness markers end. */
    public DecodedWrite withStaleMarkers(List<SeriesSamples> markers) {
        return new DecodedWrite(batch, dropped, reorderedSamples, exemplars, markers);
    }

    /** Samples left out for this reason. */
    public int dropped(DropReason reason) {
        return dropped.getOrDefault(reason, 0);
    }

    public int droppedTotal() {
        int n = 0;
        for (int count : dropped.values()) {
            n += count;
        }
        return n;
    }
}
