package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.Direction;
import io.faultline.rca.FaultKind;
import io.faultline.rca.MetricDeviation;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BaselineDeviationRankerTest {
    private final BaselineDeviationRanker ranker = new BaselineDeviationRanker(BaselineDeviationParams.DEFAULTS);

    private static List<String> order(List<RankedCause> causes) {
        return causes.stream().map(RankedCause::component).toList();
    }

    @Test
    void cpuHogInTheDatabaseOutranksItsSlowerCallers() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(1)
                .step("orders-db", "cpu_usage_ratio", 600, 0.6)
                .step("orders-db", "request_latency_ms", 610, 40)
                .step("orders", "request_latency_ms", 620, 40)
                .step("frontend", "request_latency_ms", 630, 40)
                .rcaCase());
        // cart did not move past the threshold: it follows the significant causes, below them.
        assertEquals(List.of("orders-db", "orders", "frontend", "cart"), order(causes));
        RankedCause top = causes.get(0);
        assertEquals(FaultKind.CPU, top.faultKind());
        assertEquals(List.of("orders-db", "orders", "frontend"), top.pathToSymptoms());
        MetricDeviation cpu = top.evidence().stream().filter(d -> d.signal() == SignalKind.CPU).findFirst().orElseThrow();
        assertEquals(SeriesKey.of("cpu_usage_ratio", "service", "orders-db"), cpu.series());
        assertEquals(600_000, cpu.onsetMs());
        assertEquals(Direction.UP, cpu.direction());
        assertTrue(cpu.magnitude() > 20, "cpu z " + cpu.magnitude());
        assertEquals(List.of("orders"), causes.get(1).pathToSymptoms().subList(0, 1));
    }

    @Test
    void simultaneousSymptomsInCallersAreStillExplainedByTheCallee() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(2)
                .step("orders-db", "request_latency_ms", 600, 30)
                .step("orders", "request_latency_ms", 600, 60)
                .step("frontend", "request_latency_ms", 600, 150)
                .rcaCase());
        // The callers' latencies here are independent noise, so the callee regression cannot tell
        // which caller merely passes the delay on; the culprit still comes first.
        assertEquals("orders-db", causes.get(0).component());
        assertEquals(List.of("cart", "frontend", "orders"), order(causes).subList(1, 4).stream().sorted().toList());
        assertEquals("cart", causes.get(3).component());
        assertEquals(FaultKind.LATENCY, causes.get(0).faultKind());
    }

    @Test
    void withoutEdgesTheLoudestSymptomWins() {
        RcaCase c = new SyntheticShop(2)
                .step("orders-db", "request_latency_ms", 600, 30)
                .step("orders", "request_latency_ms", 600, 60)
                .step("frontend", "request_latency_ms", 600, 150)
                .rcaCase();
        List<RankedCause> causes = ranker.rank(new RcaCase(
                ServiceGraph.ofComponents(c.graph().componentNames()), c.series(), c.onsetMs(), c.endMs()));
        assertEquals(List.of("frontend", "orders", "orders-db", "cart"), order(causes));
        assertEquals(List.of("frontend"), causes.get(0).pathToSymptoms());
    }

    @Test
    void errorBurstInALeafServiceIsNamedWithItsKind() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(3)
                .step("cart", "error_ratio", 600, 0.2)
                .step("frontend", "error_ratio", 620, 0.05)
                .rcaCase());
        assertEquals(List.of("cart", "frontend", "orders", "orders-db"), order(causes));
        assertEquals(FaultKind.ERRORS, causes.get(0).faultKind());
        assertEquals(List.of("cart", "frontend"), causes.get(0).pathToSymptoms());
    }

    @Test
    void packetLossIsNetworkEvenThoughLatencyAndErrorsMoveMore() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(4)
                .step("orders", "network_retransmits_per_second", 600, 6)
                .step("orders", "request_latency_ms", 600, 200)
                .step("orders", "error_ratio", 600, 0.1)
                .step("frontend", "request_latency_ms", 610, 150)
                .step("frontend", "error_ratio", 610, 0.05)
                .rcaCase());
        assertEquals(List.of("orders", "frontend", "cart", "orders-db"), order(causes));
        assertEquals(FaultKind.NETWORK, causes.get(0).faultKind());
    }

    @Test
    void aCalleeThatOnlySlowedDownDoesNotExplainACallerThatStartedFailing() {
        RcaCase c = new SyntheticShop(12)
                .step("orders-db", "request_latency_ms", 600, 30)
                .step("orders", "error_ratio", 600, 0.1)
                .rcaCase();
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams anyMoveExplains = new BaselineDeviationParams(d.minBaselinePoints(), d.baselineGuardMs(),
                d.baselineGuardShare(), d.smoothing(), d.longSmoothing(), d.tailQuantile(), d.thresholdZ(), d.maxZ(),
                d.minRelativeScale(), d.minAbsoluteScale(), d.secondaryShare(), d.downWeight(), d.trafficWeight(),
                d.otherWeight(), d.nonFaultFactor(), d.onsetToleranceMs(), d.demoteFactor(), d.promoteWeight(),
                d.entryPathBonus(), d.entryChainWeight(), d.firstOnsetBonus(), d.maxEvidence(), d.classifier(),
                d.calleeRegressors(), d.minCalleeCorrelation(), d.minExplained(), false);
        double demoted = score(new BaselineDeviationRanker(anyMoveExplains).rank(c), "orders");
        List<RankedCause> causes = ranker.rank(c);
        assertTrue(score(causes, "orders") > 2 * demoted, score(causes, "orders") + " vs " + demoted);
        assertEquals(FaultKind.ERRORS, causes.stream().filter(r -> r.component().equals("orders")).findFirst()
                .orElseThrow().faultKind());
    }

    private static double score(List<RankedCause> causes, String component) {
        return causes.stream().filter(r -> r.component().equals(component)).findFirst().orElseThrow().score();
    }

    @Test
    void memoryLeakRampIsFoundWithoutCallerSymptoms() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(5)
                .ramp("cart", "memory_usage_bytes", 600, 3e8)
                .rcaCase());
        assertEquals("cart", causes.get(0).component());
        assertEquals(FaultKind.MEMORY, causes.get(0).faultKind());
        // frontend's residual on cart's series picks up a little of the ramp (a regression on
        // independent noise), enough to count as a symptom of cart's leak.
        assertEquals(List.of("cart", "frontend"), causes.get(0).pathToSymptoms());
    }

    @Test
    void aFaultyCallerIsNotBlamedOnCalleesThatMerelySeeLessTraffic() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(6)
                .step("frontend", "cpu_usage_ratio", 600, 0.65)
                .step("frontend", "request_latency_ms", 600, 100)
                .step("orders", "request_rate", 600, -40)
                .step("orders", "cpu_usage_ratio", 600, -0.12)
                .step("cart", "request_rate", 600, -40)
                .rcaCase());
        assertEquals("frontend", causes.get(0).component());
        assertEquals(FaultKind.CPU, causes.get(0).faultKind());
    }

    @Test
    void aCallersOwnCpuSaturationIsNotExplainedAwayByACallee() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(11)
                .step("frontend", "cpu_usage_ratio", 600, 0.6)
                .step("frontend", "request_latency_ms", 600, 60)
                .step("cart", "request_latency_ms", 600, 12)
                .rcaCase());
        assertEquals(List.of("frontend", "cart"), order(causes).subList(0, 2));
        assertEquals(FaultKind.CPU, causes.get(0).faultKind());
    }

    @Test
    void tooLittleBaselineIsAnEmptyAnswer() {
        RcaCase full = new SyntheticShop(7).step("cart", "error_ratio", 600, 0.2).rcaCase();
        assertEquals(List.of(), ranker.rank(new RcaCase(full.graph(), full.series(), 50_000, 1_190_000)));
    }

    @Test
    void nothingDeviatingIsAWeakRankingOfEveryComponent() {
        List<RankedCause> causes = ranker.rank(new SyntheticShop(8).rcaCase());
        assertEquals(SyntheticShop.GRAPH.componentNames().size(), causes.size());
        assertWeak(causes);
    }

    /** Every cause below the threshold's score, of unknown kind, explaining nothing but itself. */
    private static void assertWeak(List<RankedCause> causes) {
        double threshold = Math.log1p(BaselineDeviationParams.DEFAULTS.thresholdZ());
        for (RankedCause c : causes) {
            assertTrue(c.score() < threshold, c.component() + " scored " + c.score());
            assertEquals(FaultKind.UNKNOWN, c.faultKind());
            assertEquals(List.of(c.component()), c.pathToSymptoms());
        }
        for (int i = 1; i < causes.size(); i++) {
            assertTrue(causes.get(i - 1).score() >= causes.get(i).score());
        }
    }

    @Test
    void theSameCaseGivesTheSameRanking() {
        SyntheticShop shop = new SyntheticShop(9).step("orders", "cpu_usage_ratio", 600, 0.5)
                .step("frontend", "request_latency_ms", 620, 30);
        assertEquals(ranker.rank(shop.rcaCase()), ranker.rank(shop.rcaCase()));
    }

    @Test
    void blipsShorterThanTheSmoothingAreIgnored() {
        List<RankedCause> blip = ranker.rank(latencyWithSpike(2));
        assertEquals(1, blip.size());
        assertWeak(blip);
        List<RankedCause> causes = ranker.rank(latencyWithSpike(3));
        assertEquals(1, causes.size());
        assertEquals(30_000, causes.get(0).evidence().get(0).onsetMs());
    }

    /** 40 quiet latency points, one a second, with {@code length} points of 100 from t = 30 s. */
    private static RcaCase latencyWithSpike(int length) {
        long[] t = new long[40];
        double[] v = new double[40];
        for (int i = 0; i < 40; i++) {
            t[i] = i * 1000L;
            v[i] = i >= 30 && i < 30 + length ? 100 : 10 + (i % 3) * 0.1;
        }
        SeriesKey key = SeriesKey.of("request_latency_ms", "service", "cart");
        return new RcaCase(SyntheticShop.GRAPH,
                List.of(new ComponentSeries("cart", SignalKind.LATENCY, new SeriesSamples(key, t, v))), 20_000, 39_000);
    }

    /**
     * Two components at a 5-minute step, a day of baseline and a 3-point window, as PetShop records
     * them: {@code idle} wakes up from a constant zero (z in the billions), {@code api} loses 10 % of
     * its availability for two of the three points (the relative scale floor, 0.2 % of 100, makes that z 50).
     */
    private static RcaCase coarseCase() {
        int n = 291;
        long[] t = new long[n];
        double[] idle = new double[n];
        double[] availability = new double[n];
        double[] latency = new double[n];
        java.util.Random random = new java.util.Random(21);
        for (int i = 0; i < n; i++) {
            t[i] = i * 300_000L;
            idle[i] = i >= 288 ? 100 : 0;
            availability[i] = i == 288 || i == 289 ? 90 : 100 - (random.nextDouble() < 0.05 ? 0.2 : 0);
            latency[i] = 20 + random.nextGaussian();
        }
        SeriesKey idleKey = SeriesKey.of("availability_Average", "service", "idle");
        SeriesKey apiKey = SeriesKey.of("availability_Average", "service", "api");
        SeriesKey idleLatency = SeriesKey.of("latency_Average", "service", "idle");
        ServiceGraph graph = ServiceGraph.ofComponents(List.of("idle", "api"));
        return new RcaCase(graph, List.of(
                new ComponentSeries("idle", SignalKind.ERRORS, new SeriesSamples(idleKey, t, idle)),
                new ComponentSeries("idle", SignalKind.LATENCY, new SeriesSamples(idleLatency, t, latency)),
                new ComponentSeries("api", SignalKind.ERRORS, new SeriesSamples(apiKey, t, availability))),
                288 * 300_000L, 290 * 300_000L);
    }

    @Test
    void anAvailabilityDropOnACoarseShortWindowIsAnErrorFault() {
        List<RankedCause> causes = ranker.rank(coarseCase());
        assertEquals("api", causes.get(0).component());
        assertEquals(FaultKind.ERRORS, causes.get(0).faultKind());
        MetricDeviation drop = causes.get(0).evidence().get(0);
        assertEquals(Direction.DOWN, drop.direction());
        assertEquals(90.0, drop.peak(), 1e-12);
        // the idle component's availability rose: a change, not a fault
        RankedCause idle = causes.get(1);
        assertEquals("idle", idle.component());
        assertTrue(idle.score() < causes.get(0).score() / 2, idle.score() + " vs " + causes.get(0).score());
    }

    /**
     * entry -> a -> x and entry -> b -> y, latency only: x rises by {@code x}, y by {@code y}, a and
     * entry by 30 ms; b stays quiet, so nothing links y's rise to what users feel.
     */
    private static RcaCase twoBranches(double x, double y) {
        ServiceGraph graph = new ServiceGraph(
                List.of("entry", "a", "b", "x", "y").stream().map(n -> new ServiceGraph.Component(n, null)).toList(),
                List.of(new ServiceGraph.Edge("entry", "a"), new ServiceGraph.Edge("a", "x"),
                        new ServiceGraph.Edge("entry", "b"), new ServiceGraph.Edge("b", "y")));
        java.util.Map<String, Double> rise = java.util.Map.of("entry", 30.0, "a", 30.0, "b", 0.0, "x", x, "y", y);
        java.util.Random random = new java.util.Random(23);
        List<ComponentSeries> series = new java.util.ArrayList<>();
        for (String c : List.of("entry", "a", "b", "x", "y")) {
            long[] t = new long[120];
            double[] v = new double[120];
            for (int i = 0; i < t.length; i++) {
                t[i] = i * 10_000L;
                v[i] = 50 + 2 * random.nextGaussian() + (i >= 60 ? rise.get(c) : 0);
            }
            SeriesKey key = SeriesKey.of("request_latency_ms", "service", c);
            series.add(new ComponentSeries(c, SignalKind.LATENCY, new SeriesSamples(key, t, v)));
        }
        return new RcaCase(graph, series, 600_000, 1_190_000);
    }

    @Test
    void theCandidateWhoseSymptomsClimbToTheEntryBeatsALouderOneTheyDoNot() {
        BaselineDeviationParams d = BaselineDeviationParams.DEFAULTS;
        BaselineDeviationParams graphBlind = new BaselineDeviationParams(d.minBaselinePoints(), d.baselineGuardMs(),
                d.baselineGuardShare(), d.smoothing(), d.longSmoothing(), d.tailQuantile(), d.thresholdZ(), d.maxZ(),
                d.minRelativeScale(), d.minAbsoluteScale(), d.secondaryShare(), d.downWeight(), d.trafficWeight(),
                d.otherWeight(), d.nonFaultFactor(), d.onsetToleranceMs(), d.demoteFactor(), d.promoteWeight(), 0, 0,
                d.firstOnsetBonus(), d.maxEvidence(), d.classifier(),
                d.calleeRegressors(), d.minCalleeCorrelation(), d.minExplained(), d.errorsNeedCalleeErrors());
        RcaCase c = twoBranches(16, 60);
        assertEquals("y", new BaselineDeviationRanker(graphBlind).rank(c).get(0).component());
        RankedCause top = ranker.rank(c).get(0);
        assertEquals("x", top.component());
        assertEquals(List.of("x", "a", "entry"), top.pathToSymptoms());
    }

    @Test
    void seriesWithoutAComponentAreIgnored() {
        RcaCase c = new SyntheticShop(10).step("cart", "error_ratio", 600, 0.2).rcaCase();
        List<ComponentSeries> orphaned = c.series().stream()
                .map(s -> new ComponentSeries(null, s.signal(), s.samples())).toList();
        assertEquals(List.of(), ranker.rank(new RcaCase(c.graph(), orphaned, c.onsetMs(), c.endMs())));
    }
}
