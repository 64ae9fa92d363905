package io.faultline.ingest;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Interns series keys to dense int ids ({@code 0, 1, 2, ...} in order of first sight) and back.
 * Safe for concurrent use: lookups never block, and only the first sighting of a key takes a lock.
 * Ids are never reused or removed, so an id once returned stays valid for the life of the index.
 */
public final class SeriesIndex {
    /** Returned by {@link #find} for a key that has no id. */
    public static final int ABSENT = -1;

    private final ConcurrentHashMap<SeriesKey, Integer> ids = new ConcurrentHashMap<>();
    private final Object lock = new Object();
    private volatile SeriesKey[] keys = new SeriesKey[64];
    private volatile int size;

    /** The id of the key, assigning the next free one when the key is new. */
    public int intern(SeriesKey key) {
        Integer id = ids.get(key);
        if (id != null) {
            return id;
        }
        if (key == null) {
            throw new IllegalArgumentException("series key is required");
        }
        synchronized (lock) {
            id = ids.get(key);
            if (id != null) {
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
            ids.put(key, next);
            return next;
        }
    }

    /** The id of the key, or {@link #ABSENT} when it was never interned. */
    public int find(SeriesKey key) {
        Integer id = ids.get(key);
        return id == null ? ABSENT : id;
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
}
