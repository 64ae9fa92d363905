package io.faultline.datasets.rcaeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RcaEvalCaseWriterTest {
    private static final CallGraph GRAPH = new CallGraph(List.of("frontend", "catalogue"),
            List.of(new CallGraph.Edge("frontend", "catalogue")));

    @TempDir
    Path root;

    private static RcaCaseData simulated(String name, long faultTimeMs, MetricTable baseline, MetricColumn... columns) {
        MetricTable data = new MetricTable(new long[] {1_000_000, 1_015_000, 1_030_000, 1_045_500}, List.of(columns));
        return new RcaCaseData(name, "catalogue", "cpu-hog", faultTimeMs, data, baseline, GRAPH, null);
    }

    private static MetricColumn column(String component, String metric, double... values) {
        return new MetricColumn(component + "_" + metric, component, metric, values);
    }

    @Test
    void writesTheRcaEvalFilesThatTheLoaderReadsBackUnchanged() throws IOException {
        RcaCaseData written = simulated("catalogue_cpu-hog/3", 1_030_000, MetricTable.EMPTY,
                column("catalogue", "cpu", 0.25, 0.5, 0.975, 1e-7),
                column("frontend", "latency", Double.NaN, -0.0, 123456789.125, Double.POSITIVE_INFINITY),
                column("frontend", "requests", 12, 13, 1e20, -4));

        Path folder = new RcaEvalCaseWriter().write(written, root, 3);

        assertEquals(root.resolve("catalogue_cpu-hog").resolve("3"), folder);
        assertEquals(List.of(
                "time,catalogue_cpu,frontend_latency,frontend_requests",
                "1000,0.25,,12",
                "1015,0.5,-0,13",
                "1030,0.975,123456789.125,100000000000000000000",
                "1045.5,0.0000001,inf,-4"), Files.readAllLines(folder.resolve("data.csv")));
        assertEquals("1030\n", Files.readString(folder.resolve("inject_time.txt")));
        assertEquals(GRAPH, new GraphJson().read(folder.resolve("graph.json")));

        RcaDataset read = new RcaEvalLoader().load(root);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of(written), read.cases());
    }

    @Test
    void leavesOutTheGraphFileWhenTheCaseHasNoGraph() throws IOException {
        RcaCaseData c = simulated("x", 1_030_000, MetricTable.EMPTY, column("catalogue", "cpu", 1, 2, 3, 4));
        RcaCaseData noGraph = new RcaCaseData(c.name(), c.rootCause(), c.faultType(), c.faultTimeMs(), c.data(),
                MetricTable.EMPTY, CallGraph.EMPTY, null);

        Path folder = new RcaEvalCaseWriter().write(noGraph, root, 1);

        assertFalse(Files.exists(folder.resolve("graph.json")));
    }

    @Test
    void refusesWhatTheLayoutCannotHold() {
        RcaEvalCaseWriter writer = new RcaEvalCaseWriter();
        MetricColumn cpu = column("catalogue", "cpu", 1, 2, 3, 4);
        MetricTable baseline = new MetricTable(new long[] {1}, List.of(new MetricColumn("catalogue_cpu", "catalogue", "cpu", new double[] {1})));

        assertEquals("case x has a separate baseline recording; the RCAEval layout holds one recording",
                assertThrows(IllegalArgumentException.class,
                        () -> writer.write(simulated("x", 1_030_000, baseline, cpu), root, 1)).getMessage());
        assertEquals("case x: fault time 1030500 ms is not a whole second, as inject_time.txt needs",
                assertThrows(IllegalArgumentException.class,
                        () -> writer.write(simulated("x", 1_030_500, MetricTable.EMPTY, cpu), root, 1)).getMessage());
        MetricColumn misnamed = new MetricColumn("catalogue-cpu", "catalogue", "cpu", new double[] {1, 2, 3, 4});
        assertEquals("case x: column \"catalogue-cpu\" must be named <component>_<metric> (catalogue_cpu)",
                assertThrows(IllegalArgumentException.class,
                        () -> writer.write(simulated("x", 1_030_000, MetricTable.EMPTY, misnamed), root, 1)).getMessage());
        RcaCaseData underscored = new RcaCaseData("x", "cata_logue", "cpu", 1_030_000,
                simulated("x", 1_030_000, MetricTable.EMPTY, cpu).data(), MetricTable.EMPTY, CallGraph.EMPTY, null);
        assertEquals("case x: \"cata_logue\" may not contain '_' or a path separator in an RCAEval folder name",
                assertThrows(IllegalArgumentException.class, () -> writer.write(underscored, root, 1)).getMessage());
    }
}
