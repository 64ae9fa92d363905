package io.faultline.rca.rank;

import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;
import io.faultline.rca.SignalKinds;

/**
 * How far one series of a component moved from its baseline during the incident window, and
 * whether that counts ({@code significant}: its scored magnitude reached the threshold).
 */
record SeriesDeviation(String component, MetricDeviation deviation, long peakTimeMs, boolean significant,
                       double scoredMagnitude) {

    SeriesDeviation(String component, MetricDeviation deviation, long peakTimeMs, boolean significant) {
        this(component, deviation, peakTimeMs, significant, deviation.magnitude());
    }

    /**
     * The same deviation scored by {@code magnitude} instead of its own robust z (the part its
     * callees do not explain), significant when that reaches {@code thresholdZ}; the evidence keeps
     * the series' own z.
     */
    SeriesDeviation scoredBy(double magnitude, double thresholdZ) {
        return new SeriesDeviation(component, deviation, peakTimeMs, magnitude >= thresholdZ, magnitude);
    }

    SignalKind signal() {
        return deviation.signal();
    }

    /** The magnitude the ranker scores: the robust z, or the part of it the callees do not explain. */
    double magnitude() {
        return scoredMagnitude;
    }

    long onsetMs() {
        return deviation.onsetMs();
    }

    /** A move the way faults push this series: up, or down for an availability or success ratio. */
    boolean worsening() {
        return worsening(deviation);
    }

    static boolean worsening(MetricDeviation d) {
        return (d.direction() == Direction.UP) != SignalKinds.higherIsBetter(d.series().metric());
    }

    /** A worsening move of a signal that faults push: the kind of move a faulty component makes. */
    boolean faultLike() {
        return significant && worsening() && signal() != SignalKind.TRAFFIC && signal() != SignalKind.OTHER;
    }
}
