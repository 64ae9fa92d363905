package io.faultline.api.evaluate;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.ingest.SeriesSamples;
import io.faultline.rca.ComponentSeries;
import io.faultline.rca.RcaCase;
import io.faultline.rca.ServiceGraph;
import io.faultline.rca.SignalKinds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the {@link RcaCase} a ranker sees from a benchmark case: no ground truth, only the series, the graph
 * the dataset supplies and the onset.
 *
 * <p>A separate normal-period recording (Sock Shop 1's {@code normal.csv}, PetShop's {@code noissue}) is
 * joined in front of the incident recording: its rows keep their spacing but are moved in time so that its
 * last row falls one step (the recording's median step) before the first row of the data, as if the two had
 * been one recording; they are hours to months apart, and not always in that order, so their own timestamps
 * cannot be used. The onset is the fault time shifted late by {@code tdelta}, as RCAEval's {@code --tdelta}
 * shifts the inject time its methods are given: the rows between the fault time and the onset then count as
 * normal. The case ends at the last row of the data. Series keep the order of the data's columns (then any
 * column only the normal recording has); a column present in only one recording is a series with gaps there.
 */
public final class RcaCaseAssembly {
    private RcaCaseAssembly() {
    }

    /**
     * The case as a ranker sees it.
     *
     * @param tdeltaMs how late the onset is given, >= 0
     */
    public static RcaCase of(RcaCaseData c, long tdeltaMs) {
        if (tdeltaMs < 0) {
            throw new IllegalArgumentException("tdelta must be >= 0, was " + tdeltaMs + " ms");
        }
        MetricTable data = c.data();
        MetricTable baseline = c.baseline();
        long[] baseTimes = shiftedBaselineTimes(data, baseline);
        Map<String, MetricColumn[]> columns = new LinkedHashMap<>();
        data.columns().forEach(col -> columns.computeIfAbsent(col.name(), k -> new MetricColumn[2])[1] = col);
        baseline.columns().forEach(col -> columns.computeIfAbsent(col.name(), k -> new MetricColumn[2])[0] = col);
        List<ComponentSeries> series = new ArrayList<>(columns.size());
        for (MetricColumn[] pair : columns.values()) {
            MetricColumn any = pair[1] != null ? pair[1] : pair[0];
            series.add(new ComponentSeries(any.component(), SignalKinds.of(any.metric()),
                    joined(any, pair[0], baseTimes, pair[1], data.timestampsMs())));
        }
        long onset = c.faultTimeMs() + tdeltaMs;
        long end = Math.max(data.timestampsMs()[data.rows() - 1], onset);
        return new RcaCase(graph(c.graph(), series), series, onset, end);
    }

    /** The baseline's timestamps moved to end one step before the data's first row. */
    static long[] shiftedBaselineTimes(MetricTable data, MetricTable baseline) {
        if (baseline.isEmpty()) {
            return new long[0];
        }
        long step = medianStep(data.rows() > 1 ? data : baseline);
        long[] t = baseline.timestampsMs();
        long shift = data.timestampsMs()[0] - step - t[t.length - 1];
        return Arrays.stream(t).map(x -> x + shift).toArray();
    }

    private static long medianStep(MetricTable table) {
        long[] t = table.timestampsMs();
        if (t.length < 2) {
            return 1000;
        }
        long[] steps = new long[t.length - 1];
        for (int i = 1; i < t.length; i++) {
            steps[i - 1] = t[i] - t[i - 1];
        }
        Arrays.sort(steps);
        return steps[steps.length / 2];
    }

    /** A column's samples over the moved baseline then the data, its missing cells left out. */
    private static SeriesSamples joined(MetricColumn any, MetricColumn base, long[] baseTimes, MetricColumn data,
                                        long[] dataTimes) {
        int n = count(base) + count(data);
        long[] ts = new long[n];
        double[] vs = new double[n];
        int j = append(base, baseTimes, ts, vs, 0);
        append(data, dataTimes, ts, vs, j);
        return new SeriesSamples(any.key(), ts, vs);
    }

    /** Copies the present cells of {@code col} (null: none) into {@code ts}/{@code vs} from {@code at}; the next free index. */
    private static int append(MetricColumn col, long[] times, long[] ts, double[] vs, int at) {
        if (col == null) {
            return at;
        }
        double[] values = col.values();
        int j = at;
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) {
                ts[j] = times[i];
                vs[j++] = values[i];
            }
        }
        return j;
    }

    private static int count(MetricColumn col) {
        return col == null ? 0 : (int) Arrays.stream(col.values()).filter(v -> !Double.isNaN(v)).count();
    }

    /** The dataset's graph, plus every component that has a series (as a component without edges). */
    private static ServiceGraph graph(CallGraph graph, List<ComponentSeries> series) {
        Set<String> names = new LinkedHashSet<>(graph.components());
        series.forEach(s -> names.add(s.component()));
        List<ServiceGraph.Component> components = names.stream().map(n -> new ServiceGraph.Component(n, "service")).toList();
        List<ServiceGraph.Edge> edges = graph.edges().stream().map(e -> new ServiceGraph.Edge(e.caller(), e.callee())).toList();
        return new ServiceGraph(components, edges);
    }
}
