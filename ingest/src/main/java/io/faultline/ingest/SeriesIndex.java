package io.faultline.ingest;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Interns series keys to dense int ids ({@code 0, 1, 2, ...} in order of first sight) and back.
 * Safe for concurrent use: lookups never block, and only the first sighting of a key takes a lock.
 * Ids are never reused or removed, so an id once returned stays valid for the life of the index.
 *
 * <p>The lookup is an open-addressing table of ids (linear probing, at most half full) beside the array
 * of keys by id, about 8 bytes per series instead of a hash map's entry and boxed id (about 56 bytes):
 * at 100,000 series this is most of what the index costs. A writer stores the key, publishes the key
 * array, and only then the id in the table (a volatile write), so a reader that finds the id finds its key.
 * A lookup racing with a resize may search the old table and miss a key added meanwhile, as if it had
 * looked just before; {@link #intern} then checks again under the lock.
 */
public final class SeriesIndex {
    /** Returned by {@link #find} for a key that has no id. */
    public static final int ABSENT = -1;

    private final Object lock = new Object();
    private volatile SeriesKey[] keys = new SeriesKey[64];
    private volatile AtomicIntegerArray slots = new AtomicIntegerArray(128); // id + 1, 0 = empty
    private volatile int size;

    /** The id of the key, assigning the next free one when the key is new. */
    public int intern(SeriesKey key) {
        if (key == null) {
            throw new IllegalArgumentException("series key is required");
        }
        int id = find(key);
        if (id != ABSENT) {
            return id;
        }
        synchronized (lock) {
            id = find(key);
            if (id != ABSENT) {
                return id;
            }
            int next = size;
            SeriesKey[] current = keys;
            if (next == current.length) {
                current = Arrays.copyOf(current, current.length * 2);
            }
            current[next] = key;
            keys = current; // publish the array before the id, so a reader holding the id finds the key
            size = next + 1;
            AtomicIntegerArray table = slots;
            if (2 * (next + 1) > table.length()) {
                table = rehash(current, next, table.length() * 2);
            } else {
                table.set(freeSlot(table, key.hashCode()), next + 1);
            }
            slots = table;
            return next;
        }
    }

    /** The id of the key, or {@link #ABSENT} when it was never interned. */
    public int find(SeriesKey key) {
        AtomicIntegerArray table = slots;
        int mask = table.length() - 1;
        for (int i = spread(key.hashCode()) & mask; ; i = (i + 1) & mask) {
            int slot = table.get(i);
            if (slot == 0) {
                return ABSENT;
            }
            if (keys[slot - 1].equals(key)) {
                return slot - 1;
            }
        }
    }

    /** The key with this id; throws when no such id was handed out. */
    public SeriesKey key(int id) {
        if (id < 0 || id >= size) {
            throw new IllegalArgumentException("no series with id " + id + ", ids are 0.." + (size - 1));
        }
        return keys[id];
    }

    /** Number of interned keys; the ids in use are {@code 0 .. size()-1}. */
    public int size() {
        return size;
    }

    /** A new table of {@code capacity} slots holding ids 0..lastId; filled before it is published. */
    private static AtomicIntegerArray rehash(SeriesKey[] keys, int lastId, int capacity) {
        AtomicIntegerArray table = new AtomicIntegerArray(capacity);
        for (int id = 0; id <= lastId; id++) {
            table.lazySet(freeSlot(table, keys[id].hashCode()), id + 1);
        }
        return table;
    }

    private static int freeSlot(AtomicIntegerArray table, int hash) {
        int mask = table.length() - 1;
        int i = spread(hash) & mask;
        while (table.get(i) != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Mixes the high bits into the low ones, which pick the slot. */
    private static int spread(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
