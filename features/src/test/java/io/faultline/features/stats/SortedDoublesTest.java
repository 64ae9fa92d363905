package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayDeque;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SortedDoublesTest {
    @Test
    void agreesWithTheOrderStatisticTreeOnASlidingWindowWithDuplicatesAndSignedZeros() {
        SplittableRandom random = new SplittableRandom(42);
        SortedDoubles array = new SortedDoubles(50);
        OrderStatisticMultiset tree = new OrderStatisticMultiset();
        ArrayDeque<Double> window = new ArrayDeque<>();
        double[] pool = {-0.0, 0.0, 1.5, -2.25, 3.0, 1e300, -1e-300};
        for (int step = 0; step < 5_000; step++) {
            double v = random.nextInt(3) == 0 ? pool[random.nextInt(pool.length)] : Math.round(random.nextGaussian() * 100) / 10.0;
            if (window.size() == 50) {
                double oldest = window.removeFirst();
                assertEquals(tree.remove(oldest), array.remove(oldest));
            }
            window.addLast(v);
            array.add(v);
            tree.add(v);
            assertEquals(tree.size(), array.size());
            int k = random.nextInt(array.size());
            assertEquals(Double.doubleToLongBits(tree.select(k)), Double.doubleToLongBits(array.select(k)), "rank " + k);
            assertEquals(tree.countLess(v), array.countLess(v));
        }
    }

    @Test
    void refusesToOverflowAndReportsAbsentValues() {
        SortedDoubles array = new SortedDoubles(2);
        array.add(1);
        array.add(2);
        assertEquals("sorted window is full (2 values)", assertThrows(IllegalStateException.class, () -> array.add(3)).getMessage());
        assertFalse(array.remove(5));
        assertEquals("rank 2 outside 0..1", assertThrows(IndexOutOfBoundsException.class, () -> array.select(2)).getMessage());
    }
}
