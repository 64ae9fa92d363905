package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SpotStreamTest {
    private static final PotParams MOMENTS = new PotParams(0.9, 0.01, PotParams.GpdMethod.MOMENTS);

    /** 0..99, shuffled by a fixed stride so that order is not sorted. */
    private static double[] hundred() {
        double[] out = new double[100];
        for (int i = 0; i < 100; i++) {
            out[i] = (i * 37) % 100;
        }
        return out;
    }

    @Test
    void startsAtThePotThresholdAndFlagsOnlyAboveIt() {
        SpotStream spot = SpotStream.start(hundred(), MOMENTS, 0);
        double z = PotThreshold.fit(hundred(), MOMENTS).threshold();
        assertEquals(z, spot.threshold());
        assertTrue(spot.next(z + 1));
        assertEquals(z, spot.threshold()); // a flagged score is not learned
        assertFalse(spot.next(50));
        assertEquals(z, spot.threshold()); // below t: counted, the tail unchanged
    }

    @Test
    void aPeakBelowTheThresholdRefitsTheTail() {
        SpotStream spot = SpotStream.start(hundred(), MOMENTS, 0);
        assertFalse(spot.next(95.5));
        // t = 90; the excesses 1..9 and 5.5 now, n = 101
        double[] excesses = {1, 2, 3, 4, 5, 6, 7, 8, 9, 5.5};
        double expected = PotThreshold.quantile(90, GpdFit.moments(excesses), 0.01 * 101 / 10);
        assertEquals(expected, spot.threshold(), 1e-12);
    }

    @Test
    void dspotFollowsASlowDriftThatSpotFlags() {
        java.util.Random random = new java.util.Random(1);
        double[] calibration = new double[400];
        for (int i = 0; i < calibration.length; i++) {
            calibration[i] = 10 * random.nextDouble() + 0.05 * i;
        }
        double[] later = new double[400];
        for (int i = 0; i < later.length; i++) {
            later[i] = 10 * random.nextDouble() + 0.05 * (400 + i);
        }
        boolean[] spot = SpotStream.flags(calibration, later, MOMENTS, 0);
        boolean[] dspot = SpotStream.flags(calibration, later, MOMENTS, 20);
        int spotFlags = 0;
        int spotLate = 0;
        int dspotFlags = 0;
        for (int i = 0; i < later.length; i++) {
            spotFlags += spot[i] ? 1 : 0;
            spotLate += spot[i] && i >= 300 ? 1 : 0;
            dspotFlags += dspot[i] ? 1 : 0;
        }
        assertEquals(100, spotLate, "SPOT flags every score of the drifted level");
        assertTrue(10 * dspotFlags < spotFlags, "DSPOT flagged " + dspotFlags + " of 400 drifting scores, SPOT " + spotFlags);
    }

    @Test
    void rulesAreMeasuredSideBySide() {
        double[] train = hundred();
        double[] test = {10, 99, 200, 20};
        boolean[] labels = {false, false, true, false};
        Map<String, DetectionScore> rules = LabelFreeRules.measure(train, test, labels, MOMENTS);
        assertEquals(java.util.List.of("pot-train", "quantile-train", "spot", "median-pot", "median-pot-untrimmed",
                "median-pot-trim2"), java.util.List.copyOf(rules.keySet()));
        MedianPot.Outcome headline = MedianPot.DEFAULT.apply(train, test, MOMENTS);
        assertEquals(PointwiseF1.of(headline.flags(), labels, headline.threshold().threshold()), rules.get("median-pot"));
        assertEquals(new DetectionScore(99, 1, 1, 0), rules.get("quantile-train"));
        assertEquals(1, rules.get("spot").truePositives());
        assertEquals(99.0, LabelFreeRules.quantile(train, 0.999));
    }

    @Test
    void rejectsTooFewCalibrationScores() {
        assertEquals("DSPOT needs more than depth + 2 = 12 calibration scores, had 5", assertThrows(
                IllegalArgumentException.class, () -> SpotStream.start(new double[5], MOMENTS, 10)).getMessage());
    }
}
