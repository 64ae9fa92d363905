package io.faultline.rca.rank;

import io.faultline.rca.Direction;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;

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

    /** An upward move of a signal that faults push up: the kind of move a faulty component makes. */
    boolean faultLike() {
        return significant && deviation.direction() == Direction.UP
                && signal() != SignalKind.TRAFFIC && signal() != SignalKind.OTHER;
    }
}
