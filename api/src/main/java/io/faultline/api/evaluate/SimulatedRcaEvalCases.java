package io.faultline.api.evaluate;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaEvalCaseWriter;
import io.faultline.datasets.sim.FaultType;
import io.faultline.datasets.sim.GroundTruth;
import io.faultline.datasets.sim.Scenario;
import io.faultline.datasets.sim.SimMetric;
import io.faultline.datasets.sim.SimulationParams;
import io.faultline.datasets.sim.WebShop;
import io.faultline.datasets.sim.WebShopSimulator;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Simulator scenarios written as an RCAEval benchmark folder ({@code faultline simulate --rcaeval N}), so that
 * {@code faultline evaluate rca --format rcaeval [--detect]} and RCAEval's own scripts run on them:
 * {@code <culprit>_<fault>/<rep>/data.csv} (column {@code <component>_<metric>}, e.g.
 * {@code cart_cpu_usage_ratio}), {@code inject_time.txt} and {@code graph.json} of the shop's call graph, by
 * {@link RcaEvalCaseWriter}. Repetitions of the same culprit and fault are numbered 1, 2, ... in seed order.
 */
public final class SimulatedRcaEvalCases {
    private final SimulationParams params;
    private final RcaEvalCaseWriter writer = new RcaEvalCaseWriter();

    public SimulatedRcaEvalCases(SimulationParams params) {
        this.params = params;
    }

    /**
     * {@code perFault} scenarios of every fault kind, seeds {@code firstSeed, firstSeed + 1, ...}, the culprits
     * spread over the shop as {@link SimulationEvaluation#standardScenarios} spreads them.
     */
    public static List<Scenario> scenarios(int perFault, long firstSeed, Duration warmUp, Duration fault, Duration recovery) {
        if (perFault < 1) {
            throw new IllegalArgumentException("cases per fault must be >= 1, was " + perFault);
        }
        List<String> components = WebShop.standard().topology().names();
        List<Scenario> scenarios = new ArrayList<>();
        long seed = firstSeed;
        for (FaultType type : FaultType.values()) {
            for (int i = 0; i < perFault; i++) {
                String culprit = components.get((int) Math.floorMod(seed * 7, (long) components.size()));
                scenarios.add(new Scenario(seed++, type, culprit, warmUp, fault, recovery));
            }
        }
        return scenarios;
    }

    /** Simulates and writes every scenario under {@code root}; returns their truths in order. */
    public List<GroundTruth> write(List<Scenario> scenarios, Path root) throws IOException {
        Map<String, Integer> reps = new HashMap<>();
        List<GroundTruth> truths = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            WebShopSimulator sim = new WebShopSimulator(params, scenario);
            RcaCaseData c = caseOf(sim);
            int rep = reps.merge(c.rootCause() + "_" + c.faultType(), 1, Integer::sum);
            writer.write(c, root, rep);
            truths.add(sim.truth());
        }
        return truths;
    }

    /** A fresh simulator's whole run as one case with the shop's call graph. */
    static RcaCaseData caseOf(WebShopSimulator sim) {
        List<SeriesKey> keys = sim.seriesKeys();
        int ticks = sim.tickCount();
        long[] times = new long[ticks];
        double[][] values = new double[keys.size()][ticks];
        int row = 0;
        while (sim.hasNext()) {
            SampleBatch tick = sim.next();
            List<SeriesSamples> series = tick.series();
            times[row] = series.get(0).timestampsMs()[0];
            for (int i = 0; i < series.size(); i++) {
                values[i][row] = series.get(i).values()[0];
            }
            row++;
        }
        List<MetricColumn> columns = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            String component = keys.get(i).label(SimMetric.COMPONENT_LABEL);
            String metric = keys.get(i).metric();
            columns.add(new MetricColumn(component + "_" + metric, component, metric, values[i]));
        }
        var shop = sim.topology();
        CallGraph graph = new CallGraph(shop.names(),
                shop.edges().stream().map(e -> new CallGraph.Edge(e.caller(), e.callee())).toList());
        GroundTruth truth = sim.truth();
        return new RcaCaseData(truth.component() + "_" + truth.fault().cliName() + "/seed-" + truth.seed(),
                truth.component(), truth.fault().cliName(), truth.injectedAtMs(), new MetricTable(times, columns),
                MetricTable.EMPTY, graph, null);
    }
}
