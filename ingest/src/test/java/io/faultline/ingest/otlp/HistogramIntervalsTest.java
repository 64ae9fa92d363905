package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.faultline.ingest.SeriesKey;
import org.junit.jupiter.api.Test;

class HistogramIntervalsTest {
    private static final SeriesKey A = SeriesKey.of("latency_seconds", "service", "a");
    private static final SeriesKey B = SeriesKey.of("latency_seconds", "service", "b");
    private static final double[] BOUNDS = {0.1, 1};

    private static HistogramIntervals<BucketCounts> intervals(int capacity) {
        return new HistogramIntervals<>(capacity, BucketCounts::since);
    }

    private static BucketCounts counts(long... counts) {
        return new BucketCounts(BOUNDS, counts);
    }

    private static long[] interval(HistogramIntervals<BucketCounts> intervals, SeriesKey key, long startNs, long timeNs,
                                   BucketCounts counts) {
        BucketCounts interval = intervals.interval(key, startNs, timeNs, counts);
        return interval == null ? null : interval.counts();
    }

    @Test
    void consecutivePointsGiveTheirDifference() {
        HistogramIntervals<BucketCounts> intervals = intervals(10);
        assertNull(interval(intervals, A, 1, 10, counts(1, 2, 3)), "the first point has no interval");
        assertArrayEquals(new long[] {4, 0, 1}, interval(intervals, A, 1, 20, counts(5, 2, 4)));
        assertArrayEquals(new long[] {0, 0, 0}, interval(intervals, A, 1, 30, counts(5, 2, 4)));
    }

    @Test
    void aResetCountsFromZero() {
        HistogramIntervals<BucketCounts> intervals = intervals(10);
        interval(intervals, A, 1, 10, counts(5, 5, 5));
        assertArrayEquals(new long[] {1, 6, 0}, interval(intervals, A, 1, 20, counts(1, 6, 0)), "a lower count");
        assertArrayEquals(new long[] {9, 9, 9}, interval(intervals, A, 2, 30, counts(9, 9, 9)), "a new start time");
    }

    @Test
    void staleRetriesChangedBoundsAndForgetting() {
        HistogramIntervals<BucketCounts> intervals = intervals(10);
        interval(intervals, A, 1, 20, counts(5, 5, 5));
        assertNull(interval(intervals, A, 1, 20, counts(6, 6, 6)), "same time");
        assertNull(interval(intervals, A, 1, 10, counts(1, 1, 1)), "earlier");
        assertArrayEquals(new long[] {1, 1, 1}, interval(intervals, A, 1, 30, counts(6, 6, 6)),
                "the ignored points changed nothing");
        assertNull(interval(intervals, A, 1, 40, new BucketCounts(new double[] {0.5, 2}, new long[] {7, 7, 7})),
                "new bounds start afresh");
        intervals.forget(A);
        assertNull(interval(intervals, A, 1, 50, new BucketCounts(new double[] {0.5, 2}, new long[] {8, 8, 8})));
    }

    @Test
    void remembersAtMostCapacitySeries() {
        HistogramIntervals<BucketCounts> intervals = intervals(1);
        interval(intervals, A, 1, 10, counts(1, 1, 1));
        interval(intervals, B, 1, 10, counts(1, 1, 1));
        assertEquals(1, intervals.size());
        assertNull(interval(intervals, A, 1, 20, counts(2, 2, 2)), "A was forgotten");
    }
}
