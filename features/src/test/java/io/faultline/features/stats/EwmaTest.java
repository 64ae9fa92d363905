package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EwmaTest {

    @Test
    void equalsTheExplicitlyWeightedMeanAndVariance() {
        Random random = new Random(5);
        double alpha = 0.1;
        Ewma ewma = new Ewma(alpha);
        double[] values = new double[300];
        for (int t = 0; t < values.length; t++) {
            values[t] = 50 + 3 * random.nextGaussian();
            ewma.add(values[t]);
            double[] weights = new double[t + 1];
            weights[0] = Math.pow(1 - alpha, t);
            for (int i = 1; i <= t; i++) {
                weights[i] = alpha * Math.pow(1 - alpha, t - i);
            }
            double mean = 0;
            for (int i = 0; i <= t; i++) {
                mean += weights[i] * values[i];
            }
            double variance = 0;
            for (int i = 0; i <= t; i++) {
                variance += weights[i] * (values[i] - mean) * (values[i] - mean);
            }
            assertEquals(mean, ewma.mean(), 1e-9, "mean at " + t);
            assertEquals(variance, ewma.variance(), 1e-9, "variance at " + t);
        }
        assertEquals(300, ewma.count());
    }

    @Test
    void halfLifeSetsAlphaAndFirstValueStartsTheMean() {
        assertEquals(0.5, Ewma.withHalfLife(1).alpha(), 1e-15);
        Ewma ewma = Ewma.withHalfLife(10);
        assertEquals(0.5, Math.pow(1 - ewma.alpha(), 10), 1e-12);
        assertTrue(Double.isNaN(ewma.mean()));
        ewma.add(7);
        assertEquals(7.0, ewma.mean());
        assertEquals(0.0, ewma.variance());
    }

    @Test
    void rejectsBadParameters() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Ewma(0));
        assertEquals("alpha must be in (0, 1], was 0.0", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Ewma.withHalfLife(-1));
        assertEquals("half-life must be finite and > 0, was -1.0", e.getMessage());
    }
}
