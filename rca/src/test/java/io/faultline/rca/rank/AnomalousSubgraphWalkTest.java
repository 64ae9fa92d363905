package io.faultline.rca.rank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ServiceGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The personalised PageRank over the anomalous subgraph on a three-component chain. */
class AnomalousSubgraphWalkTest {
    private static final ServiceGraph CHAIN = new ServiceGraph(
            List.of(new ServiceGraph.Component("web", "service"), new ServiceGraph.Component("cart", "service"),
                    new ServiceGraph.Component("db", "database")),
            List.of(new ServiceGraph.Edge("web", "cart"), new ServiceGraph.Edge("cart", "db")));

    private static SeriesSamples ramp(String component, double slope) {
        long[] t = new long[20];
        double[] v = new double[20];
        for (int i = 0; i < t.length; i++) {
            t[i] = i * 1000L;
            v[i] = slope * i + (i % 3);
        }
        return new SeriesSamples(SeriesKey.of("latency", "service", component), t, v);
    }

    @Test
    void equalScoresOnCorrelatedCallsFlowToTheDeepestCallee() {
        Map<String, SeriesSamples> strongest = Map.of("web", ramp("web", 1), "cart", ramp("cart", 2), "db", ramp("db", 3));
        double[] walk = new AnomalousSubgraphWalk(0.15, 0.2).walk(List.of("web", "cart", "db"), new double[] {1, 1, 1},
                strongest, CHAIN, 19_000);
        assertEquals(3.0, walk[0] + walk[1] + walk[2], 1e-9, "relative to the average of 1");
        assertTrue(walk[2] > walk[1] && walk[1] > walk[0], java.util.Arrays.toString(walk));
    }

    @Test
    void withoutSeriesTheWalkIsTheRestartDistribution() {
        double[] walk = new AnomalousSubgraphWalk(0.15, 0.2).walk(List.of("web", "cart", "db"), new double[] {1, 2, 1},
                Map.of(), CHAIN, 19_000);
        // Only self-loops (scores over the largest): every node keeps its walk, so the restart distribution stays.
        assertEquals(0.75, walk[0], 1e-9);
        assertEquals(1.5, walk[1], 1e-9);
        assertEquals(0.75, walk[2], 1e-9);
    }

    @Test
    void correlationIsOnSharedTimestampsUpToTheEnd() {
        assertEquals(1.0, AnomalousSubgraphWalk.correlation(ramp("a", 1), ramp("b", 1), 19_000), 1e-12);
        assertEquals(0.0, AnomalousSubgraphWalk.correlation(ramp("a", 1), null, 19_000));
        assertEquals(0.0, AnomalousSubgraphWalk.correlation(ramp("a", 1), ramp("b", 1), 1_000), "fewer than 3 points");
    }

    @Test
    void refusesARestartOutsideItsRange() {
        assertEquals("restart must be in (0, 1], was 0.0", assertThrows(IllegalArgumentException.class,
                () -> new AnomalousSubgraphWalk(0, 0.2)).getMessage());
    }
}
