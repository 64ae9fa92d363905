package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayDeque;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RollingMomentsTest {

    @Test
    void matchesExactArithmeticWhileFillingAndSliding() {
        Random random = new Random(99);
        RollingMoments moments = new RollingMoments(50);
        ArrayDeque<Double> window = new ArrayDeque<>();
        for (int step = 0; step < 20_000; step++) {
            // a large offset with small noise is where naive sum-of-squares formulas fail
            double value = 1e9 + random.nextGaussian() + (random.nextInt(10) == 0 ? 5 : 0);
            moments.add(value);
            window.addLast(value);
            if (window.size() > 50) {
                window.removeFirst();
            }
            if (step < 60 || step % 997 == 0) {
                BigDecimal[] exact = exactMeanAndSumOfSquares(window);
                int n = window.size();
                assertEquals(exact[0].doubleValue(), moments.mean(), 1e-6, "mean at step " + step);
                if (n >= 2) {
                    double variance = exact[1].divide(BigDecimal.valueOf(n - 1), MathContext.DECIMAL128).doubleValue();
                    assertEquals(variance, moments.variance(), 1e-6 * Math.max(1.0, variance), "variance at step " + step);
                }
                double population = exact[1].divide(BigDecimal.valueOf(n), MathContext.DECIMAL128).doubleValue();
                assertEquals(population, moments.populationVariance(), 1e-6 * Math.max(1.0, population));
            }
        }
    }

    @Test
    void smallWindowsAreExactAndUndefinedQueriesAreNaN() {
        RollingMoments moments = new RollingMoments(3);
        assertTrue(Double.isNaN(moments.mean()));
        moments.add(2);
        assertEquals(2.0, moments.mean());
        assertTrue(Double.isNaN(moments.variance()));
        assertEquals(0.0, moments.populationVariance());
        moments.add(4);
        moments.add(6);
        assertEquals(4.0, moments.mean());
        assertEquals(4.0, moments.variance());
        moments.add(8); // window 4, 6, 8
        assertEquals(6.0, moments.mean());
        assertEquals(4.0, moments.variance());
        assertEquals(2.0, moments.standardDeviation());
    }

    @Test
    void constantSeriesHasZeroVariance() {
        RollingMoments moments = new RollingMoments(7);
        for (int i = 0; i < 100; i++) {
            moments.add(0.1);
        }
        assertEquals(0.0, moments.variance(), 1e-30);
    }

    @Test
    void rejectsNonFiniteValues() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new RollingMoments(3).add(Double.POSITIVE_INFINITY));
        assertEquals("value must be finite, was Infinity", e.getMessage());
    }

    private static BigDecimal[] exactMeanAndSumOfSquares(ArrayDeque<Double> window) {
        BigDecimal sum = BigDecimal.ZERO;
        for (double v : window) {
            sum = sum.add(new BigDecimal(v));
        }
        BigDecimal mean = sum.divide(BigDecimal.valueOf(window.size()), MathContext.DECIMAL128);
        BigDecimal squares = BigDecimal.ZERO;
        for (double v : window) {
            BigDecimal d = new BigDecimal(v).subtract(mean);
            squares = squares.add(d.multiply(d));
        }
        return new BigDecimal[] {mean, squares};
    }
}
