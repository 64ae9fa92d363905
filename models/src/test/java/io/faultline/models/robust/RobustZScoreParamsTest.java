package io.faultline.models.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RobustZScoreParamsTest {

    private static String problem(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }

    @Test
    void validatesEveryField() {
        assertEquals("window must be >= 3, was 1", problem(() -> new RobustZScoreParams(1, 3, 4, 0.01, 1e-6)));
        assertEquals("minPoints must be in [3, window=10], was 11", problem(() -> new RobustZScoreParams(10, 11, 4, 0.01, 1e-6)));
        assertEquals("threshold must be finite and > 0, was NaN", problem(() -> new RobustZScoreParams(10, 5, Double.NaN, 0.01, 1e-6)));
        assertEquals("relativeScaleFloor must be finite and >= 0, was -0.1", problem(() -> new RobustZScoreParams(10, 5, 4, -0.1, 1e-6)));
        assertEquals("absoluteScaleFloor must be finite and > 0, was 0.0", problem(() -> new RobustZScoreParams(10, 5, 4, 0.01, 0)));
    }

    @Test
    void defaultsAreValid() {
        assertEquals(new RobustZScoreParams(240, 30, 4.0, 0.01, 1e-6), RobustZScoreParams.defaults());
    }
}
