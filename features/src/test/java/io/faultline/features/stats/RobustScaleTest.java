package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RobustScaleTest {

    @Test
    void scaleIsTheLargestOfMadAndItsFloors() {
        assertEquals(1.4826 * 2, RobustScale.of(100, 2, 0.01, 1e-6).scale());
        assertEquals(1.0, RobustScale.of(100, 0, 0.01, 1e-6).scale());
        assertEquals(0.5, RobustScale.of(0, 0, 0.01, 0.5).scale());
        assertEquals(2.0, RobustScale.of(-200, 0.1, 0.01, 0.5).scale());
    }

    @Test
    void standardisesAndBack() {
        RobustScale scale = new RobustScale(10, 4);
        assertEquals(1.5, scale.standardise(16));
        assertEquals(16.0, scale.unstandardise(1.5));
    }

    @Test
    void isBuiltFromAWindow() {
        RollingQuantiles window = new RollingQuantiles(5);
        for (double v : new double[] {1, 2, 3, 4, 100}) {
            window.add(v);
        }
        assertEquals(new RobustScale(3, 1.4826), RobustScale.of(window, 0, 1e-9));
    }

    @Test
    void rejectsAZeroScaleAndBadFloors() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RobustScale(0, 0));
        assertEquals("scale must be finite and > 0, was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RobustScale.of(0, 1, 0.01, 0));
        assertEquals("absolute scale floor must be finite and > 0, was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> RobustScale.of(0, 1, -1, 1));
        assertEquals("relative scale floor must be finite and >= 0, was -1.0", e.getMessage());
    }
}
