package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointAdjustmentTest {
    private static final boolean F = false;
    private static final boolean T = true;
    //                                        0  1  2  3  4  5  6
    private static final boolean[] LABELS = {F, T, T, T, F, T, T};

    @Test
    void aSegmentWithOneFlagBecomesFlaggedThroughout() {
        assertArrayEquals(new boolean[] {F, T, T, T, T, F, F},
                PointAdjustment.adjust(new boolean[] {F, F, T, F, T, F, F}, LABELS));
        assertArrayEquals(new boolean[] {T, F, F, F, F, T, T},
                PointAdjustment.adjust(new boolean[] {T, F, F, F, F, F, T}, LABELS));
    }

    @Test
    void countsAdjustedRowsAtAThreshold() {
        double[] scores = {0, 0, 5, 0, 5, 0, 0};
        // segment 1-4 detected through row 2 (3 rows), row 4 a false positive, segment 5-7 missed
        assertEquals(new DetectionScore(5, 3, 1, 2), PointAdjustment.at(scores, LABELS, 5));
        assertEquals(new DetectionScore(5, 1, 1, 4), PointwiseF1.at(scores, LABELS, 5));
    }

    @Test
    void bestThresholdTreatsEachSegmentAsItsMaximum() {
        double[] scores = {1, 0, 4, 0, 2, 3, 0};
        // at 4: tp 3, fn 2 -> 6/8; at 3: tp 5 -> 1.0; at 2: fp 1 -> 10/11
        assertEquals(new DetectionScore(3, 5, 0, 0), PointAdjustment.best(scores, LABELS));
    }

    @Test
    void theSweepAgreesWithAdjustingAtEveryThreshold() {
        Random random = new Random(11);
        for (int trial = 0; trial < 50; trial++) {
            int n = 1 + random.nextInt(80);
            double[] scores = new double[n];
            boolean[] labels = new boolean[n];
            boolean on = false;
            for (int i = 0; i < n; i++) {
                scores[i] = random.nextInt(10);
                on = random.nextDouble() < (on ? 0.8 : 0.1);
                labels[i] = on;
            }
            labels[random.nextInt(n)] = true;
            double[] thresholds = Arrays.stream(scores).distinct().sorted().toArray();
            DetectionScore expected = null;
            for (int i = thresholds.length - 1; i >= 0; i--) {
                DetectionScore s = PointAdjustment.at(scores, labels, thresholds[i]);
                if (expected == null || s.f1() > expected.f1()) {
                    expected = s;
                }
            }
            assertEquals(expected, PointAdjustment.best(scores, labels), "trial " + trial);
        }
    }

    @Test
    void aRandomScoreLooksGoodOnlyAfterAdjustment() {
        Random random = new Random(3);
        int n = 10_000;
        double[] scores = new double[n];
        boolean[] labels = new boolean[n];
        for (int i = 0; i < n; i++) {
            scores[i] = random.nextDouble();
            labels[i] = i % 1000 >= 900; // ten 100-row segments
        }
        double adjusted = PointAdjustment.best(scores, labels).f1();
        double plain = PointwiseF1.best(scores, labels).f1();
        assertTrue(adjusted > 0.5 && plain < 0.2, "adjusted " + adjusted + ", plain " + plain);
    }

    @Test
    void eventRecallCountsSegmentsWithAFlag() {
        assertEquals(0.5, EventRecall.of(new boolean[] {F, F, F, T, F, F, F}, LABELS));
        assertEquals(1.0, EventRecall.at(new double[] {0, 0, 0, 9, 0, 9, 0}, LABELS, 9));
        assertEquals(0.0, EventRecall.at(new double[] {9, 0, 0, 0, 9, 0, 0}, LABELS, 9));
    }

    @Test
    void segmentsAreMaximalRuns() {
        assertEquals(List.of(new Segment(1, 4), new Segment(5, 7)), Segment.runs(LABELS));
        assertEquals(List.of(new Segment(0, 1)), Segment.runs(new boolean[] {T, F}));
        assertEquals(List.of(), Segment.runs(new boolean[] {F, F}));
    }
}
