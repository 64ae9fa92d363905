package io.faultline.models.kmeans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.models.ModelJson;
import org.junit.jupiter.api.Test;

class KMeansWindowModelTest {
    // window 3 -> features z0, z1, z2, d1, d2; median 10, scale 2
    private final KMeansWindowModel model = new KMeansWindowModel(3, 10, 2,
            new double[][] {{0, 0, 0, 0, 0}, {1, 2, 3, 1, 1}}, 1.5);

    @Test
    void distanceIsToTheNearestCentroid() {
        // raw 10, 10, 10 -> all features 0: on the first centroid
        assertEquals(0.0, model.judge(new double[] {10, 10, 10}, 1).distance());
        // raw 12, 14, 16 -> z 1, 2, 3, d 1, 1: on the second
        assertEquals(0.0, model.judge(new double[] {12, 14, 16}, 1).distance());
        assertEquals(Math.sqrt(0.25 + 0.25), model.judge(new double[] {10, 10, 11}, 1).distance(), 1e-15);
    }

    @Test
    void boundsAreWhereTheScoreReachesTheRadius() {
        double radius = 1.0;
        KMeansWindowModel.Judgement judgement = model.judge(new double[] {10, 10, 10.3}, radius);
        assertEquals(10.0, judgement.expected(), 1e-12);
        // newest z at +-sqrt(radius^2 / 2) from 0, in units: 10 +- 2 sqrt(0.5)
        assertEquals(10 - 2 * Math.sqrt(0.5), judgement.lower(), 1e-12);
        assertEquals(10 + 2 * Math.sqrt(0.5), judgement.upper(), 1e-12);
        assertEquals(radius, model.judge(new double[] {10, 10, judgement.upper()}, radius).distance(), 1e-12);
        assertEquals(radius, model.judge(new double[] {10, 10, judgement.lower()}, radius).distance(), 1e-12);
    }

    @Test
    void boundsCollapseOnExpectedWhenNoValueCouldBeNormal() {
        KMeansWindowModel.Judgement judgement = model.judge(new double[] {30, 10, 10}, 1.0);
        assertEquals(judgement.expected(), judgement.lower());
        assertEquals(judgement.expected(), judgement.upper());
    }

    @Test
    void roundTripsThroughJson() throws Exception {
        String json = ModelJson.mapper().writeValueAsString(model);
        assertEquals("{\"window\":3,\"median\":10.0,\"scale\":2.0,\"centroids\":[[0.0,0.0,0.0,0.0,0.0],"
                + "[1.0,2.0,3.0,1.0,1.0]],\"distanceQuantile\":1.5}", json);
        assertEquals(model, ModelJson.mapper().readValue(json, KMeansWindowModel.class));
    }

    @Test
    void rejectsCentroidsOfTheWrongShape() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KMeansWindowModel(3, 10, 2, new double[][] {{0, 0}}, 1));
        assertEquals("centroids[0] must have 5 features for window=3, had 2", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new KMeansWindowModel(3, 10, 0, new double[][] {{0}}, 1));
        assertEquals("scale must be finite and > 0, was 0.0", e.getMessage());
    }
}
