package io.faultline.ingest;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The sorted, read-only label map inside a {@link SeriesKey}: names and values alternate in one flat
 * array sorted by name, their strings shared through {@link LabelStrings}, and the hash computed once.
 * A key is held by every active series of the live pipeline, so its size is per-series memory: a
 * {@code TreeMap} with its entries, views and an unmodifiable wrapper cost about 200 bytes for two labels,
 * this about 70. The hash is cached because keys are hashed several times per sample batch (profiled
 * with JFR under {@code faultline bench ingest}: walking the labels for it was 38 % of the request
 * threads' samples). Lookups are binary searches; the sub-map views are copies, as nothing on a hot
 * path asks for them.
 */
final class FrozenLabels extends AbstractMap<String, String> implements SortedMap<String, String> {
    static final FrozenLabels EMPTY = new FrozenLabels(new String[0]);

    private final String[] pairs; // name0, value0, name1, value1, ... sorted by name, no empty value
    private final int hash;

    private FrozenLabels(String[] pairs) {
        this.pairs = pairs;
        int h = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            h += pairs[i].hashCode() ^ pairs[i + 1].hashCode(); // Map.hashCode's definition
        }
        this.hash = h;
    }

    /**
     * The labels of {@code pairs[0, length)} (name, value, name, value...; names distinct), sorted by name
     * unless {@code sorted} says they are already, their strings shared.
     */
    static FrozenLabels of(String[] pairs, int length, boolean sorted) {
        if (length == 0) {
            return EMPTY;
        }
        String[] own = new String[length];
        for (int i = 0; i < length; i++) {
            own[i] = LabelStrings.share(pairs[i]);
        }
        if (!sorted) {
            sortByName(own);
        }
        return new FrozenLabels(own);
    }

    private static void sortByName(String[] pairs) {
        int n = pairs.length / 2;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(i -> pairs[2 * i]));
        String[] copy = pairs.clone();
        for (int i = 0; i < n; i++) {
            pairs[2 * i] = copy[2 * order[i]];
            pairs[2 * i + 1] = copy[2 * order[i] + 1];
        }
    }

    private int indexOf(Object name) {
        if (!(name instanceof String s)) {
            return -1;
        }
        int lo = 0;
        int hi = pairs.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = pairs[2 * mid].compareTo(s);
            if (c == 0) {
                return mid;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    @Override
    public String get(Object name) {
        int i = indexOf(name);
        return i < 0 ? null : pairs[2 * i + 1];
    }

    @Override
    public String getOrDefault(Object name, String otherwise) {
        int i = indexOf(name);
        return i < 0 ? otherwise : pairs[2 * i + 1];
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public int size() {
        return pairs.length / 2;
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < pairs.length; i += 2) {
            action.accept(pairs[i], pairs[i + 1]);
        }
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < pairs.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= pairs.length) {
                            throw new NoSuchElementException();
                        }
                        next += 2;
                        return new SimpleImmutableEntry<>(pairs[next - 2], pairs[next - 1]);
                    }
                };
            }

            @Override
            public int size() {
                return pairs.length / 2;
            }
        };
    }

    @Override
    public Comparator<? super String> comparator() {
        return null; // natural order
    }

    @Override
    public String firstKey() {
        if (pairs.length == 0) {
            throw new NoSuchElementException();
        }
        return pairs[0];
    }

    @Override
    public String lastKey() {
        if (pairs.length == 0) {
            throw new NoSuchElementException();
        }
        return pairs[pairs.length - 2];
    }

    @Override
    public SortedMap<String, String> subMap(String fromKey, String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
    }

    @Override
    public SortedMap<String, String> headMap(String toKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
    }

    @Override
    public SortedMap<String, String> tailMap(String fromKey) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (o instanceof FrozenLabels f) {
            return hash == f.hash && Arrays.equals(pairs, f.pairs);
        }
        return super.equals(o);
    }

    /** Whether the map is already sorted by its keys' natural order, so its entries can be taken as they come. */
    static boolean naturallySorted(Map<String, String> labels) {
        return labels instanceof SortedMap<String, String> s && s.comparator() == null;
    }
}
