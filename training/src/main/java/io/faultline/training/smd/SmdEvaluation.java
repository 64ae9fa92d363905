package io.faultline.training.smd;

import io.faultline.datasets.smd.SmdMachine;

/**
 * Evaluates scores of one SMD machine by the protocol of {@link SmdMachineEvaluation}: any scorer that
 * gives a score per training and test row and a contribution per test row and dimension can be
 * measured, the {@link PcaBaseline} first among them.
 */
public final class SmdEvaluation {
    private SmdEvaluation() {
    }

    /**
     * @param machine            the machine (labels and interpretation segments are read from it)
     * @param trainScores        one score per training row, in time order; the label-free threshold is fitted
     *                           on these only
     * @param testScores         one score per test row, in time order (they follow the training rows)
     * @param testContributions  per test row, one contribution per dimension
     * @param pot                the tail fit of the label-free rule ({@link MedianPot#DEFAULT}, the headline)
     */
    public static SmdMachineEvaluation evaluate(SmdMachine machine, double[] trainScores, double[] testScores,
            double[][] testContributions, PotParams pot) {
        if (trainScores.length != machine.train().rows()) {
            throw new IllegalArgumentException("trainScores has " + trainScores.length + " rows but " + machine.name()
                    + " has " + machine.train().rows() + " training rows");
        }
        if (testContributions.length != testScores.length) {
            throw new IllegalArgumentException("testContributions has " + testContributions.length
                    + " rows but testScores has " + testScores.length);
        }
        boolean[] labels = machine.labels();
        DetectionScore best = PointwiseF1.best(testScores, labels);
        MedianPot.Outcome headline = MedianPot.DEFAULT.apply(trainScores, testScores, pot);
        boolean[] flags = headline.flags();
        double z = headline.threshold().threshold();
        return new SmdMachineEvaluation(
                machine.name(),
                testScores.length,
                Segment.runs(labels).size(),
                best,
                headline.threshold(),
                PointwiseF1.of(flags, labels, z),
                PointAdjustment.best(testScores, labels),
                PointAdjustment.of(flags, labels, z),
                EventRecall.at(testScores, labels, best.threshold()),
                EventRecall.of(flags, labels),
                RootCauseAccuracy.of(machine.interpretation(), testContributions),
                LabelFreeRules.measure(trainScores, testScores, labels, pot),
                RootCauseAccuracy.ofPeak(machine.interpretation(), testContributions));
    }

    /** Fits the PCA baseline on the machine's training rows and evaluates its scores. */
    public static SmdMachineEvaluation pcaBaseline(SmdMachine machine, PcaBaselineParams params, PotParams pot) {
        FittedPcaBaseline model = new PcaBaseline(params).fit(machine.train());
        PcaScores train = model.scoreAll(machine.train());
        PcaScores test = model.scoreAll(machine.test());
        return evaluate(machine, train.scores(), test.scores(), test.contributions(), pot);
    }
}
