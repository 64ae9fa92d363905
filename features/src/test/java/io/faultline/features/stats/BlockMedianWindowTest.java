package io.faultline.features.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BlockMedianWindowTest {

    @Test
    void estimatesChangeOnlyWhenABlockCloses() {
        BlockMedianWindow w = new BlockMedianWindow(32); // 8 blocks of 4
        for (double v : new double[] {3, 1, 4}) {
            w.add(v);
        }
        assertTrue(Double.isNaN(w.location()));
        w.add(2); // block [1 2 3 4]: median 2.5, distances 1.5 .5 .5 1.5 -> spread 1
        assertEquals(2.5, w.location());
        assertEquals(RobustScale.MAD_TO_SIGMA * 1.0, w.spread(), 1e-6);
        assertEquals(4, w.coveredValues());
        for (double v : new double[] {10, 10, 10, 10}) { // distances from 2.5: 7.5 each
            w.add(v);
        }
        assertEquals(6.25, w.location(), 1e-9); // median of block medians 2.5 and 10
        assertEquals(RobustScale.MAD_TO_SIGMA * (1.0 + 7.5) / 2, w.spread(), 1e-5);
    }

    @Test
    void estimatesTheMedianAndStandardDeviationOfNormalData() {
        SplittableRandom random = new SplittableRandom(11);
        BlockMedianWindow w = new BlockMedianWindow(240);
        for (int i = 0; i < 10_000; i++) {
            w.add(50 + 2 * random.nextGaussian());
        }
        assertEquals(240, w.coveredValues());
        assertEquals(50.0, w.location(), 0.3);
        assertEquals(2.0, w.spread(), 0.4);
    }

    @Test
    void ignoresAnomaliesUntilTheyFillHalfTheBlocksThenFollowsTheNewLevel() {
        SplittableRandom random = new SplittableRandom(12);
        BlockMedianWindow w = new BlockMedianWindow(240); // 15 blocks of 16
        for (int i = 0; i < 240; i++) {
            w.add(random.nextGaussian());
        }
        for (int i = 0; i < 7 * 16; i++) {
            w.add(100 + random.nextGaussian());
        }
        assertTrue(Math.abs(w.location()) < 1, "7 of 15 blocks anomalous: location " + w.location());
        for (int i = 0; i < 16; i++) {
            w.add(100 + random.nextGaussian());
        }
        assertTrue(Math.abs(w.location() - 100) < 1, "8 of 15 blocks at the new level: location " + w.location());
    }

    @Test
    void aMostlyConstantSeriesFallsBackToTheStandardDeviation() {
        BlockMedianWindow w = new BlockMedianWindow(240);
        for (int i = 0; i < 1_000; i++) {
            w.add(i % 10 == 0 ? 5.0 : 0.0);
        }
        assertEquals(0.0, w.location());
        assertTrue(w.spread() > 1.0 && w.spread() < 2.0, "spread " + w.spread());
    }

    @Test
    void aValueHoldingMoreThanHalfTheWindowIsTheLocationAndTheSpreadIsTheStandardDeviation() {
        // an error ratio of a few requests: 55 % zeros, else one or two errors out of ~140; the blocks'
        // median spreads flip between 0 and a fraction of 0.007, the window's MAD is 0
        SplittableRandom random = new SplittableRandom(14);
        BlockMedianWindow w = new BlockMedianWindow(240);
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < 2_400; i++) {
            double v = random.nextDouble() < 0.55 ? 0.0 : random.nextDouble() < 0.75 ? 0.007 : 0.014;
            w.add(v);
            sum += v;
            squares += v * v;
        }
        double sd = Math.sqrt(squares / 2_400 - (sum / 2_400) * (sum / 2_400));
        assertEquals(0.0, w.location());
        assertEquals(sd, w.spread(), 0.15 * sd);
        assertTrue(0.014 / w.spread() < 4, "two errors are not an anomaly: spread " + w.spread());
    }

    @Test
    void aSnapshotContinuesExactly() {
        SplittableRandom random = new SplittableRandom(13);
        for (int cut : new int[] {0, 7, 500}) {
            BlockMedianWindow a = new BlockMedianWindow(60);
            for (int i = 0; i < cut; i++) {
                a.add(random.nextGaussian());
            }
            BlockMedianWindow b = new BlockMedianWindow(60, a.snapshot());
            for (int i = 0; i < 100; i++) {
                double v = random.nextGaussian();
                a.add(v);
                b.add(v);
            }
            assertEquals(a.snapshot(), b.snapshot(), "cut at " + cut);
            assertEquals(a.location(), b.location());
            assertEquals(a.spread(), b.spread());
        }
    }

    @Test
    void refusesNonFiniteValuesAndBadArguments() {
        BlockMedianWindow w = new BlockMedianWindow(10);
        assertEquals("value must be finite, was NaN", assertThrows(IllegalArgumentException.class, () -> w.add(Double.NaN)).getMessage());
        assertEquals("window must be >= 1, was 0", assertThrows(IllegalArgumentException.class, () -> new BlockMedianWindow(0)).getMessage());
        assertEquals("snapshot does not fit a window of 240 (15 blocks of 16)", assertThrows(IllegalArgumentException.class,
                () -> new BlockMedianWindow(240, new BlockMedianWindow(10).snapshot())).getMessage());
    }
}
