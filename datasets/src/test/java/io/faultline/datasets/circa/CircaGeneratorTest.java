package io.faultline.datasets.circa;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CircaGeneratorTest {
    private static final CircaParams SMALL = CircaParams.forNodes(10).withLengths(200, 2, 10);

    @Test
    void theSameSeedGivesTheSameCaseAndAnotherSeedAnotherOne() {
        CircaGenerator generator = new CircaGenerator(CircaParams.forNodes(50));
        CircaCase a = generator.generate(42);
        CircaCase b = new CircaGenerator(CircaParams.forNodes(50)).generate(42);
        assertEquals(a, b);
        assertNotEquals(a.series(), generator.generate(43).series());
    }

    @Test
    void seriesAreNamedByNodeAndCoverTheCase() {
        CircaCase c = new CircaGenerator(SMALL).generate(7);
        assertEquals(CircaGenerator.nodeNames(10), c.nodes());
        assertEquals("n0", c.sli());
        assertEquals(20, c.edges().size());
        for (int i = 0; i < 10; i++) {
            SeriesSamples s = c.series().get(i);
            assertEquals(SeriesKey.of("value", "service", "n" + i), s.key());
            assertEquals(210, s.size());
            assertEquals(CircaParams.DEFAULT_START_EPOCH_MS, s.timestampsMs()[0]);
        }
        assertEquals(CircaParams.DEFAULT_START_EPOCH_MS + 200 * 60_000L, c.faultTimeMs());
        assertEquals(CircaParams.DEFAULT_START_EPOCH_MS + 209 * 60_000L, c.endMs());
    }

    @Test
    void theNormalPeriodIsStandardised() {
        CircaCase c = new CircaGenerator(SMALL).generate(3);
        for (SeriesSamples s : c.series()) {
            double sum = 0;
            double squares = 0;
            for (int t = 0; t < 200; t++) {
                sum += s.values()[t];
                squares += s.values()[t] * s.values()[t];
            }
            assertEquals(0.0, sum / 200, 0.001, s.key().toString());
            assertEquals(1.0, squares / 200, 0.01, s.key().toString());
        }
    }

    @Test
    void rootCauseCountsFollowOnePlusPoisson() {
        CircaGenerator generator = new CircaGenerator(SMALL);
        int[] counts = new int[11];
        for (long seed = 0; seed < 200; seed++) {
            counts[generator.generate(seed).rootCauses().size()]++;
        }
        assertEquals(0, counts[0]);
        // 1 + Poisson(1): P(1) = P(2) = 0.368, P(3) = 0.184, P(4) = 0.061.
        assertTrue(counts[1] > 50 && counts[1] < 100, "one root cause " + counts[1] + " of 200");
        assertTrue(counts[2] > 50 && counts[2] < 100, "two root causes " + counts[2] + " of 200");
        assertTrue(counts[3] > 20 && counts[3] < 55, "three root causes " + counts[3] + " of 200");
    }

    @Test
    void theFaultTouchesOnlyTheRootCausesAndWhatTheyReach() {
        CircaGenerator generator = new CircaGenerator(SMALL);
        for (long seed = 0; seed < 20; seed++) {
            CircaCase faulty = generator.generate(seed);
            CircaCase clean = generator.generate(seed, false);
            Set<String> reached = descendants(faulty.edges(), faulty.rootCauses());
            for (int i = 0; i < faulty.nodes().size(); i++) {
                String node = faulty.nodes().get(i);
                double[] f = faulty.series().get(i).values();
                double[] g = clean.series().get(i).values();
                assertArrayEquals(java.util.Arrays.copyOf(g, 200), java.util.Arrays.copyOf(f, 200), node);
                if (!reached.contains(node)) {
                    assertArrayEquals(g, f, "seed " + seed + ": " + node + " is not downstream of the fault");
                }
            }
            assertTrue(reached.contains("n0"), "every fault reaches the SLI");
        }
    }

    @Test
    void theFaultShiftsEachRootCauseByItsReportedAmount() {
        CircaGenerator generator = new CircaGenerator(SMALL);
        int checked = 0;
        for (long seed = 0; seed < 20; seed++) {
            CircaCase faulty = generator.generate(seed);
            CircaCase clean = generator.generate(seed, false);
            for (Map.Entry<String, Double> e : faulty.rootCauseShifts().entrySet()) {
                int i = faulty.nodes().indexOf(e.getKey());
                if (hasRootCauseAncestor(faulty, e.getKey())) {
                    continue;
                }
                double moved = faulty.series().get(i).values()[200] - clean.series().get(i).values()[200];
                assertTrue(e.getValue() > 0);
                assertEquals(e.getValue(), moved, 0.0011, "seed " + seed + ": " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    @Test
    void theSliLeavesItsNormalRangeBeyondTau() {
        CircaGenerator generator = new CircaGenerator(CircaParams.forNodes(50));
        for (long seed = 0; seed < 10; seed++) {
            double[] sli = generator.generate(seed).series().get(0).values();
            double worst = Math.max(Math.abs(sli[1440]), Math.abs(sli[1441]));
            assertTrue(worst > 3.0 - 0.001, "seed " + seed + ": SLI at most " + worst + " sigma during the fault");
        }
    }

    @Test
    void withLagTheFaultStillReachesTheSli() {
        CircaGenerator generator = new CircaGenerator(SMALL.withLag(1).withLengths(200, 2, 30));
        for (long seed = 0; seed < 10; seed++) {
            double[] sli = generator.generate(seed).series().get(0).values();
            double worst = 0;
            for (int t = 200; t < 230; t++) {
                worst = Math.max(worst, Math.abs(sli[t]));
            }
            assertTrue(worst > 3.0 - 0.001, "seed " + seed + ": SLI at most " + worst + " sigma");
        }
    }

    private static boolean hasRootCauseAncestor(CircaCase c, String node) {
        Set<String> others = new HashSet<>(c.rootCauses());
        others.remove(node);
        return descendants(c.edges(), others).contains(node);
    }

    private static Set<String> descendants(List<CausalEdge> edges, Set<String> roots) {
        Set<String> reached = new HashSet<>(roots);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (CausalEdge e : edges) {
                if (reached.contains(e.cause()) && reached.add(e.effect())) {
                    grew = true;
                }
            }
        }
        return reached;
    }
}
