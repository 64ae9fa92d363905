package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class BucketCountsTest {

    private static String problem(double[] bounds, long... counts) {
        return new BucketCounts(bounds, counts).problem();
    }

    @Test
    void validBucketsHaveNoProblemAndAreTheirOwnExplicitForm() {
        BucketCounts valid = new BucketCounts(new double[] {1, 2}, new long[] {0, 3, 1});
        assertNull(valid.problem());
        assertSame(valid, valid.explicit());
    }

    @Test
    void eachProblemIsNamed() {
        assertEquals("has no bucketCounts (only count and sum), so no quantile can be derived", problem(new double[0]));
        assertEquals("3 bucketCounts for 1 explicitBounds (must be one more)", problem(new double[] {1}, 1, 2, 3));
        assertEquals("explicitBounds[1] = 1.0 is not finite and strictly increasing", problem(new double[] {1, 1}, 0, 0, 0));
        assertEquals("explicitBounds[0] = NaN is not finite and strictly increasing", problem(new double[] {Double.NaN}, 0, 0));
        assertEquals("bucketCounts[1] is larger than 2^63-1", problem(new double[] {1}, 0, -1));
    }

    @Test
    void sinceSubtractsBucketByBucketAndReadsADropAsAReset() {
        BucketCounts before = new BucketCounts(new double[] {1}, new long[] {1, 2});
        BucketCounts after = new BucketCounts(new double[] {1}, new long[] {3, 2});
        assertArrayEquals(new long[] {2, 0}, BucketCounts.since(before, after).counts());
        assertSame(before, BucketCounts.since(after, before), "a lower count is a reset: the point's own counts");
        assertNull(BucketCounts.since(before, new BucketCounts(new double[] {2}, new long[] {3, 2})), "other bounds");
    }
}
