package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.rca.FaultKind;
import io.faultline.rca.RankedCause;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceTest {
    private static RankedCause cause(String component, double score) {
        return cause(component, score, FaultKind.CPU);
    }

    private static RankedCause cause(String component, double score, FaultKind kind) {
        return new RankedCause(component, score, kind, List.of(), List.of(component));
    }

    @Test
    void theTopScoresShareOfThePositiveScores() {
        assertEquals(0.75, Confidence.of(List.of(cause("a", 6), cause("b", 1.5), cause("c", 0.5), cause("d", -3))), 1e-12);
        assertEquals(1.0, Confidence.of(List.of(cause("a", 2))), 0);
        assertEquals(0.5, Confidence.of(List.of(cause("a", 2), cause("b", 2))), 0);
        assertEquals(0.0, Confidence.of(List.of()), 0);
        assertEquals(0.0, Confidence.of(List.of(cause("a", 0))), 0);
    }

    @Test
    void theUnclassifiedTailBelowASuspectDoesNotDiluteIt() {
        List<RankedCause> ranking = List.of(cause("a", 6), cause("b", 2), cause("c", 1, FaultKind.UNKNOWN),
                cause("d", 1, FaultKind.UNKNOWN));
        assertEquals(0.75, Confidence.of(ranking), 1e-12);
        List<RankedCause> unclassified = List.of(cause("a", 6, FaultKind.UNKNOWN), cause("b", 2), cause("c", 4, FaultKind.UNKNOWN));
        assertEquals(0.5, Confidence.of(unclassified), 1e-12);
    }
}
