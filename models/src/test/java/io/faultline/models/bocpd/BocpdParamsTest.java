package io.faultline.models.bocpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BocpdParamsTest {

    private static String problem(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @Test
    void validatesEveryField() {
        assertEquals("hazardLambda must be finite and > 1, was 1.0",
                problem(() -> new BocpdParams(1, 30, 10, 5, 1, 10, 500, 0.001, 1e-6)));
        assertEquals("maxRunLengths must be in [2, 10000], was 1",
                problem(() -> new BocpdParams(250, 1, 10, 5, 1, 10, 500, 0.001, 1e-6)));
        assertEquals("minPoints must be >= 2, was 1",
                problem(() -> new BocpdParams(250, 30, 1, 5, 1, 10, 500, 0.001, 1e-6)));
        assertEquals("threshold must be finite and > 0, was NaN",
                problem(() -> new BocpdParams(250, 30, 10, Double.NaN, 1, 10, 500, 0.001, 1e-6)));
        assertEquals("priorKappa must be finite and > 0, was 0.0",
                problem(() -> new BocpdParams(250, 30, 10, 5, 0, 10, 500, 0.001, 1e-6)));
        assertEquals("priorAlpha must be finite and > 0, was -1.0",
                problem(() -> new BocpdParams(250, 30, 10, 5, 1, -1, 500, 0.001, 1e-6)));
        assertEquals("priorHalfLife must be finite and > 0, was Infinity",
                problem(() -> new BocpdParams(250, 30, 10, 5, 1, 10, Double.POSITIVE_INFINITY, 0.001, 1e-6)));
        assertEquals("relativeScaleFloor must be finite and >= 0, was -0.1",
                problem(() -> new BocpdParams(250, 30, 10, 5, 1, 10, 500, -0.1, 1e-6)));
        assertEquals("absoluteScaleFloor must be finite and > 0, was 0.0",
                problem(() -> new BocpdParams(250, 30, 10, 5, 1, 10, 500, 0.001, 0)));
    }

    @Test
    void defaultsAreValid() {
        assertEquals(new BocpdParams(1000, 30, 10, 5.0, 1.0, 10.0, 500, 0.001, 1e-6), BocpdParams.defaults());
    }
}
