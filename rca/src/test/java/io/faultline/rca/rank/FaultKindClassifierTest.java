package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FaultKindClassifierTest {
    private final FaultKindClassifier classifier = new FaultKindClassifier(FaultKindClassifierParams.DEFAULTS);

    /** Deviations given as alternating signal kind and robust z; a negative z is a downward move. */
    private static List<MetricDeviation> moves(Object... kindAndZ) {
        List<MetricDeviation> out = new ArrayList<>();
        for (int i = 0; i < kindAndZ.length; i += 2) {
            SignalKind kind = (SignalKind) kindAndZ[i];
            double z = ((Number) kindAndZ[i + 1]).doubleValue();
            out.add(new MetricDeviation(SeriesKey.of("m" + i), kind, 0, 0, z, Math.abs(z),
                    z < 0 ? Direction.DOWN : Direction.UP));
        }
        return out;
    }

    private FaultKind kind(Object... kindAndZ) {
        return classifier.classify(moves(kindAndZ));
    }

    @Test
    void aCpuHogIsCpuEvenWhenLatencyMovesMore() {
        assertEquals(FaultKind.CPU, kind(SignalKind.CPU, 30, SignalKind.LATENCY, 120));
    }

    @Test
    void packetLossIsNetworkDespiteLatencyAndErrors() {
        assertEquals(FaultKind.NETWORK, kind(SignalKind.NETWORK, 25, SignalKind.LATENCY, 80, SignalKind.ERRORS, 60));
    }

    @Test
    void aSmallResourceWiggleDoesNotOutvoteAStrongSymptom() {
        assertEquals(FaultKind.LATENCY, kind(SignalKind.CPU, 4.5, SignalKind.LATENCY, 200));
    }

    @Test
    void retriesWarmingTheCpuDoNotMakeAnErrorBurstACpuFault() {
        assertEquals(FaultKind.ERRORS, kind(SignalKind.ERRORS, 35, SignalKind.CPU, 5.1, SignalKind.TRAFFIC, 4.3));
    }

    @Test
    void errorsAndLatencyAreComparedByStrength() {
        assertEquals(FaultKind.ERRORS, kind(SignalKind.ERRORS, 90, SignalKind.LATENCY, 12));
        assertEquals(FaultKind.LATENCY, kind(SignalKind.ERRORS, 8, SignalKind.LATENCY, 90));
    }

    @Test
    void memoryBeatsCpuWhenItMovesMore() {
        assertEquals(FaultKind.MEMORY, kind(SignalKind.MEMORY, 50, SignalKind.CPU, 6));
        assertEquals(FaultKind.DISK, kind(SignalKind.DISK, 50));
    }

    @Test
    void aTrafficSurgeDominatingEverythingIsTraffic() {
        assertEquals(FaultKind.TRAFFIC, kind(SignalKind.TRAFFIC, 60, SignalKind.CPU, 20, SignalKind.LATENCY, 10));
        assertEquals(FaultKind.CPU, kind(SignalKind.TRAFFIC, 8, SignalKind.CPU, 40));
    }

    @Test
    void downwardMovesWeakMovesAndOtherMetricsSayNothing() {
        assertEquals(FaultKind.UNKNOWN, kind(SignalKind.CPU, -40, SignalKind.TRAFFIC, -30, SignalKind.OTHER, 99,
                SignalKind.LATENCY, 3.9));
        assertEquals(FaultKind.UNKNOWN, classifier.classify(List.of()));
    }

    @Test
    void paramsAreValidated() {
        assertEquals("resourceShare must be in (0, 10], was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new FaultKindClassifierParams(4, 0, 1, 1)).getMessage());
    }
}
