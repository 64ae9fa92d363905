package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.junit.jupiter.api.Test;

class PotThresholdTest {
    private static final double[] HUNDRED = new double[100];

    static {
        for (int i = 0; i < 100; i++) {
            HUNDRED[99 - i] = i; // order must not matter
        }
    }

    @Test
    void fitsTheTailAboveTheInitialQuantile() {
        PotThreshold pot = PotThreshold.fit(HUNDRED, new PotParams(0.9, 0.01, PotParams.GpdMethod.MOMENTS));
        // t = sorted[90] = 90; excesses 1..9: mean 5, sample variance 7.5
        double ratio = 25 / 7.5;
        GpdFit expectedFit = new GpdFit((1 - ratio) / 2, 5 * (1 + ratio) / 2);
        assertEquals(expectedFit, pot.fit());
        assertEquals(90.0, pot.initialThreshold());
        assertEquals(9, pot.peaks());
        assertEquals(100, pot.points());
        double r = 0.01 * 100 / 9;
        assertEquals(90 + expectedFit.sigma() / expectedFit.gamma() * (Math.pow(r, -expectedFit.gamma()) - 1), pot.threshold());
    }

    @Test
    void theExponentialTailHasTheLogarithmicQuantile() {
        assertEquals(10 - 2 * Math.log(0.5), PotThreshold.quantile(10, new GpdFit(0, 2), 0.5));
    }

    @Test
    void aLowerRiskGivesAHigherThreshold() {
        double[] scores = GpdFitTest.gpd(0.1, 1, 5_000, 9);
        double lenient = PotThreshold.fit(scores, new PotParams(0.98, 1e-2, PotParams.GpdMethod.GRIMSHAW)).threshold();
        double strict = PotThreshold.fit(scores, new PotParams(0.98, 1e-4, PotParams.GpdMethod.GRIMSHAW)).threshold();
        assertTrue(strict > lenient && lenient > 0, lenient + " vs " + strict);
    }

    @Test
    void needsTwoScoresAboveTheInitialThreshold() {
        assertEquals("POT needs at least 2 training scores above the initial threshold 1.0, found 0",
                assertThrows(IllegalArgumentException.class,
                        () -> PotThreshold.fit(new double[] {1, 1, 1, 1}, PotParams.DEFAULTS)).getMessage());
    }

    @Test
    void paramsValidateAndBindWithDefaults() throws Exception {
        assertEquals("risk must be in (0, 1 - initialQuantile = 0.09999999999999998), was 0.2",
                assertThrows(IllegalArgumentException.class,
                        () -> new PotParams(0.9, 0.2, PotParams.GpdMethod.GRIMSHAW)).getMessage());
        assertEquals("initialQuantile must be in (0, 1), was 1.0",
                assertThrows(IllegalArgumentException.class,
                        () -> new PotParams(1, 0.01, PotParams.GpdMethod.GRIMSHAW)).getMessage());
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertEquals(new PotParams(0.98, 1e-4, PotParams.GpdMethod.MOMENTS),
                json.readValue("{\"risk\": 1e-4, \"method\": \"moments\"}", PotParams.class));
        assertEquals(PotParams.DEFAULTS, json.readValue("{}", PotParams.class));
        assertThrows(UnrecognizedPropertyException.class, () -> json.readValue("{\"level\": 0.9}", PotParams.class));
    }
}
