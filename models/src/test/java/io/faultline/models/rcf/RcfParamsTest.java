package io.faultline.models.rcf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RcfParamsTest {

    private static String problem(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @Test
    void validatesEveryField() {
        assertEquals("shingleSize must be in [2, 64], was 1",
                problem(() -> new RcfParams(1, 256, 50, 64, 0.005, "NORMALIZE", 10_000, 42)));
        assertEquals("sampleSize must be in [16, 4096], was 8",
                problem(() -> new RcfParams(8, 8, 50, 64, 0.005, "NORMALIZE", 10_000, 42)));
        assertEquals("numberOfTrees must be in [1, 500], was 0",
                problem(() -> new RcfParams(8, 256, 0, 64, 0.005, "NORMALIZE", 10_000, 42)));
        assertEquals("outputAfter must be in [1, 256], was 300",
                problem(() -> new RcfParams(8, 256, 50, 300, 0.005, "NORMALIZE", 10_000, 42)));
        assertEquals("anomalyRate must be in (0, 0.5), was 0.0",
                problem(() -> new RcfParams(8, 256, 50, 64, 0.0, "NORMALIZE", 10_000, 42)));
        assertEquals("transformMethod must be one of [NONE, NORMALIZE, DIFFERENCE, NORMALIZE_DIFFERENCE, SUBTRACT_MA,"
                + " WEIGHTED], was normalise",
                problem(() -> new RcfParams(8, 256, 50, 64, 0.005, "normalise", 10_000, 42)));
        assertEquals("maxHistory must be >= 0, was -1",
                problem(() -> new RcfParams(8, 256, 50, 64, 0.005, "NORMALIZE", -1, 42)));
    }

    @Test
    void defaultsAreValid() {
        assertEquals(new RcfParams(8, 256, 50, 64, 0.005, "NONE", 10_000, 42L), RcfParams.defaults());
    }
}
