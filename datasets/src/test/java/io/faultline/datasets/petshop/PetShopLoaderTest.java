package io.faultline.datasets.petshop;

import static io.faultline.datasets.rcaeval.TestFiles.write;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.faultline.datasets.rcaeval.CallGraph;
import io.faultline.datasets.rcaeval.CaseError;
import io.faultline.datasets.rcaeval.MetricColumn;
import io.faultline.datasets.rcaeval.MetricTable;
import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaDataset;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PetShopLoaderTest {
    private static final String[] GRAPH = {
        ",PetSite,PetSearch_AWS::ECS::Fargate,petInfo_AWS::DynamoDB::Table",
        "PetSite,0.0,1.0,0.0",
        "PetSearch_AWS::ECS::Fargate,0.0,0.0,1.0",
        "petInfo_AWS::DynamoDB::Table,0.0,0.0,0.0"};
    private static final String[] HEADER = {
        "microservice,PetSite,PetSite,PetSearch_AWS::ECS::Fargate",
        "metric,latency,availability,latency",
        "statistic,Average,Average,p90",
        "unix_timestamp,,,"};

    @TempDir
    Path root;

    private void metrics(String relative, String... rows) {
        String[] lines = new String[HEADER.length + rows.length];
        System.arraycopy(HEADER, 0, lines, 0, HEADER.length);
        System.arraycopy(rows, 0, lines, HEADER.length, rows.length);
        write(root, relative, lines);
    }

    private void target(String relative, String rootCause, String metric, long timestamp) {
        write(root, relative, "{\"target\": {\"node\": \"PetSite\", \"metric\": \"" + metric
                + "\", \"agg\": \"Average\", \"timestamp\": " + timestamp + "}, \"root_cause\": {\"node\": \""
                + rootCause + "\", \"metric\": null}, \"metadata\": {\"reproducibility\": {\"command\": \"x\"}}}");
    }

    private void issue(String folder, String rootCause, String metric, long timestamp) {
        metrics(folder + "/metrics.csv", "1000.0,0.1,100,", "1300.0,0.2,100,0.05", "1600.0,0.9,97,0.6");
        target(folder + "/target.json", rootCause, metric, timestamp);
    }

    @Test
    void readsScenariosIssuesGraphAndNormalPeriodAndNamesWhatIsMissing() {
        write(root, "dataset/low_traffic/graph.csv", GRAPH);
        metrics("dataset/low_traffic/noissue/metrics.csv", "500.0,0.1,100,0.05", "800.0,0.12,,0.04");
        issue("dataset/low_traffic/train/issue_0", "PetSearch_AWS::ECS::Fargate", "latency", 1450);
        issue("dataset/low_traffic/test/issue_10", "petInfo_AWS::DynamoDB::Table", "availability", 1300);
        issue("dataset/low_traffic/test/issue_2", "PetSite", "latency", 1450);
        write(root, "dataset/low_traffic/test/issue_2/target.json", "{\"target\": {\"node\": \"PetSite\", "
                + "\"metric\": \"latency\", \"agg\": \"Average\", \"timestamp\": 1450}, \"root_cause\": {}}");
        write(root, "dataset/temporal_traffic1/graph.csv", GRAPH);
        issue("dataset/temporal_traffic1/test/issue_0", "PetSite", "availability", 1450);
        issue("dataset/no_graph/test/issue_0", "PetSite", "latency", 1450);

        RcaDataset set = new PetShopLoader().load(root);

        assertEquals(List.of("low_traffic/train/issue_0", "low_traffic/test/issue_10", "temporal_traffic1/test/issue_0"),
                set.cases().stream().map(RcaCaseData::name).toList());
        assertEquals(List.of(new CaseError("low_traffic/test/issue_2", "target.json: $.root_cause.node must be a non-empty string"),
                new CaseError("no_graph", "no graph.csv")), set.errors());
        assertEquals(List.of("temporal_traffic1: no noissue/metrics.csv; its 1 issues are loaded without a normal-period recording"),
                set.notes());

        RcaCaseData first = set.cases().get(0);
        assertEquals("PetSearch_AWS::ECS::Fargate", first.rootCause());
        assertEquals("latency", first.faultType());
        assertEquals(1_450_000L, first.faultTimeMs());
        assertEquals(2, first.faultRow());
        assertEquals("PetSite_latency_Average", first.sliColumn());
        assertEquals(List.of("PetSite_latency_Average", "PetSite_availability_Average", "PetSearch_AWS::ECS::Fargate_latency_p90"),
                first.data().columns().stream().map(MetricColumn::name).toList());
        MetricColumn p90 = first.data().columns().get(2);
        assertEquals("PetSearch_AWS::ECS::Fargate", p90.component());
        assertEquals("latency_p90", p90.metric());
        assertArrayEquals(new double[] {Double.NaN, 0.05, 0.6}, p90.values());
        assertArrayEquals(new long[] {500_000, 800_000}, first.baseline().timestampsMs());
        assertEquals(new CallGraph(List.of("PetSite", "PetSearch_AWS::ECS::Fargate", "petInfo_AWS::DynamoDB::Table"),
                List.of(new CallGraph.Edge("PetSite", "PetSearch_AWS::ECS::Fargate"),
                        new CallGraph.Edge("PetSearch_AWS::ECS::Fargate", "petInfo_AWS::DynamoDB::Table"))), first.graph());
        assertSame(first.baseline(), set.cases().get(1).baseline());

        RcaCaseData availability = set.cases().get(1);
        assertEquals("availability", availability.faultType());
        assertEquals("PetSite_availability_Average", availability.sliColumn());
        assertEquals(1, availability.faultRow());

        assertEquals(MetricTable.EMPTY, set.cases().get(2).baseline());
    }

    @Test
    void aMalformedNormalPeriodSkipsItsScenarioUnderTheFoldersName() {
        write(root, "low_traffic/graph.csv", GRAPH);
        metrics("low_traffic/noissue/metrics.csv", "500.0,0.1,100,0.05", "400.0,0.12,,0.04");
        issue("low_traffic/train/issue_0", "PetSite", "latency", 1450);

        RcaDataset set = new PetShopLoader().load(root);

        assertEquals(List.of(new CaseError("low_traffic/noissue", "metrics.csv line 6: time 400.0 is not after the previous row's")),
                set.errors());
        assertEquals(List.of(), set.cases());
    }

    @Test
    void readsARootThatIsOneScenario() {
        write(root, "high_traffic/graph.csv", GRAPH);
        issue("high_traffic/test/issue_3", "PetSite", "latency", 1450);

        RcaDataset set = new PetShopLoader().load(root.resolve("high_traffic"));

        assertEquals(List.of("high_traffic/test/issue_3"), set.cases().stream().map(RcaCaseData::name).toList());
    }

    @Test
    void namesTheProblemInAMalformedMatrix() {
        write(root, "s/graph.csv", ",a,b", "a,0,1", "c,0,0");
        write(root, "t/graph.csv", ",a,b", "a,0,x", "b,0,0");
        issue("s/test/issue_0", "a", "latency", 1450);
        issue("t/test/issue_0", "a", "latency", 1450);

        RcaDataset set = new PetShopLoader().load(root);

        assertEquals(List.of(new CaseError("s", "graph.csv line 3: row node \"c\" is not among the header's nodes"),
                new CaseError("t", "graph.csv line 2: column \"b\": \"x\" is not a number")), set.errors());
        assertEquals(List.of(), set.cases());
    }
}
