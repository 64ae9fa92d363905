package io.faultline.training.smd;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The best-F1 threshold by one sort and one sweep. Positives come as weighted units (a row of weight 1,
 * or a whole segment under point adjustment); negatives are single rows. Every distinct score is a
 * candidate threshold; at threshold v a unit or row counts as flagged when its score is {@code >= v}.
 * Among equal F1 the highest threshold wins, so the answer flags as little as it can.
 */
final class ThresholdSweep {
    private ThresholdSweep() {
    }

    static DetectionScore best(double[] unitScores, long[] unitWeights, double[] negativeScores) {
        if (unitScores.length == 0) {
            throw new IllegalArgumentException("labels contain no anomalous row: F1 is undefined");
        }
        Integer[] order = IntStream.range(0, unitScores.length).boxed()
                .sorted(Comparator.comparingDouble((Integer i) -> unitScores[i]).reversed())
                .toArray(Integer[]::new);
        double[] negatives = negativeScores.clone();
        Arrays.sort(negatives);
        long positives = Arrays.stream(unitWeights).sum();

        int u = 0;
        int n = negatives.length - 1;
        long tp = 0;
        long fp = 0;
        DetectionScore best = null;
        while (u < order.length || n >= 0) {
            double v = Math.max(u < order.length ? unitScores[order[u]] : Double.NEGATIVE_INFINITY,
                    n >= 0 ? negatives[n] : Double.NEGATIVE_INFINITY);
            while (u < order.length && unitScores[order[u]] >= v) {
                tp += unitWeights[order[u++]];
            }
            while (n >= 0 && negatives[n] >= v) {
                fp++;
                n--;
            }
            DetectionScore here = new DetectionScore(v, tp, fp, positives - tp);
            if (best == null || here.f1() > best.f1()) {
                best = here;
            }
        }
        return best;
    }
}
