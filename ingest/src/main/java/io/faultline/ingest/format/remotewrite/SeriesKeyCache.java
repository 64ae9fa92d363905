package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.SeriesKey;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Series keys by the raw bytes of their label fields. A sender repeats the same label bytes for a series in
 * every request, so after the first sighting a series costs one hash and one byte comparison instead of
 * decoding, validating and sorting its labels (which dominates the decoding of Prometheus' usual requests of
 * one sample per series). Only keys that passed every check go in, and a cache belongs to one decoder, so
 * to one set of limits. Bounded: when full it is emptied and refills with the series still being sent.
 * Thread-safe.
 */
final class SeriesKeyCache {
    private final ConcurrentHashMap<Bytes, SeriesKey> keys = new ConcurrentHashMap<>();
    private final int capacity;

    /** A range of a byte array, compared by content. Probes point into the request; stored keys own a copy. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private static final class Bytes {
        final byte[] buf;
        final int from;
        final int to;
        final int hash;

        Bytes(byte[] buf, int from, int to) {
            this.buf = buf;
            this.from = from;
            this.to = to;
            this.hash = hash(buf, from, to);
        }

        /**
         * Eight bytes per step instead of one: the labels of a series are some hundred bytes, and a
         * byte-at-a-time hash was most of a cache lookup.
         */
        private static int hash(byte[] buf, int from, int to) {
            long h = to - from;
            int i = from;
            for (; i + 8 <= to; i += 8) {
                h = (h ^ (long) LONGS.get(buf, i)) * 0x9E3779B97F4A7C15L;
                h ^= h >>> 29;
            }
            for (; i < to; i++) {
                h = (h ^ buf[i]) * 0x9E3779B97F4A7C15L;
            }
            h ^= h >>> 32;
            return (int) h;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.hash == hash && Arrays.equals(buf, from, to, b.buf, b.from, b.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    SeriesKeyCache(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("series key cache capacity must be >= 0, was " + capacity);
        }
        this.capacity = capacity;
    }

    /** The key cached for the label bytes {@code buf[from..to)}, or null. */
    SeriesKey get(byte[] buf, int from, int to) {
        return capacity == 0 ? null : keys.get(new Bytes(buf, from, to));
    }

    void put(byte[] buf, int from, int to, SeriesKey key) {
        if (capacity == 0) {
            return;
        }
        if (keys.size() >= capacity) {
            keys.clear();
        }
        keys.put(new Bytes(Arrays.copyOfRange(buf, from, to), 0, to - from), key);
    }

    int size() {
        return keys.size();
    }
}
