package io.faultline.rca.rank;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class CalleeResidualsTest {
    private static final ServiceGraph GRAPH = new ServiceGraph(
            List.of(new ServiceGraph.Component("api", null), new ServiceGraph.Component("db", "database")),
            List.of(new ServiceGraph.Edge("api", "db")));
    private static final int N = 120;
    private static final int ONSET = 100;
    private static final long STEP_MS = 10_000;

    private final CalleeResiduals residuals = new CalleeResiduals(BaselineDeviationParams.DEFAULTS);

    /** db latency steps up by {@code dbStep} at the onset; api latency = 2 x db + its own step + noise. */
    private static RcaCase latencyCase(double dbStep, double apiStep, double apiOnDb) {
        Random random = new Random(7);
        long[] t = new long[N];
        double[] db = new double[N];
        double[] api = new double[N];
        for (int i = 0; i < N; i++) {
            t[i] = i * STEP_MS;
            db[i] = 20 + 4 * random.nextGaussian() + (i >= ONSET ? dbStep : 0);
            api[i] = 10 + apiOnDb * db[i] + random.nextGaussian() + (i >= ONSET ? apiStep : 0);
        }
        return new RcaCase(GRAPH, List.of(
                new ComponentSeries("api", SignalKind.LATENCY, new SeriesSamples(SeriesKey.of("latency", "service", "api"), t, api)),
                new ComponentSeries("db", SignalKind.LATENCY, new SeriesSamples(SeriesKey.of("latency", "service", "db"), t, db))),
                ONSET * STEP_MS, (N - 1) * STEP_MS);
    }

    private static double residualShift(ComponentSeries residual) {
        double[] v = residual.samples().values();
        double before = 0;
        double after = 0;
        for (int i = 0; i < N; i++) {
            if (i < ONSET) {
                before += v[i] / ONSET;
            } else {
                after += v[i] / (N - ONSET);
            }
        }
        return after - before;
    }

    @Test
    void aCallersMoveThatItsCalleeExplainsLeavesNoResidualShift() {
        RcaCase c = latencyCase(40, 0, 2);
        Map<ComponentSeries, ComponentSeries> out = residuals.of(c);
        ComponentSeries api = c.series().get(0);
        assertEquals(1, out.size());
        assertEquals(0, residualShift(out.get(api)), 1.0);
        assertNull(out.get(c.series().get(1)), "db calls nothing");
    }

    @Test
    void aCallersOwnFaultStaysInItsResidual() {
        RcaCase c = latencyCase(40, 30, 2);
        assertEquals(30, residualShift(residuals.of(c).get(c.series().get(0))), 1.0);
    }

    @Test
    void aSeriesUnrelatedToItsCalleesKeepsItsWholeMove() {
        RcaCase c = latencyCase(40, 30, 0);
        assertEquals(30, residualShift(residuals.of(c).get(c.series().get(0))), 1.5);
    }

    @Test
    void theRankerNamesTheCalleeWhoseFaultTheCallerOnlyPassesOn() {
        RcaCase c = latencyCase(40, 0, 2);
        BaselineDeviationRanker ranker = new BaselineDeviationRanker(BaselineDeviationParams.DEFAULTS);
        assertEquals("db", ranker.rank(c).get(0).component());
        assertFalse(residuals.of(new RcaCase(ServiceGraph.ofComponents(List.of("api", "db")), c.series(),
                c.onsetMs(), c.endMs())).size() > 0, "without edges there are no callees to regress on");
    }
}
