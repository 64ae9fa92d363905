package io.faultline.models.artime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ArtimeCoreTest {
    private static final int PROBATION = 600;

    /** A noisy cycle of 48 points with a jump of +60 for 30 points from 1500. */
    private static double[] series(long seed) {
        Random random = new Random(seed);
        double[] v = new double[3000];
        for (int i = 0; i < v.length; i++) {
            v[i] = 50 + 20 * Math.sin(2 * Math.PI * i / 48) + random.nextGaussian();
            if (i >= 1500 && i < 1530) {
                v[i] += 60;
            }
        }
        return v;
    }

    private static double[] scores(ArtimeCore core, double[] values) {
        double[] s = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            s[i] = core.score(values[i]);
        }
        return s;
    }

    @Test
    void probationIsSilentAndTheJumpIsFlaggedWithinIt() {
        double[] s = scores(new ArtimeCore(0, 140, PROBATION), series(3));
        for (int i = 0; i < PROBATION; i++) {
            assertEquals(0.0, s[i], "point " + i);
        }
        double peak = 0;
        for (int i = 1500; i < 1540; i++) {
            peak = Math.max(peak, s[i]);
        }
        assertTrue(peak > 0.3, "peak " + peak);
        for (double x : s) {
            assertTrue(x >= 0 && x <= 1, "score " + x);
        }
    }

    @Test
    void sameDataSameScores() {
        assertArrayEquals(scores(new ArtimeCore(0, 140, PROBATION), series(5)),
                scores(new ArtimeCore(0, 140, PROBATION), series(5)));
    }
}
