package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.faultline.datasets.smd.SmdMatrix;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PcaBaselineTest {
    private static final double EPS = 1e-12;

    @Test
    void pointsOnTheTrainingLineScoreZeroAndOthersTheirSquaredResidual() {
        // both columns 1, 2, 3: mean 2, std 1, standardised columns equal -> one component along (1, 1)
        FittedPcaBaseline model = new PcaBaseline(PcaBaselineParams.DEFAULTS)
                .fit(new SmdMatrix(3, 2, new double[] {1, 1, 2, 2, 3, 3}));
        assertEquals(1, model.components());
        assertEquals(1.0, model.explainedShare(), EPS);
        assertEquals(0.0, model.score(new double[] {3, 3}), EPS);
        // z = (0, 2); residual (I - vv^T) z = (-1, 1)
        assertArrayEquals(new double[] {1, 1}, model.contributions(new double[] {2, 4}), EPS);
        assertEquals(2.0, model.score(new double[] {2, 4}), EPS);
    }

    @Test
    void aFixedNumberOfComponentsOverridesTheVarianceShare() {
        SmdMatrix train = new SmdMatrix(3, 2, new double[] {1, 1, 2, 2, 3, 3});
        FittedPcaBaseline all = new PcaBaseline(new PcaBaselineParams(0.9, 2, 0.01)).fit(train);
        assertEquals(2, all.components());
        assertEquals(0.0, all.score(new double[] {2, 4}), EPS); // full basis: nothing left over
        assertEquals(2, new PcaBaseline(new PcaBaselineParams(0.9, 5, 0.01)).fit(train).components());
    }

    @Test
    void aColumnConstantInTrainingIsStandardisedByTheFloor() {
        // column 0 varies, column 1 is constant 5: std floored at 0.5
        FittedPcaBaseline model = new PcaBaseline(new PcaBaselineParams(0.9, 1, 0.5))
                .fit(new SmdMatrix(3, 2, new double[] {1, 5, 2, 5, 3, 5}));
        // the kept component is column 0's axis, so column 1's whole deviation is residual: (6 - 5) / 0.5 = 2
        assertArrayEquals(new double[] {0, 4}, model.contributions(new double[] {7, 6}), EPS);
    }

    @Test
    void isDeterministicAndContributionsSumToTheScore() {
        Random random = new Random(1);
        double[] values = new double[200 * 5];
        for (int r = 0; r < 200; r++) {
            double common = random.nextGaussian();
            for (int d = 0; d < 5; d++) {
                values[r * 5 + d] = common * (d + 1) + 0.1 * random.nextGaussian();
            }
        }
        SmdMatrix train = new SmdMatrix(200, 5, values);
        PcaScores first = new PcaBaseline(PcaBaselineParams.DEFAULTS).fit(train).scoreAll(train);
        PcaScores second = new PcaBaseline(PcaBaselineParams.DEFAULTS).fit(train).scoreAll(train);
        assertArrayEquals(first.scores(), second.scores());
        assertArrayEquals(first.contributions(), second.contributions());
        double[][] c = first.contributions();
        for (int r = 0; r < first.rows(); r++) {
            double sum = 0;
            for (double v : c[r]) {
                sum += v;
            }
            assertEquals(first.scores()[r], sum, 1e-12);
        }
    }

    @Test
    void rejectsWhatItCannotFitOrScore() {
        PcaBaseline pca = new PcaBaseline(PcaBaselineParams.DEFAULTS);
        assertEquals("PCA needs at least 2 training rows, had 1", assertThrows(IllegalArgumentException.class,
                () -> pca.fit(new SmdMatrix(1, 2, new double[] {1, 2}))).getMessage());
        FittedPcaBaseline model = pca.fit(new SmdMatrix(2, 2, new double[] {1, 2, 3, 4}));
        assertEquals("row has 3 values, the model 2", assertThrows(IllegalArgumentException.class,
                () -> model.score(new double[3])).getMessage());
    }

    @Test
    void paramsValidateAndBindWithDefaults() throws Exception {
        assertEquals("explainedVariance must be in (0, 1], was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new PcaBaselineParams(0, 0, 0.01)).getMessage());
        assertEquals("components must be >= 0, was -1", assertThrows(IllegalArgumentException.class,
                () -> new PcaBaselineParams(0.9, -1, 0.01)).getMessage());
        assertEquals("minStd must be finite and > 0, was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new PcaBaselineParams(0.9, 0, 0)).getMessage());
        ObjectMapper json = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        assertEquals(new PcaBaselineParams(0.9, 3, 0.01), json.readValue("{\"components\": 3}", PcaBaselineParams.class));
        assertThrows(UnrecognizedPropertyException.class, () -> json.readValue("{\"k\": 3}", PcaBaselineParams.class));
    }
}
