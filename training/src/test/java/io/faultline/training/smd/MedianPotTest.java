package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MedianPotTest {
    private static final PotParams POT = new PotParams(0.9, 0.01, PotParams.GpdMethod.MOMENTS);

    private static double[] noise(int n, long seed, double level) {
        Random random = new Random(seed);
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = level + Math.abs(random.nextGaussian());
        }
        return out;
    }

    @Test
    void eachScoreIsMeasuredFromTheMedianOfTheScoresBeforeIt() {
        double[] relative = MedianPot.relative(new double[] {1, 3, 2}, new double[] {10, 0}, 2);
        // medians of {}, {1}, {1, 3}, {3, 2}, {2, 10}
        assertArrayEquals(new double[] {0, 2, 0, 7.5, -6}, relative);
    }

    @Test
    void followsALastingShiftThatAFixedThresholdFlagsForever() {
        double[] train = noise(2000, 3, 0);
        double[] test = noise(3000, 4, 0);
        for (int i = 500; i < test.length; i++) {
            test[i] += 20; // the machine's level moves for good at row 500
        }
        test[2800] += 40; // and one real spike long after
        MedianPot.Outcome o = new MedianPot(100, 1).apply(train, test, POT);
        int flagged = 0;
        for (boolean f : o.flags()) {
            flagged += f ? 1 : 0;
        }
        double fixed = PotThreshold.fit(train, POT).threshold();
        long fixedFlags = java.util.Arrays.stream(test).filter(x -> x >= fixed).count();
        assertTrue(fixedFlags >= 2500, "a fixed threshold flags the whole shifted level, flagged " + fixedFlags);
        assertTrue(o.flags()[2800], "the spike after the shift is flagged");
        assertTrue(flagged < 150, "only the shift's first rows and the spike are flagged, flagged " + flagged);
    }

    @Test
    void aTrimRefitsWithoutTheTrainingRowsTheFirstFitFlags() {
        double[] train = noise(2000, 5, 0);
        for (int i = 1000; i < 1030; i++) {
            train[i] += 50; // an unlabelled burst inside the training rows
        }
        double[] test = noise(10, 6, 0);
        double untrimmed = new MedianPot(100, 0).apply(train, test, POT).threshold().threshold();
        MedianPot.Outcome trimmed = new MedianPot(100, 1).apply(train, test, POT);
        assertTrue(trimmed.threshold().threshold() < untrimmed, trimmed.threshold().threshold() + " vs " + untrimmed);
        assertEquals(1900 - 30, trimmed.threshold().points(), "the burst's 30 rows are left out of the refit");
    }

    @Test
    void rejectsBadParameters() {
        assertEquals("levelWindow must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new MedianPot(0, 1)).getMessage());
        assertEquals("trims must be >= 0, was -1",
                assertThrows(IllegalArgumentException.class, () -> new MedianPot(5, -1)).getMessage());
        assertEquals("test scores at row 1 is not finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> MedianPot.DEFAULT.apply(noise(100, 1, 0), new double[] {0, Double.NaN}, POT)).getMessage());
    }
}
