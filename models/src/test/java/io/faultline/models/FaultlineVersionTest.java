package io.faultline.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FaultlineVersionTest {

    private static InputStream properties(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void prefersTheManifestThenTheResourceThenDev() {
        assertEquals("1.2.3", FaultlineVersion.resolve("1.2.3", properties("version=9.9.9")));
        assertEquals("9.9.9", FaultlineVersion.resolve(null, properties("version=9.9.9\n")));
        assertEquals("dev", FaultlineVersion.resolve(null, null));
        assertEquals("dev", FaultlineVersion.resolve("", properties("version=${project.version}")));
        assertEquals("dev", FaultlineVersion.resolve(null, properties("other=1")));
    }

    @Test
    void theBuildFiltersTheVersionResource() {
        assertFalse(FaultlineVersion.current().isBlank());
        assertFalse(FaultlineVersion.current().equals("dev"), "the filtered resource should give the project version");
    }
}
