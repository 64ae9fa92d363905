package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CircaAccuracyTest {
    @Test
    void oneRootCauseIsRcaEvalsAcAtK() {
        CircaAccuracy a = CircaAccuracy.of(List.of(new CircaAccuracy.Case(Set.of("b"), List.of("a", "b", "c")),
                new CircaAccuracy.Case(Set.of("a"), List.of("a", "b")), new CircaAccuracy.Case(Set.of("z"), List.of())));
        assertEquals(3, a.cases());
        assertEquals(1 / 3.0, a.ac1(), 1e-12);
        assertEquals(2 / 3.0, a.ac2(), 1e-12);
        assertEquals(2 / 3.0, a.ac5(), 1e-12);
        assertEquals(0.6, a.avg5(), 1e-12);
    }

    @Test
    void severalRootCausesCountAsCircaCountsThem() {
        CircaAccuracy.Case c = new CircaAccuracy.Case(Set.of("a", "c"), List.of("a", "b", "c", "d"));
        assertEquals(1.0, c.at(1));
        assertEquals(0.5, c.at(2));
        assertEquals(1.0, c.at(3));
        assertEquals(1.0, c.at(5));
        assertEquals(1, c.firstHit());
        CircaAccuracy.Case late = new CircaAccuracy.Case(Set.of("c", "d", "e"), List.of("a", "b", "c", "d"));
        assertEquals(0.0, late.at(2));
        assertEquals(1 / 3.0, late.at(3));
        assertEquals(2 / 3.0, late.at(5));
        assertEquals(3, late.firstHit());
        CircaAccuracy both = CircaAccuracy.of(List.of(c, late));
        assertEquals(0.5, both.ac1(), 1e-12);
        assertEquals(0.25, both.ac2(), 1e-12);
        assertEquals(2 / 3.0, both.ac3(), 1e-12);
        assertEquals(5 / 6.0, both.ac4(), 1e-12);
        assertEquals(5 / 6.0, both.ac5(), 1e-12);
        assertEquals((0.5 + 0.25 + 2 / 3.0 + 5 / 6.0 + 5 / 6.0) / 5, both.avg5(), 1e-12);
    }

    @Test
    void needsCasesAndTruth() {
        assertThrows(IllegalArgumentException.class, () -> CircaAccuracy.of(List.of()));
        assertThrows(IllegalArgumentException.class, () -> new CircaAccuracy.Case(Set.of(), List.of("a")));
    }
}
