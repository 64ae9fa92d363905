package io.faultline.datasets.circa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CausalDagTest {
    @Test
    void hasTheWantedEdgesWithWeightsInRange() {
        for (int n : new int[] {2, 10, 50}) {
            CircaParams p = CircaParams.forNodes(n);
            CausalDag dag = CausalDag.random(p, new Random(n));
            List<CausalEdge> edges = dag.edges(CircaGenerator.nodeNames(n));
            assertEquals(p.edgeCount(), edges.size());
            for (CausalEdge e : edges) {
                double w = Math.abs(e.weight());
                assertTrue(w >= 0.5 && w <= 2.0, e.toString());
            }
        }
    }

    @Test
    void theSliIsTheOnlySinkAndEveryNodeReachesIt() {
        for (long seed = 0; seed < 20; seed++) {
            CausalDag dag = CausalDag.random(CircaParams.forNodes(50), new Random(seed));
            boolean[] reaches = new boolean[dag.size()];
            reaches[0] = true;
            for (int node = 1; node < dag.size(); node++) {
                boolean hasEffect = false;
                for (int effect = 0; effect < dag.size(); effect++) {
                    if (dag.weight(effect, node) != 0) {
                        hasEffect = true;
                        // Causes sit above their effects: the order is topological, so there is no cycle.
                        assertTrue(effect < node, "edge " + node + " -> " + effect + " goes upwards");
                        reaches[node] |= reaches[effect];
                    }
                }
                assertTrue(hasEffect, "node " + node + " is a second sink (seed " + seed + ")");
                assertTrue(reaches[node], "node " + node + " does not reach the SLI (seed " + seed + ")");
            }
            for (int effect = 0; effect < dag.size(); effect++) {
                assertEquals(0.0, dag.weight(effect, 0), "the SLI has an effect");
            }
            assertEquals(0, dag.depth(0));
            assertTrue(dag.depth(dag.size() - 1) >= 1);
        }
    }

    @Test
    void depthIsTheLongestPathToTheSink() {
        CausalDag dag = CausalDag.random(CircaParams.forNodes(2), new Random(1));
        assertEquals(1, dag.depth(1));
        assertEquals(List.of(1), java.util.Arrays.stream(dag.parents(0)).boxed().toList());
        assertNotEquals(0.0, dag.weight(0, 1));
    }
}
