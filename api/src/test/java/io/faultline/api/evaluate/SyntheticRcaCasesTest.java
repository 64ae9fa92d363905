package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.SignalKind;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SyntheticRcaCasesTest {
    private final SyntheticRcaCases cases = new SyntheticRcaCases(50, 20, 240, 20, 15_000);

    @Test
    void hasTheRequestedSizeAndOneEntryPoint() {
        RcaCase c = cases.generate(7).rcaCase();
        assertEquals(1000, c.series().size());
        assertTrue(c.series().stream().allMatch(s -> s.samples().size() == 260));
        assertEquals(c.series().get(0).samples().timestampsMs()[240], c.onsetMs());
        assertEquals(c.series().get(0).samples().timestampsMs()[259], c.endMs());
        assertEquals(50, c.graph().componentNames().size());
        assertEquals(SignalKind.CPU, c.series().get(0).signal());
        assertEquals(SignalKind.LATENCY, c.series().get(2).signal());
    }

    @Test
    void theSameSeedGivesTheSameCase() {
        SyntheticRcaCases.Generated a = cases.generate(3);
        SyntheticRcaCases.Generated b = cases.generate(3);
        assertEquals(a.culprit(), b.culprit());
        for (int i = 0; i < a.rcaCase().series().size(); i++) {
            ComponentSeries x = a.rcaCase().series().get(i);
            ComponentSeries y = b.rcaCase().series().get(i);
            assertEquals(x.samples().key(), y.samples().key());
            assertTrue(Arrays.equals(x.samples().values(), y.samples().values()));
        }
    }

    @Test
    void theCulpritsCpuRisesAtTheOnset() {
        SyntheticRcaCases.Generated g = cases.generate(11);
        ComponentSeries cpu = g.rcaCase().series().stream()
                .filter(s -> s.component().equals(g.culprit()) && s.signal() == SignalKind.CPU).findFirst().orElseThrow();
        double before = Arrays.stream(cpu.samples().values(), 0, 240).average().orElseThrow();
        double after = Arrays.stream(cpu.samples().values(), 240, 260).average().orElseThrow();
        assertTrue(after > before * 1.3, before + " -> " + after);
    }

    @Test
    void refusesASingleService() {
        assertEquals("services must be >= 2, was 1",
                assertThrows(IllegalArgumentException.class, () -> new SyntheticRcaCases(1, 20, 240, 20, 15_000)).getMessage());
    }
}
