package io.faultline.training.nab;

import static io.faultline.datasets.nab.NabCostProfile.REWARD_LOW_FN_RATE;
import static io.faultline.datasets.nab.NabCostProfile.REWARD_LOW_FP_RATE;
import static io.faultline.datasets.nab.NabCostProfile.STANDARD;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.nab.NabCostProfile;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * NAB's scoring rules on {@link NabHandmadeCorpus}, with every expected value derived by hand:
 * <pre>
 * scaled(y) = 2 / (1 + e^(5y)) - 1;  scaled(-1) = 0.98661429815143
 * A row 9:  y = -(11 - 9 + 1) / 4 = -0.75 -> scaled(-0.75) / scaled(-1) = 0.96698908780006
 * A row 14: y = |11 - 14| / (4 - 1) = 1  -> scaled(1) = -0.98661429815143, times fpWeight
 * A row 5 and B rows 9..28: before any window -> -fpWeight each
 * B row 40: y = -(43 - 40 + 1) / 4 = -1 -> exactly tpWeight
 * Thresholds, highest first (standard: fp 0.11, fn 1):
 *   1.1 nothing          -2
 *   0.9  A window found  -1 + 0.96698908780006             = -0.03301091219994  (best)
 *   0.88 A row 10: the window keeps its earlier, better score: a tie, and the higher threshold wins
 *   0.8  A row 14 FP     -0.03301091219994 - 0.10852757279666 = -0.14153848499660
 *   0.6  A row 5 FP      -0.25153848499660
 *   0.55 B 20 FPs        -2.45153848499660
 *   0.5  B window found  -0.45153848499660
 * reward_low_FN_rate (fn 2): nothing -4, 0.9 -1.03301091219994, 0.5 -0.45153848499660 (best).
 * reward_low_FP_rate (fp 0.22): 0.9 is best again at -0.03301091219994.
 * Normalised: null = -2 fn, perfect = 2; standard 100 (-0.0330109 + 2) / 4 = 49.17472719500,
 *   low FN 100 (-0.4515385 + 4) / 6 = 59.14102525006.
 * </pre>
 */
class NabScorerTest {
    private static final double TP_A9 = 0.9669890878000605;
    private static final double FP_A14_STANDARD = -0.10852757279665734;
    private static final double EPS = 1e-12;

    private final NabScorer scorer = new NabScorer();

    @Test
    void scaledSigmoidHasNabsShape() {
        assertEquals(0.9866142981514305, NabSigmoid.scaled(-1), EPS);
        assertEquals(0.8482836399575131, NabSigmoid.scaled(-0.5), EPS);
        assertEquals(0.0, NabSigmoid.scaled(0), 0.0);
        assertEquals(-0.9866142981514303, NabSigmoid.scaled(1), EPS);
        assertEquals(-0.9999993881955461, NabSigmoid.scaled(3), EPS);
        assertEquals(-1.0, NabSigmoid.scaled(3.0000001), 0.0);
    }

    @Test
    void probationIsFifteenPercentUpTo750Rows() {
        assertEquals(0, scorer.probationRows(6));
        assertEquals(3, scorer.probationRows(20));
        assertEquals(9, scorer.probationRows(60));
        assertEquals(749, scorer.probationRows(4999));
        assertEquals(750, scorer.probationRows(5000));
        assertEquals(750, scorer.probationRows(22_695));
    }

    @Test
    void standardProfilePicksTheHighestOfTheBestThresholds() {
        NabProfileScore s = scorer.score(NabHandmadeCorpus.corpus(), STANDARD);
        assertEquals(0.9, s.threshold(), 0.0);
        assertEquals(-1 + TP_A9, s.rawScore(), EPS);
        assertEquals(-2.0, s.nullScore(), 0.0);
        assertEquals(2.0, s.perfectScore(), 0.0);
        assertEquals(49.17472719500151, s.normalisedScore(), 1e-9);
        assertEquals(new NabCounts(1, 13 + 47, 0, 3 + 4), s.counts());

        NabFileScore a = s.file("cat1/a.csv");
        assertEquals(TP_A9, a.score(), EPS);
        assertEquals(new NabCounts(1, 13, 0, 3), a.counts());
        assertEquals(20, a.rows());
        assertEquals(-1.0, s.file("cat2/b.csv").score(), 0.0);
    }

