package io.faultline.models.likelihood;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class LikelihoodCalibratorTest {
    /** No learning period, averages of 1, a Gaussian fitted on the first 10 scores and never refitted. */
    private static final AnomalyLikelihoodParams PARAMS = new AnomalyLikelihoodParams(
            List.of(new BaseDetectorSpec("ewma", JsonNodeFactory.instance.objectNode())),
            "raw", 1, 0, 10, 10, 1000, 0.0, 1e-3, 1e-10, 0.0, 0, 5.0);

    private static LikelihoodCalibrator primed() {
        LikelihoodCalibrator c = new LikelihoodCalibrator(PARAMS, CalibratorState.initial());
        for (int i = 0; i < 10; i++) {
            assertTrue(Double.isNaN(c.score(i % 2)), "input " + i + " comes before the first fit");
        }
        return c; // mean 0.5, standard deviation 0.5
    }

    @Test
    void scoresTheUpperTailAsMinusLog10() {
        LikelihoodCalibrator c = primed();
        assertEquals(-Math.log10(0.5 + 1e-10), c.score(0.5), 1e-12); // at the mean
        assertEquals(2.869700, c.score(2.0), 1e-6); // z = 3: Q = 0.0013499
        assertEquals(-Math.log10(0.8413447460685429 + 1e-10), c.score(0.0), 1e-9); // below the mean: one-sided
    }

    @Test
    void theTailFloorBoundsTheScore() {
        assertEquals(10.0, primed().score(1000.0), 1e-9);
    }

    @Test
    void aRestoredCalibratorContinuesIdentically() {
        LikelihoodCalibrator c = primed();
        c.score(3.0);
        LikelihoodCalibrator copy = new LikelihoodCalibrator(PARAMS, c.state());
        assertEquals(c.state(), copy.state());
        for (double x : new double[] {0.2, 4.0, 0.7}) {
            assertEquals(c.score(x), copy.score(x));
        }
    }

    @Test
    void theLearningPeriodIgnoresTheFirstInputs() {
        AnomalyLikelihoodParams p = new AnomalyLikelihoodParams(PARAMS.bases(), "raw", 1, 5, 10, 10, 1000, 0.0, 1e-3,
                1e-10, 0.0, 0, 5.0);
        LikelihoodCalibrator c = new LikelihoodCalibrator(p, CalibratorState.initial());
        for (int i = 0; i < 5; i++) {
            c.score(100.0);
        }
        assertEquals(0, c.state().history().length);
    }
}
