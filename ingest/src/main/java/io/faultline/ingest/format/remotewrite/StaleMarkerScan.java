package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import io.faultline.ingest.format.protobuf.ProtoReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the staleness markers of a WriteRequest that {@link WriteRequestParser} already accepted
 * (and counted them as dropped): the series each one ends and its timestamp. A second pass over
 * the message, made only when the first counted markers, so the usual request pays nothing for it.
 * Markers outside the timestamp limits are left out, as samples are.
 */
final class StaleMarkerScan {
    private static final int TIMESERIES = 1;
    private static final int LABELS = 1;
    private static final int SAMPLES = 2;

    private StaleMarkerScan() {
    }

    /** The markers by series, each series' timestamps ascending, values {@link StaleMarker#VALUE}. */
    static List<SeriesSamples> scan(byte[] message, int offset, int length, IngestLimits limits) {
        Map<SeriesKey, long[]> found = new LinkedHashMap<>();
        ProtoReader r = new ProtoReader(message, offset, length, WriteRequestParser.PROTOCOL);
        LabelSet labels = new LabelSet(limits);
        int series = 0;
        while (r.more()) {
            int at = r.position();
            int tag = r.readTag();
            if (tag >>> 3 != TIMESERIES) {
                r.skip(tag & 7);
                continue;
            }
            int outer = r.pushLimit(r.readLength());
            labels.clear();
            long[] markers = new long[0];
            while (r.more()) {
                int fieldAt = r.position();
                int field = r.readTag();
                if (field >>> 3 == LABELS) {
                    int inner = r.pushLimit(r.readLength());
                    label(r, labels, series, fieldAt);
                    r.popLimit(inner);
                } else if (field >>> 3 == SAMPLES) {
                    int inner = r.pushLimit(r.readLength());
                    long t = staleAt(r);
                    if (t != Long.MIN_VALUE && t >= limits.minTimestampMs() && t <= limits.maxTimestampMs()) {
                        markers = Arrays.copyOf(markers, markers.length + 1);
                        markers[markers.length - 1] = t;
                    }
                    r.popLimit(inner);
                } else {
                    r.skip(field & 7);
                }
            }
            r.popLimit(outer);
            if (markers.length > 0) {
                found.merge(labels.toKey(series, at), markers, StaleMarkerScan::concat);
            }
            series++;
        }
        List<SeriesSamples> out = new ArrayList<>(found.size());
        found.forEach((key, ts) -> {
            long[] sorted = Arrays.stream(ts).sorted().distinct().toArray();
            double[] values = new double[sorted.length];
            Arrays.fill(values, StaleMarker.VALUE);
            out.add(new SeriesSamples(key, sorted, values));
        });
        return out;
    }

    private static void label(ProtoReader r, LabelSet labels, int series, int at) {
        String name = null;
        String value = "";
        while (r.more()) {
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> name = r.readString();
                case 2 -> value = r.readString();
                default -> r.skip(tag & 7);
            }
        }
        labels.add(name, value, series, at);
    }

    /** The timestamp of a sample that is a staleness marker, else {@code Long.MIN_VALUE}. */
    private static long staleAt(ProtoReader r) {
        long bits = 0;
        long timestamp = 0;
        while (r.more()) {
            int tag = r.readTag();
            switch (tag >>> 3) {
                case 1 -> bits = r.readFixed64();
                case 2 -> timestamp = r.readVarint();
                default -> r.skip(tag & 7);
            }
        }
        return bits == StaleMarker.BITS ? timestamp : Long.MIN_VALUE;
    }

    private static long[] concat(long[] a, long[] b) {
        long[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
