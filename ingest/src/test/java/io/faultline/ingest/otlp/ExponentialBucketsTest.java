package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExponentialBucketsTest {
    private static final long[] NONE = {};

    private static ExponentialBuckets positive(int scale, long zeroCount, int offset, long... counts) {
        return new ExponentialBuckets(scale, 0, zeroCount, offset, counts, 0, NONE);
    }

    @Test
    void laysPositiveBucketsOutAsExplicitBoundsWithTheGapBelowThem() {
        // scale 0: base 2; index 0 is (1, 2], index 1 is (2, 4]
        BucketCounts explicit = positive(0, 0, 0, 1, 2).explicit();
        assertArrayEquals(new double[] {0, 1, 2, 4}, explicit.bounds());
        assertArrayEquals(new long[] {0, 0, 1, 2, 0}, explicit.counts());
        assertEquals(2.5, explicit.quantile(0.5), 1e-12); // rank 1.5 of 3: a quarter into (2, 4]
    }

    @Test
    void finerScalesAndTheZeroAndNegativeRanges() {
        // scale 1: base sqrt(2); index 2 is (2, 2.83]
        BucketCounts explicit = positive(1, 0, 2, 4).explicit();
        assertArrayEquals(new double[] {0, 2, Math.pow(2, 1.5)}, explicit.bounds(), 1e-12);
        assertEquals(2 + (Math.pow(2, 1.5) - 2) * 0.5, explicit.quantile(0.5), 1e-12);

        ExponentialBuckets mixed = new ExponentialBuckets(0, 0.5, 1, 0, new long[] {1}, 0, new long[] {3});
        BucketCounts laidOut = mixed.explicit();
        // [-2, -1) upper -1; [-0.5, 0.5] from an empty bucket at -0.5; (1, 2] from an empty bucket at 1
        assertArrayEquals(new double[] {-1, -0.5, 0.5, 1, 2}, laidOut.bounds());
        assertArrayEquals(new long[] {3, 0, 1, 0, 1, 0}, laidOut.counts());
        assertEquals(-1.0, laidOut.quantile(0.5), "in the lowest bucket, whose bound is negative: that bound");
        assertEquals(0.0, positive(0, 5, 0).explicit().quantile(0.99), "only zeros");
    }

    @Test
    void downscalingMergesNeighbouringBuckets() {
        ExponentialBuckets fine = positive(2, 1, -3, 1, 2, 3, 4, 5); // indexes -3..1
        ExponentialBuckets coarse = fine.downscale(1);                 // index >> 1: -2, -1, -1, 0, 0
        assertEquals(1, coarse.scale());
        assertEquals(-2, coarse.positiveOffset());
        assertArrayEquals(new long[] {1, 5, 9}, coarse.positive());
        assertEquals(1, coarse.zeroCount());
        assertArrayEquals(new long[] {6, 9}, fine.downscale(-1).positive(), "index >> 3: -1, -1, -1, 0, 0");
    }

    @Test
    void consecutiveCumulativePointsAreSubtractedAtTheCoarserScale() {
        ExponentialBuckets before = positive(1, 2, 0, 1, 1);     // scale 1, indexes 0..1
        ExponentialBuckets after = positive(0, 3, 0, 5, 4);      // scale 0, indexes 0..1 (0..3 at scale 1)
        ExponentialBuckets interval = after.since(before);
        assertEquals(0, interval.scale());
        assertEquals(1, interval.zeroCount());
        assertEquals(0, interval.positiveOffset());
        assertArrayEquals(new long[] {3, 4}, interval.positive(), "before at scale 0 is [2] at index 0");

        ExponentialBuckets grown = positive(0, 2, -1, 7, 1, 1); // a new lower bucket appeared
        assertArrayEquals(new long[] {7, 0, 0}, grown.since(positive(0, 2, 0, 1, 1)).positive());
        assertEquals(-1, grown.since(positive(0, 2, 0, 1, 1)).positiveOffset());
    }

    @Test
    void aLowerCountIsAResetAndANewZeroThresholdIsNotComparable() {
        ExponentialBuckets restarted = positive(0, 0, 0, 1);
        assertArrayEquals(new long[] {1}, restarted.since(positive(0, 0, 0, 5)).positive());
        assertArrayEquals(new long[] {1}, restarted.since(positive(0, 0, 3, 5)).positive(), "a bucket that emptied");
        assertNull(restarted.since(new ExponentialBuckets(0, 0.1, 0, 0, new long[] {1}, 0, NONE)));
    }

    @Test
    void eachProblemIsNamed() {
        assertNull(positive(20, 0, -3, 1, 2).problem());
        assertEquals("scale 21 is outside [-10, 20]", positive(21, 0, 0).problem());
        assertEquals("scale -11 is outside [-10, 20]", positive(-11, 0, 0).problem());
        assertEquals("zeroThreshold -1.0 is not a finite number >= 0",
                new ExponentialBuckets(0, -1, 0, 0, NONE, 0, NONE).problem());
        assertEquals("zeroCount is larger than 2^63-1", positive(0, -1, 0).problem());
        assertEquals("positive: 16385 buckets, more than 16384", positive(0, 0, 0, new long[16_385]).problem());
        assertEquals("positive.offset 2147483647 is too large", positive(0, 0, Integer.MAX_VALUE, 1).problem());
        assertEquals("negative.bucketCounts[1] is larger than 2^63-1",
                new ExponentialBuckets(0, 0, 0, 0, NONE, 0, new long[] {1, -1}).problem());
    }
}
