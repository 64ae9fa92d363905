package io.faultline.rca.rank;

import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;
import io.faultline.rca.SignalKinds;

/**
 * How far one series of a component moved from its baseline during the incident window, and
 * whether that counts ({@code significant}: its robust z reached the threshold).
 */
record SeriesDeviation(String component, MetricDeviation deviation, long peakTimeMs, boolean significant) {

    SignalKind signal() {
        return deviation.signal();
    }

    double magnitude() {
        return deviation.magnitude();
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
