package io.faultline.models.artime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ArtimeParamsTest {

    @Test
    void rejectsAShortProbationNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArtimeParams(10, 0.1, true, 0, 0.05, 0, 0.3));
        assertEquals("probation must be >= 32, was 10", e.getMessage());
    }

    @Test
    void rejectsAThresholdOutsideTheUnitInterval() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ArtimeParams(750, 0.1, true, 0, 0.05, 0, 0));
        assertEquals("threshold must be in (0, 1], was 0.0", e.getMessage());
    }
}
