package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The onset found by the live detectors on a small seeded case (in-memory store), and the cut at the decision. */
class OnsetDetectionTest {
    private static final long START = 1_700_000_000_000L;
    private static final int ROWS = 200;
    private static final int FAULT_ROW = 120;
    private static final int GLITCH_ROWS = 10;

    /** web calls cart; from FAULT_ROW (when {@code fault}) cart's cpu and memory jump; one row per second. */
    private static RcaCase shop(boolean fault) {
        return shop(fault, -1);
    }

    /** As above, and when {@code glitchRow >= 0} cart's cpu and memory also jump for GLITCH_ROWS rows from it. */
    private static RcaCase shop(boolean fault, int glitchRow) {
        ServiceGraph graph = new ServiceGraph(List.of(new ServiceGraph.Component("web", "service"),
                new ServiceGraph.Component("cart", "service")), List.of(new ServiceGraph.Edge("web", "cart")));
        Random random = new Random(3);
        List<ComponentSeries> series = new ArrayList<>();
        for (String component : List.of("web", "cart")) {
            for (String metric : List.of("cpu_usage_ratio", "memory_usage_bytes")) {
                long[] t = new long[ROWS];
                double[] v = new double[ROWS];
                for (int i = 0; i < ROWS; i++) {
                    t[i] = START + i * 1000L;
                    boolean glitch = glitchRow >= 0 && i >= glitchRow && i < glitchRow + GLITCH_ROWS;
                    boolean shifted = component.equals("cart") && (fault && i >= FAULT_ROW || glitch);
                    v[i] = 100 + random.nextGaussian() + (shifted ? 50 : 0);
                }
                series.add(new ComponentSeries(component, SignalKinds.of(metric),
                        new SeriesSamples(SeriesKey.of(metric, "service", component), t, v)));
            }
        }
        return new RcaCase(graph, series, START, START + (ROWS - 1) * 1000L);
    }

    @Test
    void findsTheFaultRowAndDecidesOnceTheWaitedDataFollows() {
        OnsetDetection detection = new OnsetDetection(FaultlineConfig.defaults(), 30_000, 0);
        OnsetDetection.Onset onset = detection.find(shop(true), START).orElseThrow();
        long faultMs = START + FAULT_ROW * 1000L;
        assertEquals(faultMs, onset.onsetMs());
        assertEquals(faultMs + 30_000, onset.decisionMs());
        assertTrue(onset.openedAtMs() >= faultMs && onset.openedAtMs() <= onset.decisionMs(), onset.toString());
        assertEquals(List.of("cart"), onset.components());

        RcaCase cut = OnsetDetection.atDecision(shop(true), onset);
        assertEquals(faultMs, cut.onsetMs());
        assertEquals(onset.decisionMs(), cut.endMs());
        for (ComponentSeries s : cut.series()) {
            long[] t = s.samples().timestampsMs();
            assertEquals(onset.decisionMs(), t[t.length - 1], "no row after the decision: " + s.samples().key());
        }
    }

    @Test
    void anIncidentThatGoesQuietBeforeItPersistedIsAGlitchAndTheSearchGoesOn() {
        int glitchRow = 60;
        long glitchMs = START + glitchRow * 1000L;
        OnsetDetection early = new OnsetDetection(FaultlineConfig.defaults(), 5_000, 0, 5_000);
        assertEquals(glitchMs, early.find(shop(true, glitchRow), START).orElseThrow().onsetMs(),
                "decided within the glitch, it is taken as the fault");

        OnsetDetection persisting = new OnsetDetection(FaultlineConfig.defaults(), 5_000, 0, 30_000);
        OnsetDetection.Onset onset = persisting.find(shop(true, glitchRow), START).orElseThrow();
        long faultMs = START + FAULT_ROW * 1000L;
        assertEquals(faultMs, onset.onsetMs());
        assertEquals(faultMs + 30_000, onset.decisionMs());
        assertEquals(Optional.empty(), persisting.find(shop(false, glitchRow), START));
    }

    @Test
    void noIncidentMeansNoOnset() {
        OnsetDetection detection = new OnsetDetection(FaultlineConfig.defaults(), 30_000, 0);
        assertEquals(Optional.empty(), detection.find(shop(false), START));
    }

    @Test
    void incidentsBeforeTheWatchedStretchAreHistory() {
        OnsetDetection detection = new OnsetDetection(FaultlineConfig.defaults(), 30_000, 0);
        assertEquals(Optional.empty(), detection.find(shop(true), START + ROWS * 1000L));
    }

    @Test
    void refusesANegativeWait() {
        assertEquals("afterMs, warmUpMs and persistMs must be >= 0, were -1, 0 and 0", assertThrows(IllegalArgumentException.class,
                () -> new OnsetDetection(FaultlineConfig.defaults(), -1, 0)).getMessage());
    }
}