    @Test
    void lowFpProfileKeepsTheSameThreshold() {
        NabProfileScore s = scorer.score(NabHandmadeCorpus.corpus(), REWARD_LOW_FP_RATE);
        assertEquals(0.9, s.threshold(), 0.0);
        assertEquals(49.17472719500151, s.normalisedScore(), 1e-9);
    }

    @Test
    void lowFnProfileBuysTheMissedWindowWithTwentyFalsePositives() {
        NabProfileScore s = scorer.score(NabHandmadeCorpus.corpus(), REWARD_LOW_FN_RATE);
        assertEquals(0.5, s.threshold(), 0.0);
        assertEquals(-0.45153848499659743, s.rawScore(), EPS);
        assertEquals(-4.0, s.nullScore(), 0.0);
        assertEquals(59.141025250056714, s.normalisedScore(), 1e-9);

        NabFileScore a = s.file("cat1/a.csv");
        assertEquals(TP_A9 - 0.11 + FP_A14_STANDARD, a.score(), EPS);
        assertEquals(new NabCounts(2, 11, 2, 2), a.counts());
        NabFileScore b = s.file("cat2/b.csv");
        assertEquals(1.0 - 20 * 0.11, b.score(), EPS);
        assertEquals(new NabCounts(1, 27, 20, 3), b.counts());
        assertEquals(a.counts().plus(b.counts()), s.counts());
    }

    @Test
    void categoriesAreNormalisedLikeTheCorpus() {
        NabProfileScore s = scorer.score(NabHandmadeCorpus.corpus(), REWARD_LOW_FN_RATE);
        assertEquals(List.of("cat1", "cat2"), s.categories().stream().map(NabCategoryScore::category).toList());
        NabCategoryScore cat1 = s.category("cat1");
        assertEquals(1, cat1.files());
        assertEquals(1, cat1.windows());
        assertEquals(-2.0, cat1.nullScore(), 0.0);
        assertEquals(1.0, cat1.perfectScore(), 0.0);
        assertEquals(100 * (0.7484615150034032 + 2) / 3, cat1.normalisedScore(), 1e-9);
        assertEquals(100 * (-1.2 + 2) / 3, s.category("cat2").normalisedScore(), 1e-9);
    }

    @Test
    void rowScoresPutEachWindowOnItsFirstRowAndSkipProbation() {
        double[] expected = new double[20];
        expected[5] = -0.11;
        expected[8] = TP_A9;
        expected[14] = FP_A14_STANDARD;
        double[] rows = scorer.rowScores(NabHandmadeCorpus.fileA(), STANDARD, 0.5);
        assertArrayEquals(expected, rows, EPS);
        assertEquals(scorer.scoreAt(List.of(NabHandmadeCorpus.fileA()), STANDARD, 0.5).rawScore(),
                rows[5] + rows[8] + rows[14], EPS);

        double[] missed = scorer.rowScores(NabHandmadeCorpus.fileA(), STANDARD, 0.95);
        assertEquals(-1.0, missed[8], 0.0);
        assertEquals(-1.0, Arrays.stream(missed).sum(), 0.0);
    }

    @Test
    void aFixedThresholdDetectsEveryScoreAtOrAboveIt() {
        NabProfileScore between = scorer.scoreAt(NabHandmadeCorpus.corpus(), STANDARD, 0.85);
        NabProfileScore at = scorer.scoreAt(NabHandmadeCorpus.corpus(), STANDARD, 0.88);
        assertEquals(at.rawScore(), between.rawScore(), 0.0);
        assertEquals(new NabCounts(2, 60, 0, 6), at.counts());
        assertEquals(0.85, between.threshold(), 0.0);
    }

