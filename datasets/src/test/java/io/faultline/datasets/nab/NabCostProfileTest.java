package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class NabCostProfileTest {
    @Test
    void standardProfilesAreNabV11s() {
        assertEquals(List.of(
                new NabCostProfile("standard", 1.0, 0.11, 1.0, 1.0),
                new NabCostProfile("reward_low_FP_rate", 1.0, 0.22, 1.0, 1.0),
                new NabCostProfile("reward_low_FN_rate", 1.0, 0.11, 2.0, 1.0)), NabCostProfile.standardProfiles());
    }

    @Test
    void weightsMustBeFiniteAndNotNegative() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new NabCostProfile("p", 1.0, -0.11, 1.0, 1.0));
        assertEquals("profile 'p': fpWeight must be a finite number >= 0, was -0.11", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new NabCostProfile("p", Double.NaN, 0.11, 1.0, 1.0));
        assertThrows(IllegalArgumentException.class, () -> new NabCostProfile(" ", 1.0, 0.11, 1.0, 1.0));
    }
}
