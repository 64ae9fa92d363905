package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Hand-computed with the steps of Prometheus' bucketQuantile. */
class BucketQuantilesTest {
    private static final double[] BOUNDS = {0.1, 0.5, 1};
    private static final long[] COUNTS = {10, 30, 50, 10}; // cumulative 10, 40, 90, 100

    @Test
    void interpolatesLinearlyInsideTheBucketOfTheRank() {
        assertEquals(0.6, BucketQuantiles.quantile(0.5, BOUNDS, COUNTS), 1e-12);   // rank 50: 0.5 + 0.5 * 10/50
        assertEquals(1.0, BucketQuantiles.quantile(0.9, BOUNDS, COUNTS), 1e-12);   // rank 90: the top of bucket 2
        assertEquals(0.05, BucketQuantiles.quantile(0.05, BOUNDS, COUNTS), 1e-12); // the lowest bucket starts at 0
        assertEquals(0.3, BucketQuantiles.quantile(0.25, BOUNDS, COUNTS), 1e-12);  // rank 25: 0.1 + 0.4 * 15/30
    }

    @Test
    void aRankInTheOpenEndedBucketAnswersTheHighestBound() {
        assertEquals(1.0, BucketQuantiles.quantile(0.99, BOUNDS, COUNTS));
        assertEquals(2.0, BucketQuantiles.quantile(0.5, new double[] {1, 2}, new long[] {0, 0, 7}));
    }

    @Test
    void aNonPositiveLowestBoundIsTheAnswerInTheLowestBucket() {
        assertEquals(-1.0, BucketQuantiles.quantile(0.5, new double[] {-1, 0, 1}, new long[] {5, 0, 0, 0}));
    }

    @Test
    void noObservationsOrNoFiniteBoundGiveNaN() {
        assertTrue(Double.isNaN(BucketQuantiles.quantile(0.5, BOUNDS, new long[] {0, 0, 0, 0})));
        assertTrue(Double.isNaN(BucketQuantiles.quantile(0.5, new double[0], new long[] {12})));
    }

    @Test
    void refusesMismatchedBuckets() {
        assertEquals("need 4 bucket counts for 3 bounds, got 3",
                assertThrows(IllegalArgumentException.class, () -> BucketQuantiles.quantile(0.5, BOUNDS, new long[] {1, 2, 3}))
                        .getMessage());
    }
}
