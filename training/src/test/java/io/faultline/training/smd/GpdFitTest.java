package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class GpdFitTest {

    /** Seeded GPD draws by inversion: Y = sigma/gamma ((1 - U)^-gamma - 1). */
    static double[] gpd(double gamma, double sigma, int n, long seed) {
        Random random = new Random(seed);
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            y[i] = gamma == 0 ? -sigma * Math.log(1 - u) : sigma / gamma * (Math.pow(1 - u, -gamma) - 1);
            y[i] = Math.max(y[i], Double.MIN_NORMAL);
        }
        return y;
    }

    @Test
    void momentsInClosedForm() {
        // mean 2, sample variance 1: m^2/s2 = 4
        assertEquals(new GpdFit(-1.5, 5), GpdFit.moments(new double[] {1, 2, 3}));
        assertEquals(new GpdFit(0, 2), GpdFit.moments(new double[] {2, 2}));
    }

    @Test
    void grimshawRecoversTheShapeOfLightAndHeavyTails() {
        double[][] cases = {{0.3, 2}, {-0.2, 1}, {1.5, 7}, {0.0, 3}};
        for (double[] c : cases) {
            double[] y = gpd(c[0], c[1], 5_000, 42);
            GpdFit fit = GpdFit.grimshaw(y);
            assertEquals(c[0], fit.gamma(), 0.1, "gamma of " + fit);
            assertEquals(c[1], fit.sigma(), 0.1 * c[1], "sigma of " + fit);
        }
    }

    @Test
    void maximumLikelihoodBeatsMomentsAndTheExponential() {
        double[] y = gpd(0.4, 1, 2_000, 5);
        GpdFit ml = GpdFit.grimshaw(y);
        assertTrue(ml.logLikelihood(y) >= GpdFit.moments(y).logLikelihood(y));
        assertTrue(ml.logLikelihood(y) > new GpdFit(0, 1.5).logLikelihood(y));
        assertTrue(ml.gamma() != 0);
    }

    @Test
    void logLikelihoodOutsideTheSupportIsMinusInfinity() {
        assertEquals(Double.NEGATIVE_INFINITY, new GpdFit(-1, 1).logLikelihood(new double[] {0.5, 2}));
        assertEquals(-2 * Math.log(2) - 3.0 / 2, new GpdFit(0, 2).logLikelihood(new double[] {1, 2}), 1e-15);
    }

    @Test
    void rejectsBadExcesses() {
        assertEquals("a GPD fit needs at least 1 excess, had 0",
                assertThrows(IllegalArgumentException.class, () -> GpdFit.grimshaw(new double[0])).getMessage());
        assertEquals("excess 1 must be finite and > 0, was 0.0",
                assertThrows(IllegalArgumentException.class, () -> GpdFit.grimshaw(new double[] {1, 0})).getMessage());
        assertEquals("the method of moments needs at least 2 excesses, had 1",
                assertThrows(IllegalArgumentException.class, () -> GpdFit.moments(new double[] {1})).getMessage());
    }
}
