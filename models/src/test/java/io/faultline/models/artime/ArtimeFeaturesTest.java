package io.faultline.models.artime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ArtimeFeaturesTest {

    @Test
    void haarIsWaveletsJlsLayoutWithSecondMinusFirstDetails() {
        double r = Math.sqrt(2);
        double[] expected = {36 / (2 * r), 16 / (2 * r), 2, 2, 1 / r, 1 / r, 1 / r, 1 / r};
        assertArrayEquals(expected, ArtimeFeatures.haar(new double[] {1, 2, 3, 4, 5, 6, 7, 8}), 1e-12);
    }

    @Test
    void featuresComeEveryStepAndAreZeroUntilAWindowIsFull() {
        ArtimeFeatures features = new ArtimeFeatures(2, 8, 80, 0.075, 0, 100);
        for (int d = 1; d <= 8; d++) {
            assertNull(features.accept(10));
            double[] f = features.accept(d * 10);
            if (d < 8) {
                assertArrayEquals(new double[16], f, 0.0, "downsampled " + d);
            } else {
                assertTrue(f[15] > 0, "the newest level is last");
            }
        }
    }

    @Test
    void aFullWindowGivesTheScaledWaveletThenTheLevels() {
        ArtimeFeatures features = new ArtimeFeatures(1, 8, 80, 0.0, 0, 80);
        double[] f = null;
        for (int v = 1; v <= 8; v++) {
            f = features.accept(v * 10);
        }
        // levels 10..80 of 80; the running median snaps nothing with chomp 0
        double[] levels = {0.125, 0.25, 0.375, 0.5, 0.625, 0.75, 0.875, 1.0};
        double[] wavelet = ArtimeFeatures.haar(new double[] {0, 1 / 7.0, 2 / 7.0, 3 / 7.0, 4 / 7.0, 5 / 7.0, 6 / 7.0, 1});
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double w : wavelet) {
            lo = Math.min(lo, w);
            hi = Math.max(hi, w);
        }
        double[] expected = new double[16];
        for (int k = 0; k < 8; k++) {
            expected[k] = (wavelet[k] - lo) / (hi - lo);
            expected[8 + k] = levels[k];
        }
        assertArrayEquals(expected, f, 1e-12);
    }
}
