package io.faultline.rca.rank;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The narrow widths' median networks and the sliding buffer give what sorting every window gives. */
class RollingMedianSmootherTest {

    @Test
    void medianNetworksPickTheSortedMiddleOfEveryArrangementWithTies() {
        double[] v = new double[5];
        for (int code = 0; code < 5 * 5 * 5 * 5 * 5; code++) {
            int c = code;
            for (int i = 0; i < 5; i++) {
                v[i] = c % 5 - 1.5;
                c /= 5;
            }
            double[] sorted = v.clone();
            Arrays.sort(sorted);
            assertEquals(sorted[2], RollingMedianSmoother.median5(v[0], v[1], v[2], v[3], v[4]), Arrays.toString(v));
            double[] three = Arrays.copyOf(v, 3);
            Arrays.sort(three);
            assertEquals(three[1], RollingMedianSmoother.median3(v[0], v[1], v[2]), Arrays.toString(v));
        }
    }

    @Test
    void everyWidthSmoothsAsSortingEveryWindow() {
        Random random = new Random(11);
        for (int trial = 0; trial < 500; trial++) {
            int n = 1 + random.nextInt(60);
            double[] x = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextBoolean() ? random.nextInt(4) : random.nextGaussian();
            }
            int[] pool = new int[n];
            int p = 0;
            // every other trial a pool without gaps, from a random start
            int start = random.nextInt(n);
            for (int i = 0; i < n; i++) {
                if (trial % 2 == 0 ? i >= start : random.nextDouble() < 0.8) {
                    pool[p++] = i;
                }
            }
            pool = Arrays.copyOf(pool, p);
            int[] at = Arrays.stream(pool).filter(i -> random.nextBoolean()).toArray();
            for (int width = 1; width <= 9; width += 2) {
                assertArrayEquals(RollingMedianSmoother.smoothBySorting(x, pool, at, width),
                        RollingMedianSmoother.smooth(x, pool, at, width), "trial " + trial + " width " + width);
            }
        }
    }
}
