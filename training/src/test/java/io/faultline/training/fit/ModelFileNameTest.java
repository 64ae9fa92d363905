package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModelFileNameTest {

    @Test
    void readableTextPlusAShortHashOfTheKey() {
        assertEquals("http_latency_ms_service_cart-2fae8a507a5b.json",
                ModelFileName.of(SeriesKey.of("http_latency_ms", "service", "cart")));
        assertEquals("cpu-68ab84f7c6d0.json", ModelFileName.of(SeriesKey.of("cpu")));
    }

    @Test
    void labelValuesCannotLeadOutOfTheFolder() {
        String name = ModelFileName.of(SeriesKey.of("cpu", "path", "../../etc/passwd"));

        assertEquals("cpu_path_etc_passwd-fd1a5c618f91.json", name);
        Path folder = Path.of("models");
        assertEquals(folder, folder.resolve(name).normalize().getParent());
    }

    @Test
    void keysThatSanitiseAlikeStayApart() {
        String dotted = ModelFileName.of(SeriesKey.of("cpu", "host", "a.b"));
        String slashed = ModelFileName.of(SeriesKey.of("cpu", "host", "a/b"));
        String upper = ModelFileName.of(SeriesKey.of("cpu", "host", "A_B"));
        String lower = ModelFileName.of(SeriesKey.of("cpu", "host", "a_b"));

        assertEquals(dotted.substring(0, dotted.lastIndexOf('-')), slashed.substring(0, slashed.lastIndexOf('-')));
        assertNotEquals(dotted, slashed);
        assertNotEquals(upper.toLowerCase(java.util.Locale.ROOT), lower.toLowerCase(java.util.Locale.ROOT));
    }

    @Test
    void longKeysAreCutAndKeysWithoutReadableTextGetAPlaceholder() {
        String name = ModelFileName.of(SeriesKey.of("m", "l", "x".repeat(500)));
        assertEquals(ModelFileName.MAX_TEXT + "-".length() + 12 + ".json".length(), name.length());
        assertTrue(name.startsWith("m_l_xxx"));

        assertTrue(ModelFileName.of(SeriesKey.of(":")).matches("series-[0-9a-f]{12}\\.json"));
    }
}
