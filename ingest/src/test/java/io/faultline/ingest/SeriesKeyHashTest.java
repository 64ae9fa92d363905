package io.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cached label hash keeps the Map and record contracts: equal keys hash alike, labels stay read-only. */
class SeriesKeyHashTest {

    @Test
    void equalKeysBuiltDifferentlyAreEqualAndHashAlike() {
        SeriesKey a = SeriesKey.of("http_requests_total", "job", "cart", "instance", "10.0.0.1:9000");
        SeriesKey b = new SeriesKey("http_requests_total", new TreeMap<>(Map.of("instance", "10.0.0.1:9000", "job", "cart")));

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(a.hashCode(), a.hashCode());
    }

    @Test
    void labelsHashAsAnyMapWithTheSameEntries() {
        SeriesKey key = SeriesKey.of("up", "job", "cart", "region", "eu-west-1");
        Map<String, String> plain = Map.of("job", "cart", "region", "eu-west-1");

        assertEquals(plain.hashCode(), key.labels().hashCode());
        assertEquals(plain, key.labels());
        assertEquals(key.labels(), plain);
    }

    @Test
    void keysDifferingInMetricOrOneLabelValueAreNotEqual() {
        SeriesKey key = SeriesKey.of("up", "job", "cart");

        assertNotEquals(key, SeriesKey.of("down", "job", "cart"));
        assertNotEquals(key, SeriesKey.of("up", "job", "carts"));
        assertNotEquals(key, SeriesKey.of("up"));
    }

    @Test
    void labelsStayUnmodifiable() {
        SeriesKey key = SeriesKey.of("up", "job", "cart");

        assertThrows(UnsupportedOperationException.class, () -> key.labels().put("job", "other"));
    }
}