    @Test
    void whenEveryDetectionHurtsNothingIsDetectedAndTheNormalisedScoreIsZero() {
        // At 0.7 one false alarm (-0.11); at 0.0 also the window (+1 instead of -1), but with 64 more false
        // alarms before it (-7.04) and 16 after it.
        NabResultFile onlyFalseAlarms = NabHandmadeCorpus.file("c", "f", scores(100, 15, 0.7), 80, 83);
        NabProfileScore s = scorer.score(List.of(onlyFalseAlarms), STANDARD);
        assertEquals(1.1, s.threshold(), 0.0);
        assertEquals(-1.0, s.rawScore(), 0.0);
        assertEquals(0.0, s.normalisedScore(), 0.0);
    }

    @Test
    void aDetectionOnTheWindowsFirstRowEarnsExactlyTheTpWeight() {
        NabCostProfile p = new NabCostProfile("p", 2.5, 1, 1, 1);
        NabResultFile f = NabHandmadeCorpus.file("c", "f", scores(100, 40, 1.0), 40, 49);
        assertEquals(2.5, scorer.score(List.of(f), p).rawScore(), EPS);
        assertEquals(100.0, scorer.score(List.of(f), p).normalisedScore(), EPS);
    }

    @Test
    void aFileWithoutWindowsOrDetectionsScoresZero() {
        NabResultFile quiet = NabHandmadeCorpus.file("c", "quiet", new double[10], -1, -1);
        NabProfileScore s = scorer.score(List.of(quiet), STANDARD);
        assertEquals(0.0, s.rawScore(), 0.0);
        assertEquals(new NabCounts(0, 9, 0, 0), s.counts());
        assertTrue(Double.isNaN(s.normalisedScore()), "no window: normalised score undefined");
    }

    @Test
    void aWindowInsideProbationIsNotScoredButCountsTowardsPerfect() {
        NabResultFile early = NabHandmadeCorpus.file("c", "early", new double[20], 0, 1);
        NabProfileScore s = scorer.score(List.of(early), STANDARD);
        assertEquals(0.0, s.nullScore(), 0.0);
        assertEquals(1.0, s.perfectScore(), 0.0);
        assertEquals(0.0, s.normalisedScore(), 0.0);
    }

    @Test
    void falsePositivesFarPastAWindowAndAfterAOneRowWindowCostTheFullWeight() {
        NabResultFile far = NabHandmadeCorpus.file("c", "far", scores(40, 30, 1.0), 10, 13);
        assertEquals(-1.0 - 0.11, scorer.scoreAt(List.of(far), STANDARD, 0.5).rawScore(), EPS);
        NabResultFile narrow = NabHandmadeCorpus.file("c", "narrow", scores(40, 12, 1.0), 10, 10);
        assertEquals(-1.0 - 0.11, scorer.scoreAt(List.of(narrow), STANDARD, 0.5).rawScore(), EPS);
    }

    @Test
    void badInputIsRejectedWithItsName() {
        assertEquals("at least one result file is needed",
                assertThrows(IllegalArgumentException.class, () -> scorer.score(List.of(), STANDARD)).getMessage());
        assertEquals("cat1/a.csv is given twice", assertThrows(IllegalArgumentException.class,
                () -> scorer.score(List.of(NabHandmadeCorpus.fileA(), NabHandmadeCorpus.fileA()), STANDARD)).getMessage());
        assertEquals("c/f.csv row 3: anomaly score must be in [0, 1], was 1.5", assertThrows(IllegalArgumentException.class,
                () -> NabHandmadeCorpus.file("c", "f", scores(5, 3, 1.5), -1, -1)).getMessage());
        assertEquals("probationPercent must be in [0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class, () -> new NabScorer(1.0)).getMessage());
    }

    @Test
    void everyProfileIsScoredInOrder() {
        NabReport r = scorer.score(NabHandmadeCorpus.corpus(), NabCostProfile.standardProfiles());
        assertEquals(List.of(0.9, 0.9, 0.5), r.profiles().stream().map(NabProfileScore::threshold).toList());
        assertEquals(0.15, r.probationPercent(), 0.0);
        assertEquals(59.141025250056714, r.profile("reward_low_FN_rate").normalisedScore(), 1e-9);
    }

    private static double[] scores(int n, int row, double score) {
        double[] s = new double[n];
        s[row] = score;
        return s;
    }
}
