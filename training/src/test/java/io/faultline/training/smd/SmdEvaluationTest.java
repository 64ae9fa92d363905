package io.faultline.training.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.datasets.smd.InterpretationSegment;
import io.faultline.datasets.smd.SmdMachine;
import io.faultline.datasets.smd.SmdMatrix;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SmdEvaluationTest {
    private static final boolean F = false;
    private static final boolean T = true;

    /** 1,000 training rows, 8 test rows with anomalies at rows 2-3 (dimension 1) and 6 (dimension 0). */
    private static SmdMachine machine() {
        return new SmdMachine("m", new SmdMatrix(1000, 2, new double[2000]), new SmdMatrix(8, 2, new double[16]),
                new boolean[] {F, F, T, T, F, F, T, F},
                List.of(new InterpretationSegment(2, 4, List.of(1)), new InterpretationSegment(6, 7, List.of(0))));
    }

    private static double[] trainScores() {
        double[] s = new double[1000];
        for (int i = 0; i < 1000; i++) {
            s[i] = (i * 37 % 1000) / 1000.0; // every value of [0, 1) in steps of 0.001, shuffled
        }
        return s;
    }

    @Test
    void measuresEveryFigureOfAPerfectScorer() {
        double[] test = {0, 0, 50, 60, 0, 0, 70, 0};
        double[][] contributions = {{0, 0}, {0, 0}, {0, 50}, {0, 60}, {0, 0}, {0, 0}, {70, 0}, {0, 0}};
        SmdMachineEvaluation e = SmdEvaluation.evaluate(machine(), trainScores(), test, contributions, PotParams.DEFAULTS);

        assertEquals(new DetectionScore(50, 3, 0, 0), e.best());
        assertEquals(2, e.labelledSegments());
        assertEquals(8, e.testRows());
        assertEquals(MedianPot.DEFAULT.apply(trainScores(), test, PotParams.DEFAULTS).threshold(), e.pot());
        assertEquals(500, e.pot().points()); // a short training run keeps half its rows for the calibration
        assertEquals(new SmdFigures(1, 1, 1, 1, 1, 1, 1, 1, 1), e.figures());
    }

    @Test
    void theLabelFreeThresholdComesFromTrainingScoresOnly() {
        double[] test = {0, 0, 0.5, 0.9, 0, 0, 3, 0};
        double[][] contributions = {{0, 0}, {0, 0}, {1, 0}, {1, 0}, {0, 0}, {0, 0}, {0, 1}, {0, 0}};
        SmdMachineEvaluation e = SmdEvaluation.evaluate(machine(), trainScores(), test, contributions, PotParams.DEFAULTS);
        MedianPot.Outcome rule = MedianPot.DEFAULT.apply(trainScores(), test, PotParams.DEFAULTS);
        assertEquals(rule.threshold(), e.pot());
        assertEquals(PointwiseF1.of(rule.flags(), machine().labels(), rule.threshold().threshold()), e.labelFree());
        assertEquals(new DetectionScore(0.5, 3, 0, 0), e.best());
        assertEquals(0.0, e.rootCause().hitRate100()); // contributions point at the wrong dimension
    }

    @Test
    void thePcaBaselineFindsAJumpOffItsTrainingLine() {
        Random random = new Random(17);
        double[] train = new double[2000];
        for (int r = 0; r < 1000; r++) {
            train[2 * r] = r % 10;
            train[2 * r + 1] = r % 10 + 0.1 * random.nextGaussian();
        }
        double[] test = new double[16];
        for (int r = 0; r < 8; r++) {
            test[2 * r] = r;
            test[2 * r + 1] = r;
        }
        test[2 * 2 + 1] = 9;
        test[2 * 3 + 1] = 9;
        test[2 * 6] = 0;
        SmdMachine m = new SmdMachine("m", new SmdMatrix(1000, 2, train), new SmdMatrix(8, 2, test),
                new boolean[] {F, F, T, T, F, F, T, F},
                List.of(new InterpretationSegment(2, 4, List.of(1)), new InterpretationSegment(6, 7, List.of(0))));
        SmdMachineEvaluation e = SmdEvaluation.pcaBaseline(m, PcaBaselineParams.DEFAULTS, PotParams.DEFAULTS);
        assertEquals(3, e.best().truePositives());
        assertEquals(0, e.best().falsePositives());
        assertEquals(1.0, e.eventRecallBest());
    }

    @Test
    void scoresMustCoverTheMachine() {
        assertEquals("trainScores has 3 rows but m has 1000 training rows", assertThrows(IllegalArgumentException.class,
                () -> SmdEvaluation.evaluate(machine(), new double[3], new double[8], new double[8][2],
                        PotParams.DEFAULTS)).getMessage());
    }

    @Test
    void averagesFiguresOverMachines() {
        SmdFigures a = new SmdFigures(1, 0, 1, 0, 1, 0, 1, 0, 1);
        SmdFigures b = new SmdFigures(0, 0, 0.5, 0, 0, 1, 0, 1, 0);
        assertEquals(new SmdFigures(0.5, 0, 0.75, 0, 0.5, 0.5, 0.5, 0.5, 0.5), SmdFigures.mean(List.of(a, b)));
    }
}
