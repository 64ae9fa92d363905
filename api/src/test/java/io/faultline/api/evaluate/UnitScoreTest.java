package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnitScoreTest {
    @Test
    void mapsZeroToZeroInfinityToOneAndIsInvertible() {
        assertEquals(0.0, UnitScore.of(0));
        assertEquals(1.0, UnitScore.of(Double.POSITIVE_INFINITY));
        assertEquals(Math.log1p(3) / (1 + Math.log1p(3)), UnitScore.of(3));
        assertEquals(3.0, UnitScore.raw(UnitScore.of(3)), 1e-12);
        assertTrue(UnitScore.of(Double.MAX_VALUE) < 1);
    }

    @Test
    void keepsHugeScoresApartWhereSOverOnePlusSWouldTieThem() {
        double a = 1e16;
        double b = 2e16;
        assertEquals(a / (1 + a), b / (1 + b)); // the plain map ties them
        assertTrue(UnitScore.of(a) < UnitScore.of(b));
        assertTrue(UnitScore.of(1e14) < UnitScore.of(1.01e14));
    }

    @Test
    void isStrictlyIncreasingOverADenseGrid() {
        double previous = -1;
        for (int e = -300; e <= 300; e++) {
            for (double m = 1; m < 10; m += 0.5) {
                double u = UnitScore.of(m * Math.pow(10, e));
                assertTrue(u > previous && u >= 0 && u < 1, m + "e" + e);
                previous = u;
            }
        }
    }

    @Test
    void rejectsScoresOutsideTheContract() {
        assertThrows(IllegalArgumentException.class, () -> UnitScore.of(-0.5));
        assertThrows(IllegalArgumentException.class, () -> UnitScore.of(Double.NaN));
    }
}
