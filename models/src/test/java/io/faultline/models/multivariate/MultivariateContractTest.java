package io.faultline.models.multivariate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.models.registry.MultivariateRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every registered multivariate detector, with its default params, must do. The data: eight
 * columns driven by two common factors plus noise, 2000 training rows, then 600 live rows with
 * column 5 shifted by +6 of its deviations for rows 300..339 (an SMD-like level shift on one metric).
 */
class MultivariateContractTest {
    private static final int DIMS = 8;
    private static final int SHIFTED = 5;
    private static final int ONSET = 300;
    private static final int END = 340;
    private static final double[][] TRAIN = rows(2000, 11, false);
    private static final double[][] LIVE = rows(600, 12, true);

    static Stream<String> detectors() {
        return MultivariateRegistry.names().stream();
    }

    private static double[][] rows(int n, long seed, boolean shift) {
        Random random = new Random(seed);
        double[][] out = new double[n][DIMS];
        for (int r = 0; r < n; r++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            for (int d = 0; d < DIMS; d++) {
                out[r][d] = (d % 3 + 1) * a + (d % 2) * b + 0.3 * random.nextGaussian();
            }
            if (shift && r >= ONSET && r < END) {
                out[r][SHIFTED] += 6 * Math.sqrt((SHIFTED % 3 + 1) * (SHIFTED % 3 + 1) + 1 + 0.09);
            }
        }
        return out;
    }

    private static List<MultivariatePoint> scoreAll(String name) {
        MultivariateScorer scorer = MultivariateRegistry.create(name, null).fit(TRAIN).newScorer();
        List<MultivariatePoint> points = new ArrayList<>();
        for (double[] row : LIVE) {
            points.add(scorer.score(row));
        }
        return points;
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void oneFiniteScoreAndOneContributionPerDimensionPerRow(String name) {
        List<MultivariatePoint> points = scoreAll(name);
        assertEquals(LIVE.length, points.size());
        for (int r = 0; r < points.size(); r++) {
            MultivariatePoint p = points.get(r);
            assertTrue(Double.isFinite(p.score()) && p.score() >= 0, "row " + r + ": " + p);
            assertEquals(DIMS, p.contributions().length, "row " + r);
            for (double c : p.contributions()) {
                assertTrue(Double.isFinite(c) && c >= 0, "row " + r + ": " + p);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void sameParamsAndDataGiveTheSameScores(String name) {
        List<MultivariatePoint> a = scoreAll(name);
        List<MultivariatePoint> b = scoreAll(name);
        assertEquals(a, b);
        assertEquals(MultivariateRegistry.create(name, null).fit(TRAIN).dimensions(), DIMS);
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void aPlantedShiftIsFlaggedAndItsDimensionBlamed(String name) {
        List<MultivariatePoint> points = scoreAll(name);
        double normalMax = 0;
        for (int r = 0; r < ONSET; r++) {
            normalMax = Math.max(normalMax, points.get(r).score());
        }
        double shiftedMax = 0;
        double[] blame = new double[DIMS];
        for (int r = ONSET; r < END; r++) {
            shiftedMax = Math.max(shiftedMax, points.get(r).score());
            double[] c = points.get(r).contributions();
            for (int d = 0; d < DIMS; d++) {
                blame[d] += c[d];
            }
        }
        assertTrue(shiftedMax > normalMax, name + ": shift scored at most " + shiftedMax + ", normal rows up to " + normalMax);
        for (int d = 0; d < DIMS; d++) {
            assertTrue(d == SHIFTED || blame[d] < blame[SHIFTED], name + ": dimension " + d + " blamed more than "
                    + SHIFTED + ": " + java.util.Arrays.toString(blame));
        }
    }

    @ParameterizedTest
    @MethodSource("detectors")
    void rejectsRowsOfTheWrongWidthOrNonFiniteValues(String name) {
        MultivariateScorer scorer = MultivariateRegistry.create(name, null).fit(TRAIN).newScorer();
        assertEquals("row has 3 values, the model expects 8",
                assertThrows(IllegalArgumentException.class, () -> scorer.score(new double[3])).getMessage());
        double[] bad = LIVE[0].clone();
        bad[2] = Double.NaN;
        assertEquals("row value 2 is not finite: NaN",
                assertThrows(IllegalArgumentException.class, () -> scorer.score(bad)).getMessage());
    }
}
