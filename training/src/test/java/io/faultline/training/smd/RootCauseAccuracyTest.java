package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.datasets.smd.InterpretationSegment;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootCauseAccuracyTest {

    @Test
    void hitRateLooksAtTheTopFloorOfPPercentOfTheTruth() {
        int[] ranking = {6, 5, 1, 4, 3, 2};
        assertEquals(0.5, RootCauseAccuracy.hitRate(ranking, List.of(2, 6), 100));   // top 2: 6, 5
        assertEquals(0.5, RootCauseAccuracy.hitRate(ranking, List.of(2, 6), 150));   // top 3: 6, 5, 1
        assertEquals(2.0 / 3, RootCauseAccuracy.hitRate(ranking, List.of(1, 2, 4), 150)); // top floor(4.5) = 4
        assertEquals(0.0, RootCauseAccuracy.hitRate(ranking, List.of(3), 150));      // top floor(1.5) = 1: 6
        assertEquals(1.0, RootCauseAccuracy.hitRate(ranking, List.of(6), 150));
        assertEquals(0.0, RootCauseAccuracy.hitRate(new int[] {0, 1}, List.of(1), 150));
        assertEquals(1.0, RootCauseAccuracy.hitRate(new int[] {0, 1}, List.of(0, 1), 150)); // capped at 2 dimensions
        assertEquals(1, RootCauseAccuracy.hits(ranking, List.of(1, 2), 3));
    }

    @Test
    void ranksByContributionWithTiesToTheLowerIndex() {
        assertArrayEquals(new int[] {2, 0, 3, 1}, DimensionRanking.rank(new double[] {5, 1, 9, 5}));
    }

    @Test
    void averagesContributionsOverEachSegment() {
        double[][] contributions = {
                {9, 0, 0, 0},   // row 0, outside both segments
                {1, 4, 0, 0},
                {1, 0, 6, 0},   // segment 1-3 mean: 1, 2, 3, 0 -> ranking 2, 1, 0, 3
                {0, 0, 0, 8},
                {0, 1, 0, 2}};  // segment 3-5 mean: 0, 0.5, 0, 5 -> ranking 3, 1, 0, 2
        assertArrayEquals(new double[] {1, 2, 3, 0},
                DimensionRanking.meanOver(new InterpretationSegment(1, 3, List.of(0)), contributions));
        RootCauseAccuracy a = RootCauseAccuracy.of(List.of(
                new InterpretationSegment(1, 3, List.of(0, 2)),   // top 2 = {2, 1}: 1/2; top 3: 2/2
                new InterpretationSegment(3, 5, List.of(0))),     // top 1 (both P) = {3}: 0; top 3 {3, 1, 0}: hit
                contributions);
        assertEquals(new RootCauseAccuracy(2, (0.5 + 0) / 2, (1.0 + 0) / 2, 1.0), a);
        RootCauseAccuracy miss = RootCauseAccuracy.of(List.of(new InterpretationSegment(3, 5, List.of(2))), contributions);
        assertEquals(0.0, miss.rcTop3());
    }

    @Test
    void ranksByEachDimensionsPeakOverTheSegment() {
        double[][] contributions = {
                {5, 1, 1},
                {0, 2, 1},
                {0, 2, 1}};   // means 5/3, 5/3, 1 -> ranking 0, 1, 2; peaks 5, 2, 1 -> ranking 0, 1, 2
        assertArrayEquals(new double[] {5, 2, 1},
                DimensionRanking.maxOver(new InterpretationSegment(0, 3, List.of(0)), contributions));
        InterpretationSegment s = new InterpretationSegment(0, 4, List.of(1));
        double[][] diluted = {
                {1, 0, 0},
                {1, 0, 0},
                {1, 0, 0},
                {0, 3, 0}};   // means 0.75, 0.75 (tie: dimension 0 first); peaks 1, 3: dimension 1 first
        assertEquals(0.0, RootCauseAccuracy.of(List.of(s), diluted).hitRate150());
        assertEquals(1.0, RootCauseAccuracy.ofPeak(List.of(s), diluted).hitRate150());
    }

    @Test
    void rejectsWhatCannotBeMeasured() {
        assertEquals("no labelled segment: root-cause accuracy is undefined", assertThrows(IllegalArgumentException.class,
                () -> RootCauseAccuracy.of(List.of(), new double[1][1])).getMessage());
        assertEquals("segment 0-3 ends after the 2 scored rows", assertThrows(IllegalArgumentException.class,
                () -> DimensionRanking.meanOver(new InterpretationSegment(0, 3, List.of(0)), new double[2][1])).getMessage());
        assertEquals("contribution of dimension 1 is NaN", assertThrows(IllegalArgumentException.class,
                () -> DimensionRanking.rank(new double[] {0, Double.NaN})).getMessage());
    }
}
