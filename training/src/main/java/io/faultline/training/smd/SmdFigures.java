package io.faultline.training.smd;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The headline figures of one SMD evaluation (one machine, or the mean over machines). All in [0, 1].
 *
 * @param f1Best               point-wise F1 without adjustment at the best threshold (uses test labels)
 * @param f1LabelFree          point-wise F1 without adjustment at the POT threshold of training scores
 * @param pointAdjustedF1Best  point-adjusted F1 at its own best threshold, as papers report it
 * @param pointAdjustedF1LabelFree point-adjusted F1 at the POT threshold
 * @param eventRecallBest      share of labelled segments detected at the best (unadjusted) threshold
 * @param eventRecallLabelFree share of labelled segments detected at the POT threshold
 * @param hitRate100           HitRate@100% of the dimension ranking
 * @param hitRate150           HitRate@150% of the dimension ranking
 * @param rcTop3               share of segments with a marked dimension among the top 3
 */
public record SmdFigures(
        double f1Best,
        double f1LabelFree,
        double pointAdjustedF1Best,
        double pointAdjustedF1LabelFree,
        double eventRecallBest,
        double eventRecallLabelFree,
        double hitRate100,
        double hitRate150,
        double rcTop3) {

    /** The mean of each figure over machines, each machine weighing the same. */
    public static SmdFigures mean(List<SmdFigures> machines) {
        if (machines.isEmpty()) {
            throw new IllegalArgumentException("no machine to average");
        }
        return new SmdFigures(
                mean(machines, SmdFigures::f1Best),
                mean(machines, SmdFigures::f1LabelFree),
                mean(machines, SmdFigures::pointAdjustedF1Best),
                mean(machines, SmdFigures::pointAdjustedF1LabelFree),
                mean(machines, SmdFigures::eventRecallBest),
                mean(machines, SmdFigures::eventRecallLabelFree),
                mean(machines, SmdFigures::hitRate100),
                mean(machines, SmdFigures::hitRate150),
                mean(machines, SmdFigures::rcTop3));
    }

    private static double mean(List<SmdFigures> machines, ToDoubleFunction<SmdFigures> figure) {
        return machines.stream().mapToDouble(figure).sum() / machines.size();
    }
}
