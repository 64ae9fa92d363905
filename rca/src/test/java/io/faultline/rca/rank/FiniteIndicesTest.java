package io.faultline.rca.rank;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Every range gives the indices a scan of the whole series gives, timestamps in order or not. */
class FiniteIndicesTest {

    @Test
    void everyRangeIsTheScannedOne() {
        Random random = new Random(5);
        for (int trial = 0; trial < 400; trial++) {
            int n = random.nextInt(40);
            long[] t = new long[n];
            double[] x = new double[n];
            long now = 0;
            boolean ordered = trial % 3 != 0;
            for (int i = 0; i < n; i++) {
                now += random.nextInt(3);
                t[i] = ordered ? now : random.nextInt(60);
                double r = random.nextDouble();
                x[i] = r < 0.1 ? Double.NaN : r < 0.15 ? Double.NEGATIVE_INFINITY : r;
            }
            FiniteIndices indices = new FiniteIndices(t, x);
            for (int q = 0; q < 20; q++) {
                long from = q == 0 ? Long.MIN_VALUE : random.nextInt(70) - 5;
                long to = q == 1 ? Long.MAX_VALUE : from == Long.MIN_VALUE ? random.nextInt(70) : from + random.nextInt(30) - 3;
                int[] expected = IntStream.range(0, n)
                        .filter(i -> t[i] >= from && t[i] <= to && Double.isFinite(x[i])).toArray();
                assertArrayEquals(expected, indices.between(from, to), "trial " + trial + " " + from + ".." + to);
            }
        }
    }
}
