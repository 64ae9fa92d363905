package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RollingQuantilesTest {
    private static final double[] QS = {0.0, 0.01, 0.25, 0.5, 0.75, 0.9, 0.995, 1.0};

    @ParameterizedTest(name = "capacity {0}, duplicates {1}")
    @CsvSource({"1,false", "2,false", "3,true", "10,true", "10,false", "64,true", "101,false"})
    void equalsBruteForceAfterEveryUpdate(int capacity, boolean duplicates) {
        Random random = new Random(1234 + capacity);
        DoubleSupplier next = duplicates
                ? () -> random.nextInt(7) * 0.5 - 1
                : () -> random.nextGaussian() * 10 + 3;
        RollingQuantiles rolling = new RollingQuantiles(capacity);
        ArrayDeque<Double> window = new ArrayDeque<>();
        for (int step = 0; step < 3 * capacity + 50; step++) {
            double value = next.getAsDouble();
            rolling.add(value);
            window.addLast(value);
            if (window.size() > capacity) {
                window.removeFirst();
            }
            double[] values = window.stream().mapToDouble(Double::doubleValue).toArray();
            String where = "step " + step + " window " + Arrays.toString(values);
            for (double q : QS) {
                assertEquals(bruteQuantile(values, q), rolling.quantile(q), "q=" + q + " at " + where);
            }
            assertEquals(bruteQuantile(values, 0.5), rolling.median(), where);
            assertEquals(bruteMad(values), rolling.medianAbsoluteDeviation(), "MAD at " + where);
            assertArrayEquals(values, rolling.values());
            assertEquals(values.length, rolling.size());
        }
    }

    @Test
    void knownSmallCase() {
        RollingQuantiles rolling = new RollingQuantiles(8);
        for (double v : new double[] {1, 1, 2, 2, 4, 6, 9}) {
            rolling.add(v);
        }
        assertEquals(2.0, rolling.median());
        // |x - 2| = 1, 1, 0, 0, 2, 4, 7 -> median 1
        assertEquals(1.0, rolling.medianAbsoluteDeviation());
        rolling.add(10);
        assertEquals(3.0, rolling.median());
        // |x - 3| = 2, 2, 1, 1, 1, 3, 6, 7 -> (2 + 2) / 2
        assertEquals(2.0, rolling.medianAbsoluteDeviation());
    }

    @Test
    void emptyWindowAnswersNaNAndBadInputIsRejected() {
        RollingQuantiles rolling = new RollingQuantiles(4);
        assertTrue(Double.isNaN(rolling.median()));
        assertTrue(Double.isNaN(rolling.medianAbsoluteDeviation()));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> rolling.add(Double.NaN));
        assertEquals("value must be finite, was NaN", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> rolling.quantile(1.5));
        assertEquals("quantile must be in [0, 1], was 1.5", e.getMessage());
    }

    /** Hyndman-Fan definition 7 on a sorted copy. */
    static double bruteQuantile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double h = (sorted.length - 1) * q;
        int lower = (int) Math.floor(h);
        double fraction = h - lower;
        return fraction == 0.0 ? sorted[lower] : sorted[lower] + fraction * (sorted[lower + 1] - sorted[lower]);
    }

    static double bruteMad(double[] values) {
        double median = bruteQuantile(values, 0.5);
        return bruteQuantile(Arrays.stream(values).map(v -> Math.abs(v - median)).toArray(), 0.5);
    }
}
