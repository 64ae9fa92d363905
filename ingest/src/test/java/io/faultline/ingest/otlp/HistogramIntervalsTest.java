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

    @Test
    void consecutivePointsGiveTheirDifference() {
        HistogramIntervals intervals = new HistogramIntervals(10);
        assertNull(intervals.interval(A, 1, 10, BOUNDS, new long[] {1, 2, 3}), "the first point has no interval");
        assertArrayEquals(new long[] {4, 0, 1}, intervals.interval(A, 1, 20, BOUNDS, new long[] {5, 2, 4}));
        assertArrayEquals(new long[] {0, 0, 0}, intervals.interval(A, 1, 30, BOUNDS, new long[] {5, 2, 4}));
    }

    @Test
    void aResetCountsFromZero() {
        HistogramIntervals intervals = new HistogramIntervals(10);
        intervals.interval(A, 1, 10, BOUNDS, new long[] {5, 5, 5});
        assertArrayEquals(new long[] {1, 6, 0}, intervals.interval(A, 1, 20, BOUNDS, new long[] {1, 6, 0}), "a lower count");
        assertArrayEquals(new long[] {9, 9, 9}, intervals.interval(A, 2, 30, BOUNDS, new long[] {9, 9, 9}), "a new start time");
    }

    @Test
    void staleRetriesChangedBoundsAndForgetting() {
        HistogramIntervals intervals = new HistogramIntervals(10);
        intervals.interval(A, 1, 20, BOUNDS, new long[] {5, 5, 5});
        assertNull(intervals.interval(A, 1, 20, BOUNDS, new long[] {6, 6, 6}), "same time");
        assertNull(intervals.interval(A, 1, 10, BOUNDS, new long[] {1, 1, 1}), "earlier");
        assertArrayEquals(new long[] {1, 1, 1}, intervals.interval(A, 1, 30, BOUNDS, new long[] {6, 6, 6}),
                "the ignored points changed nothing");
        assertNull(intervals.interval(A, 1, 40, new double[] {0.5, 2}, new long[] {7, 7, 7}), "new bounds start afresh");
        intervals.forget(A);
        assertNull(intervals.interval(A, 1, 50, new double[] {0.5, 2}, new long[] {8, 8, 8}));
    }

    @Test
    void remembersAtMostCapacitySeries() {
        HistogramIntervals intervals = new HistogramIntervals(1);
        intervals.interval(A, 1, 10, BOUNDS, new long[] {1, 1, 1});
        intervals.interval(B, 1, 10, BOUNDS, new long[] {1, 1, 1});
        assertEquals(1, intervals.size());
        assertNull(intervals.interval(A, 1, 20, BOUNDS, new long[] {2, 2, 2}), "A was forgotten");
    }
}
