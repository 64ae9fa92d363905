package io.faultline.models.bocpd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class TailZScoreTest {

    @Test
    void readsTwoSidedTailProbabilitiesAsSigmas() {
        assertEquals(0.0, TailZScore.of(1.0));
        assertEquals(1.959963984540054, TailZScore.of(0.05), 1e-12);
        assertEquals(3.0, TailZScore.of(Erf.erfc(3 / Math.sqrt(2))), 1e-9);
        assertEquals(5.0, TailZScore.of(Erf.erfc(5 / Math.sqrt(2))), 1e-9);
    }

    @Test
    void theAsymptoticTailIsCloseToTheExactOneAndKeepsRising() {
        double p = Erf.erfc(9 / Math.sqrt(2)); // 2.3e-19, below the switch to the asymptotic series
        assertEquals(9.0, TailZScore.of(p), 0.02);
        assertTrue(Math.abs(TailZScore.of(0.99e-15) - TailZScore.of(1.0e-15)) < 0.02);
        double previous = 0;
        for (double q = 1e-16; q > 1e-300; q *= 1e-10) {
            double z = TailZScore.of(q);
            assertTrue(z > previous, q + " gives " + z + " after " + previous);
            previous = z;
        }
        assertTrue(Double.isFinite(TailZScore.of(0.0)));
    }

    @Test
    void refusesWhatIsNotAProbability() {
        assertEquals("p must be in [0, 1], was 1.5",
                assertThrows(IllegalArgumentException.class, () -> TailZScore.of(1.5)).getMessage());
    }
}
