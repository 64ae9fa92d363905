package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OrderStatisticMultisetTest {

    @Test
    void answersLikeASortedListUnderRandomInsertsAndRemovals() {
        Random random = new Random(42);
        OrderStatisticMultiset set = new OrderStatisticMultiset();
        List<Double> sorted = new ArrayList<>();
        for (int step = 0; step < 5_000; step++) {
            double value = random.nextInt(40) - 20; // few distinct values: many duplicates
            if (random.nextInt(3) == 0) {
                boolean present = sorted.remove(value);
                assertEquals(present, set.remove(value), "remove " + value + " at step " + step);
            } else {
                set.add(value);
                int at = Collections.binarySearch(sorted, value);
                sorted.add(at >= 0 ? at : -at - 1, value);
            }
            assertEquals(sorted.size(), set.size());
            if (!sorted.isEmpty()) {
                int k = random.nextInt(sorted.size());
                assertEquals(sorted.get(k), set.select(k), "select " + k + " at step " + step);
            }
            double probe = random.nextInt(44) - 22;
            assertEquals(sorted.stream().filter(v -> v < probe).count(), set.countLess(probe));
            assertEquals(sorted.stream().filter(v -> v <= probe).count(), set.countLessOrEqual(probe));
        }
    }

    @Test
    void staysBalancedOnSortedInput() {
        OrderStatisticMultiset set = new OrderStatisticMultiset();
        for (int i = 0; i < 1 << 12; i++) {
            set.add(i);
        }
        // an AVL tree with d nodes has height < 1.4405 log2(d + 2)
        assertTrue(set.height() <= 1.4405 * (Math.log((1 << 12) + 2) / Math.log(2)), "height " + set.height());
        for (int i = 0; i < 1 << 12; i++) {
            assertEquals(i, set.select(i));
        }
    }

    @Test
    void treatsNegativeZeroAsZeroAndRejectsNaN() {
        OrderStatisticMultiset set = new OrderStatisticMultiset();
        set.add(-0.0);
        assertEquals(1, set.countLessOrEqual(0.0));
        assertTrue(set.remove(0.0));
        assertFalse(set.remove(Double.NaN));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> set.add(Double.NaN));
        assertEquals("value must not be NaN", e.getMessage());
        NoSuchElementException empty = assertThrows(NoSuchElementException.class, () -> set.select(0));
        assertEquals("rank must be in [0, 0), was 0", empty.getMessage());
    }
}
