package io.faultline.datasets.petshop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.rcaeval.RcaCaseData;
import io.faultline.datasets.rcaeval.RcaDataset;
import io.faultline.datasets.rcaeval.SharedData;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Loads the published PetShop set (the shared data's petshop) when it is present. */
class PetShopRealDataIT {
    private static String scenario(RcaCaseData c) {
        return c.name().substring(0, c.name().indexOf('/'));
    }

    @Test
    void loadsAllSixtyEightIssues() {
        RcaDataset set = new PetShopLoader().load(SharedData.require("petshop"));

        assertEquals(List.of(), set.errors());
        assertEquals(68, set.cases().size());
        assertEquals(Map.of("high_traffic", 26L, "low_traffic", 26L, "temporal_traffic1", 8L, "temporal_traffic2", 8L),
                new TreeMap<>(set.cases().stream().collect(Collectors.groupingBy(PetShopRealDataIT::scenario, Collectors.counting()))));
        assertEquals(List.of(
                "temporal_traffic1: no noissue/metrics.csv; its 8 issues are loaded without a normal-period recording",
                "temporal_traffic2: no noissue/metrics.csv; its 8 issues are loaded without a normal-period recording"), set.notes());
        assertEquals(Map.of("availability", 32L, "latency", 36L),
                new TreeMap<>(set.cases().stream().collect(Collectors.groupingBy(RcaCaseData::faultType, Collectors.counting()))));
        Map<String, Integer> edges = new TreeMap<>();
        Map<String, Integer> baselineRows = new TreeMap<>();
        for (RcaCaseData c : set.cases()) {
            edges.put(scenario(c), c.graph().edges().size());
            baselineRows.put(scenario(c), c.baseline().rows());
            assertEquals(5, c.data().rows(), c.name());
            assertTrue(c.graph().components().contains(c.rootCause()), c.name());
            assertTrue(c.sliColumn() != null && c.sliColumn().startsWith("PetSite_"), c.name());
        }
        assertEquals(Map.of("high_traffic", 47, "low_traffic", 44, "temporal_traffic1", 43, "temporal_traffic2", 43), edges);
        assertEquals(Map.of("high_traffic", 589, "low_traffic", 589, "temporal_traffic1", 0, "temporal_traffic2", 0), baselineRows);
    }

    @Test
    void readsKnownValuesOfOneIssue() {
        RcaDataset set = new PetShopLoader().load(SharedData.require("petshop"));

        RcaCaseData issue = set.cases().stream().filter(c -> c.name().equals("low_traffic/train/issue_0"))
                .findFirst().orElseThrow();
        assertEquals("PetSearch_AWS::ECS::Fargate", issue.rootCause());
        assertEquals("latency", issue.faultType());
        assertEquals(1681855803000L, issue.faultTimeMs());
        assertEquals("PetSite_latency_Average", issue.sliColumn());
        assertEquals(1681855320000L, issue.data().timestampsMs()[0]);
        assertEquals(2, issue.faultRow());
        assertEquals(294, issue.data().columns().size());
        assertEquals(287, issue.baseline().columns().size());
        assertEquals(1692608400000L, issue.baseline().timestampsMs()[0]);
        assertEquals(42, issue.graph().components().size());
    }
}
