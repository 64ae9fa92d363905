package io.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The flat label map behaves as the sorted, read-only map it replaced, and shares its strings. */
class FrozenLabelsTest {

    @Test
    void labelsInAnyOrderComeOutSortedByName() {
        TreeMap<String, String> reversed = new TreeMap<>(Collections.reverseOrder());
        reversed.putAll(Map.of("zone", "a", "job", "cart", "instance", "i-1", "region", "eu"));
        SeriesKey key = new SeriesKey("up", reversed);

        assertEquals(List.of("instance", "job", "region", "zone"), new ArrayList<>(key.labels().keySet()));
        assertEquals(List.of("i-1", "cart", "eu", "a"), new ArrayList<>(key.labels().values()));
        assertEquals("up{instance=\"i-1\",job=\"cart\",region=\"eu\",zone=\"a\"}", key.toString());
        assertEquals("instance", key.labels().firstKey());
        assertEquals("zone", key.labels().lastKey());
        assertEquals(Map.of("job", "cart"), key.labels().subMap("j", "k"));
    }

    @Test
    void lookupsFindEveryLabelAndNothingElse() {
        SeriesKey key = SeriesKey.of("up", "b", "2", "a", "1", "d", "4", "c", "3", "e", "");

        assertEquals(4, key.labels().size()); // the empty value is an absent label
        for (String name : List.of("a", "b", "c", "d")) {
            assertEquals(String.valueOf(name.charAt(0) - 'a' + 1), key.label(name));
            assertTrue(key.labels().containsKey(name));
        }
        assertNull(key.label("e"));
        assertNull(key.labels().get(7));
        assertEquals("none", key.labels().getOrDefault("zz", "none"));
        assertEquals(new TreeMap<>(Map.of("a", "1", "b", "2", "c", "3", "d", "4")), key.labels());
    }

    @Test
    void aKeyWithoutLabelsIsEmpty() {
        SeriesKey key = new SeriesKey("up", null);

        assertTrue(key.labels().isEmpty());
        assertEquals(SeriesKey.of("up"), key);
        assertThrows(NoSuchElementException.class, () -> key.labels().firstKey());
    }

    @Test
    void equalStringsAreSharedBetweenKeys() {
        SeriesKey a = SeriesKey.of(new String("cpu_seconds"), new String("service"), new String("cart"));
        SeriesKey b = SeriesKey.of(new String("cpu_seconds"), new String("service"), new String("cart"));

        assertSame(a.metric(), b.metric());
        assertSame(a.label("service"), b.label("service"));
        assertSame(a.labels().firstKey(), b.labels().firstKey());
    }

    @Test
    void theEntriesCannotBeChanged() {
        SeriesKey key = SeriesKey.of("up", "job", "cart");

        assertThrows(UnsupportedOperationException.class, () -> key.labels().entrySet().iterator().next().setValue("x"));
        assertThrows(UnsupportedOperationException.class, () -> key.labels().remove("job"));
        assertThrows(UnsupportedOperationException.class, () -> key.labels().entrySet().clear());
    }
}
