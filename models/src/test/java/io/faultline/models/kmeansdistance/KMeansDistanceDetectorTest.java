package io.faultline.models.kmeansdistance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.models.registry.MultivariateRegistry;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KMeansDistanceDetectorTest {
    private static final KMeansDistanceParams INSTANT = new KMeansDistanceParams(2, 30, 1, 0.01, 0.05, 1, 0.05, 3L);

    /** Two tight blobs in two dimensions, at (-1, -1) and (1, 1) before standardising. */
    private static double[][] blobs(int n, long seed) {
        Random random = new Random(seed);
        double[][] out = new double[n][2];
        for (int r = 0; r < n; r++) {
            double centre = r % 2 == 0 ? -1 : 1;
            out[r][0] = centre + 0.05 * random.nextGaussian();
            out[r][1] = centre + 0.05 * random.nextGaussian();
        }
        return out;
    }

    @Test
    void findsBothClustersAndScoresTheGapBetweenThemHigh() {
        FittedKMeansDistance fitted = (FittedKMeansDistance) new KMeansDistanceDetector(INSTANT).fit(blobs(400, 1));
        assertEquals(2, fitted.clusters());
        double member = fitted.instant(new double[] {1.0, 1.0});
        double gap = fitted.instant(new double[] {0.0, 0.0});
        assertTrue(member < 1, "a row at a centre scored " + member);
        assertTrue(gap > 10, "a row between the clusters scored " + gap);
    }

    @Test
    void identicalRowsGiveOneCluster() {
        double[][] same = new double[20][];
        for (int r = 0; r < same.length; r++) {
            same[r] = new double[] {2.0, 5.0};
        }
        FittedKMeansDistance fitted = (FittedKMeansDistance) new KMeansDistanceDetector(INSTANT).fit(same);
        assertEquals(1, fitted.clusters());
        assertEquals(0.0, fitted.instant(new double[] {2.0, 5.0}));
    }

    @Test
    void paramsAreBoundStrictly() {
        ObjectMapper json = new ObjectMapper();
        assertEquals(new KMeansDistanceParams(4, 50, 2, 0.01, 0.05, 30, 0.05, 42L), MultivariateRegistry.create(
                "kmeans-distance", json.createObjectNode().put("clusters", 4)).params());
        assertEquals("unknown parameter 'k' for detector 'kmeans-distance'", assertThrows(IllegalArgumentException.class,
                () -> MultivariateRegistry.create("kmeans-distance", json.createObjectNode().put("k", 3))).getMessage());
        assertEquals("clusters must be >= 1, was 0", assertThrows(IllegalArgumentException.class,
                () -> new KMeansDistanceParams(0, 50, 2, 0.01, 0.05, 30, 0.05, 42L)).getMessage());
    }
}
