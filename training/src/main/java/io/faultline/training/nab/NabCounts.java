package io.faultline.training.nab;

/**
 * NAB's row counts at a threshold, over scorable rows only (after probation): detections inside and
 * outside windows (tp, fp) and rows left undetected inside and outside (fn, tn). Like NAB's, these
 * count rows, not windows; the score counts windows.
 */
public record NabCounts(int tp, int tn, int fp, int fn) {
    public static final NabCounts ZERO = new NabCounts(0, 0, 0, 0);

    public NabCounts plus(NabCounts o) {
        return new NabCounts(tp + o.tp, tn + o.tn, fp + o.fp, fn + o.fn);
    }
}
