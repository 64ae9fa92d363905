package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {
    private static RankedCause cause(String component, double score) {
        return new RankedCause(component, score, FaultKind.CPU, List.of(), List.of(component));
    }

    @Test
    void theTopScoresShareOfThePositiveScores() {
        assertEquals(0.75, Confidence.of(List.of(cause("a", 6), cause("b", 1.5), cause("c", 0.5), cause("d", -3))), 1e-12);
        assertEquals(1.0, Confidence.of(List.of(cause("a", 2))), 0);
        assertEquals(0.5, Confidence.of(List.of(cause("a", 2), cause("b", 2))), 0);
        assertEquals(0.0, Confidence.of(List.of()), 0);
        assertEquals(0.0, Confidence.of(List.of(cause("a", 0))), 0);
    }
}
