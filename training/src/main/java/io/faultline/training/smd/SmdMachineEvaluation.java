package io.faultline.training.smd;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything measured on one machine: point-wise counts at the best and at the label-free threshold,
 * their point-adjusted counterparts, event recall and root-cause accuracy.
 *
 * @param machine                  the machine's name
 * @param testRows                 rows scored
 * @param labelledSegments         maximal runs of anomalous labels
 * @param best                     point-wise, without adjustment, at the best threshold
 * @param pot                      the label-free threshold fitted on training scores
 * @param labelFree                point-wise, without adjustment, at {@code pot.threshold()}
 * @param pointAdjustedBest        point-adjusted, at its own best threshold
 * @param pointAdjustedLabelFree   point-adjusted, at {@code pot.threshold()}
 * @param eventRecallBest          segments detected at {@code best.threshold()}
 * @param eventRecallLabelFree     segments detected at {@code pot.threshold()}
 * @param rootCause                dimension ranking against {@code interpretation_label}
 * @param labelFreeAlternatives    other label-free thresholding rules by name ({@link LabelFreeRules}),
 *                                 point-wise without adjustment, for comparison with {@code labelFree}
 * @param rootCausePeak            {@code rootCause} with dimensions ranked by their peak over each
 *                                 segment instead of their mean, for comparison
 */
public record SmdMachineEvaluation(
        String machine,
        int testRows,
        int labelledSegments,
        DetectionScore best,
        PotThreshold pot,
        DetectionScore labelFree,
        DetectionScore pointAdjustedBest,
        DetectionScore pointAdjustedLabelFree,
        double eventRecallBest,
        double eventRecallLabelFree,
        RootCauseAccuracy rootCause,
        Map<String, DetectionScore> labelFreeAlternatives,
        RootCauseAccuracy rootCausePeak) {

    public SmdMachineEvaluation {
        labelFreeAlternatives = Collections.unmodifiableMap(new LinkedHashMap<>(labelFreeAlternatives));
    }

    /** The same evaluation with more label-free rules measured. */
    public SmdMachineEvaluation withAlternatives(Map<String, DetectionScore> more) {
        Map<String, DetectionScore> all = new LinkedHashMap<>(labelFreeAlternatives);
        all.putAll(more);
        return new SmdMachineEvaluation(machine, testRows, labelledSegments, best, pot, labelFree, pointAdjustedBest,
                pointAdjustedLabelFree, eventRecallBest, eventRecallLabelFree, rootCause, all, rootCausePeak);
    }

    /** The headline figures. */
    public SmdFigures figures() {
        return new SmdFigures(best.f1(), labelFree.f1(), pointAdjustedBest.f1(), pointAdjustedLabelFree.f1(),
                eventRecallBest, eventRecallLabelFree, rootCause.hitRate100(), rootCause.hitRate150(), rootCause.rcTop3());
    }
}
