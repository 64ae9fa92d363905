package io.faultline.training.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnvelopeTest {
    @Test
    void aShortSeriesKeepsEveryFiniteRow() {
        Envelope e = Envelope.of(new double[] {1, Double.NaN, 3, 2}, 2);
        assertArrayEquals(new int[] {0, 2, 3}, e.rows());
        assertArrayEquals(new double[] {1, 3, 2}, e.values());
    }

    @Test
    void aLongSeriesKeepsEachBucketsMinAndMaxInRowOrder() {
        // buckets of 4 rows: [5 9 1 7] -> 9 at row 1 then 1 at row 2; [2 2 2 2] -> row 4 once;
        // [0 8 NaN 3] -> 0 at row 8, 8 at row 9
        double[] v = {5, 9, 1, 7, 2, 2, 2, 2, 0, 8, Double.NaN, 3};
        Envelope e = Envelope.of(v, 3);
        assertArrayEquals(new int[] {1, 2, 4, 8, 9}, e.rows());
        assertArrayEquals(new double[] {9, 1, 2, 0, 8}, e.values());
    }

    @Test
    void aSpikeSurvivesAnyBucketCount() {
        double[] v = new double[10_000];
        v[7_777] = 100;
        for (int buckets : new int[] {1, 7, 400}) {
            Envelope e = Envelope.of(v, buckets);
            assertArrayEquals(new double[] {100}, java.util.Arrays.stream(e.values()).filter(x -> x > 0).toArray());
        }
        assertThrows(IllegalArgumentException.class, () -> Envelope.of(v, 0));
    }
}
