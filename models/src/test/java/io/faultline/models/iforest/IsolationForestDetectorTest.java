package io.faultline.models.iforest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.models.registry.MultivariateRegistry;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IsolationForestDetectorTest {
    private static final IsolationForestParams INSTANT = new IsolationForestParams(100, 256, 1, 0.01, 0.05, 7L);

    private static double[][] gaussian(int n, long seed) {
        Random random = new Random(seed);
        double[][] out = new double[n][3];
        for (int r = 0; r < n; r++) {
            for (int d = 0; d < 3; d++) {
                out[r][d] = random.nextGaussian();
            }
        }
        return out;
    }

    @Test
    void averagePathIsLiuEtAlsC() {
        assertEquals(0.0, IsolationTree.averagePath(1));
        assertEquals(1.0, IsolationTree.averagePath(2));
        // c(256) = 2 (ln 255 + gamma) - 2 * 255 / 256
        assertEquals(2 * (Math.log(255) + 0.5772156649015329) - 2.0 * 255 / 256, IsolationTree.averagePath(256), 1e-12);
    }

    @Test
    void aFarRowScoresAboveOneHalfAndCentralRowsBelow() {
        FittedIsolationForest forest = (FittedIsolationForest) new IsolationForestDetector(INSTANT).fit(gaussian(2000, 1));
        double far = forest.instant(new double[] {6, -6, 6});
        double centre = forest.instant(new double[] {0, 0, 0});
        assertTrue(far > 0.6, "far row scored " + far);
        assertTrue(centre < 0.5, "centre row scored " + centre);
    }

    @Test
    void theSeedChangesTheForestAndTheSameSeedRepeatsIt() {
        double[][] train = gaussian(500, 2);
        double[] row = {1.5, 0.2, -0.7};
        double a = ((FittedIsolationForest) new IsolationForestDetector(INSTANT).fit(train)).instant(row);
        double b = ((FittedIsolationForest) new IsolationForestDetector(INSTANT).fit(train)).instant(row);
        IsolationForestParams other = new IsolationForestParams(100, 256, 1, 0.01, 0.05, 8L);
        double c = ((FittedIsolationForest) new IsolationForestDetector(other).fit(train)).instant(row);
        assertEquals(a, b);
        assertNotEquals(a, c);
    }

    @Test
    void fewerRowsThanTheSampleSizeAndConstantColumnsStillFit() {
        double[][] train = new double[10][2];
        for (int r = 0; r < train.length; r++) {
            train[r][0] = r;
            train[r][1] = 3.0;
        }
        FittedIsolationForest forest = (FittedIsolationForest) new IsolationForestDetector(INSTANT).fit(train);
        assertTrue(forest.instant(new double[] {100, 3.0}) > forest.instant(new double[] {5, 3.0}));
    }

    @Test
    void paramsAreBoundStrictly() {
        ObjectMapper json = new ObjectMapper();
        assertEquals(new IsolationForestParams(50, 256, 30, 0.01, 0.05, 42L), MultivariateRegistry.create(
                "isolation-forest", json.createObjectNode().put("trees", 50)).params());
        assertEquals("unknown parameter 'depth' for detector 'isolation-forest'", assertThrows(IllegalArgumentException.class,
                () -> MultivariateRegistry.create("isolation-forest", json.createObjectNode().put("depth", 3))).getMessage());
        assertEquals("sampleSize must be >= 2, was 1", assertThrows(IllegalArgumentException.class,
                () -> new IsolationForestParams(100, 1, 30, 0.01, 0.05, 42L)).getMessage());
        assertEquals("training needs at least 2 rows, had 1", assertThrows(IllegalArgumentException.class,
                () -> new IsolationForestDetector(INSTANT).fit(new double[1][3])).getMessage());
    }
}
