package io.faultline.models.kmeans;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import io.faultline.features.stats.RobustScale;
import org.junit.jupiter.api.Test;

class WindowFeaturesTest {
    private final WindowFeatures features = new WindowFeatures(3, new RobustScale(2, 2));

    @Test
    void standardisedValuesThenDifferences() {
        assertArrayEquals(new double[] {-0.5, 0, 1, 0.5, 1}, features.of(new double[] {9, 1, 2, 4}, 1));
    }

    @Test
    void namesAreUniquePerFeature() {
        assertArrayEquals(new String[] {"z000", "z001", "z002", "d001", "d002"}, features.names());
    }
}
