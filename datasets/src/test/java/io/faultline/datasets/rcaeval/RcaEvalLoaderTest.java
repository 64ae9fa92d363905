package io.faultline.datasets.rcaeval;

import static io.faultline.datasets.rcaeval.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RcaEvalLoaderTest {
    @TempDir
    Path root;

    private void goodCase(String folder) {
        write(root, folder + "/data.csv",
                "time,carts_cpu,carts-db_mem,front-end_lat_90,time.1",
                "100,1.5,10,,100",
                "101,2.5,11,0.2,101",
                "102,90,12,0.3,102");
        write(root, folder + "/inject_time.txt", "101");
    }

    @Test
    void readsCasesAndReportsTheMalformedOneByName() {
        goodCase("carts_cpu/1");
        write(root, "user_mem/2/simple_metrics.csv", "user_mem,time", "5,200", "6,201");
        write(root, "user_mem/2/inject_time.txt", "201");
        write(root, "payment_mem/1/data.csv", "time,payment_mem", "1,1", "2,2");

        RcaDataset set = new RcaEvalLoader().load(root);

        assertEquals(List.of("carts_cpu/1", "user_mem/2"), set.cases().stream().map(RcaCaseData::name).toList());
        assertEquals(List.of(new CaseError("payment_mem/1", "no inject_time.txt")), set.errors());
        assertEquals(1, set.malformed());

        RcaCaseData carts = set.cases().get(0);
        assertEquals("carts", carts.rootCause());
        assertEquals("cpu", carts.faultType());
        assertEquals(101_000L, carts.faultTimeMs());
        assertEquals(1, carts.faultRow());
        assertArrayEquals(new long[] {100_000, 101_000, 102_000}, carts.data().timestampsMs());
        assertEquals(List.of("carts_cpu", "carts-db_mem", "front-end_lat_90"),
                carts.data().columns().stream().map(MetricColumn::name).toList());
        assertEquals(List.of("carts", "carts-db", "front-end"),
                carts.data().columns().stream().map(MetricColumn::component).toList());
        assertEquals(List.of("cpu", "mem", "lat_90"), carts.data().columns().stream().map(MetricColumn::metric).toList());
        assertArrayEquals(new double[] {Double.NaN, 0.2, 0.3}, carts.data().columns().get(2).values());
        assertEquals(MetricTable.EMPTY, carts.baseline());
        assertEquals(CallGraph.EMPTY, carts.graph());
        assertNull(carts.sliColumn());

        RcaCaseData user = set.cases().get(1);
        assertEquals("user", user.rootCause());
        assertArrayEquals(new double[] {5, 6}, user.data().column("user_mem").orElseThrow().values());
    }

    @Test
    void findsCasesAtAnyDepthInNaturalOrderAndReadsTheRootGraph() {
        goodCase("RE2-OB/carts_cpu/10");
        goodCase("RE2-OB/carts_cpu/2");
        write(root, "graph.json", "{\"components\": [\"front-end\", \"carts\"],",
                " \"edges\": [{\"caller\": \"front-end\", \"callee\": \"carts\"}]}");
        List<RcaCaseData> seen = new ArrayList<>();

        LoadReport report = new RcaEvalLoader().forEachCase(root, seen::add);

        assertEquals(new LoadReport(2, List.of(), List.of()), report);
        assertEquals(List.of("RE2-OB/carts_cpu/2", "RE2-OB/carts_cpu/10"), seen.stream().map(RcaCaseData::name).toList());
        assertEquals(new CallGraph(List.of("front-end", "carts"), List.of(new CallGraph.Edge("front-end", "carts"))),
                seen.get(0).graph());
    }

    @Test
    void anEmptyRepetitionFolderUnderAServiceFaultFolderIsMalformed() {
        goodCase("carts_cpu/1");
        TestFiles.folder(root, "carts_cpu/2");

        RcaDataset set = new RcaEvalLoader().load(root);

        assertEquals(List.of(new CaseError("carts_cpu/2", "no data.csv or simple_metrics.csv")), set.errors());
    }

    @Test
    void namesTheFileLineAndProblemOfEachMalformedCase() {
        write(root, "a_cpu/1/data.csv", "time,a_cpu", "1,0.5", "2,x");
        write(root, "a_cpu/1/inject_time.txt", "2");
        write(root, "b_cpu/1/data.csv", "time,b_cpu", "1,0.5", "1,0.6");
        write(root, "b_cpu/1/inject_time.txt", "1");
        write(root, "c_cpu/1/data.csv", "time,c_cpu", "1,0.5", "2,0.6");
        write(root, "c_cpu/1/inject_time.txt", "9");
        write(root, "d_x_cpu/1/data.csv", "time,d_cpu", "1,0.5", "2,0.6");
        write(root, "e_cpu/1/data.csv", "stamp,e_cpu", "1,0.5");
        write(root, "e_cpu/1/inject_time.txt", "1");
        write(root, "f_cpu/1/data.csv", "time,f_cpu", "1,0.5,7");
        write(root, "f_cpu/1/inject_time.txt", "1");
        write(root, "g_cpu/1/data.csv", "time,g_cpu", "1,0.5", "2,0.5");
        write(root, "g_cpu/1/inject_time.txt", "1.5");
        write(root, "h_cpu/1/data.csv", "time,h_cpu,h_cpu", "1,0.5,1");
        write(root, "h_cpu/1/inject_time.txt", "1");

        RcaDataset set = new RcaEvalLoader().load(root);

        assertEquals(List.of(
                new CaseError("a_cpu/1", "data.csv line 3: column \"a_cpu\": \"x\" is not a number"),
                new CaseError("b_cpu/1", "data.csv line 3: time 1 is not after the previous row's"),
                new CaseError("c_cpu/1", "inject_time.txt: 9 is not inside the data (1 to 2); the case needs rows before and after it"),
                new CaseError("d_x_cpu/1", "folder \"d_x_cpu\" is not named <service>_<fault> with one '_'"),
                new CaseError("e_cpu/1", "data.csv line 1: no \"time\" column"),
                new CaseError("f_cpu/1", "data.csv line 2: expected 2 fields as in the header, found 3"),
                new CaseError("g_cpu/1", "inject_time.txt: \"1.5\" is not a whole number of unix seconds"),
                new CaseError("h_cpu/1", "data.csv line 1: column 3 repeats the name \"h_cpu\" of column 2")), set.errors());
        assertEquals(List.of(), set.cases());
    }

    @Test
    void aMissingRootStopsTheLoad() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new RcaEvalLoader().load(root.resolve("nowhere")));
        assertTrue(e.getMessage().endsWith("nowhere does not exist or is not a folder"), e.getMessage());
    }
}
