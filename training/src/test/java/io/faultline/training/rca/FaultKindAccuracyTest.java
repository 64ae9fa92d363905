package io.faultline.training.rca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.rca.FaultKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultKindAccuracyTest {
    @Test
    void countsMatchingKindsAndAMissingPredictionAsWrong() {
        FaultKindAccuracy accuracy = FaultKindAccuracy.of(List.of(
                new FaultKindAccuracy.Case(FaultKind.CPU, FaultKind.CPU),
                new FaultKindAccuracy.Case(FaultKind.MEMORY, FaultKind.CPU),
                new FaultKindAccuracy.Case(FaultKind.LATENCY, null),
                new FaultKindAccuracy.Case(FaultKind.ERRORS, FaultKind.ERRORS)));
        assertEquals(new FaultKindAccuracy(4, 2, 0.5), accuracy);
    }

    @Test
    void needsCases() {
        assertEquals("fault-kind accuracy needs at least one case",
                assertThrows(IllegalArgumentException.class, () -> FaultKindAccuracy.of(List.of())).getMessage());
    }

    @Test
    void mapsTheBenchmarksFaultNamesToKinds() {
        assertEquals(Optional.of(FaultKind.CPU), DatasetFaultKinds.of("cpu"));
        assertEquals(Optional.of(FaultKind.MEMORY), DatasetFaultKinds.of("MEM"));
        assertEquals(Optional.of(FaultKind.LATENCY), DatasetFaultKinds.of("delay"));
        assertEquals(Optional.of(FaultKind.NETWORK), DatasetFaultKinds.of("loss"));
        assertEquals(Optional.of(FaultKind.DISK), DatasetFaultKinds.of("disk"));
        assertEquals(Optional.of(FaultKind.ERRORS), DatasetFaultKinds.of("availability"));
        assertEquals(Optional.of(FaultKind.NETWORK), DatasetFaultKinds.of("packet-loss"));
        assertEquals(Optional.empty(), DatasetFaultKinds.of("f3"));
        assertEquals(Optional.empty(), DatasetFaultKinds.of(null));
    }
}
