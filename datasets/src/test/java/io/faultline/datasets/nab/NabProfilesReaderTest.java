package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NabProfilesReaderTest {
    private static String error(String json) {
        return assertThrows(InvalidInputException.class, () -> NabProfilesReader.parse("p.json", json)).getMessage();
    }

    @Test
    void profilesReadInFileOrder() {
        List<NabCostProfile> p = NabProfilesReader.parse("p.json", """
                {"strict": {"CostMatrix": {"tpWeight": 1, "fnWeight": 3.5, "fpWeight": 0.5, "tnWeight": 1.0}},
                 "lenient": {"CostMatrix": {"tpWeight": 2.0, "fnWeight": 1.0, "fpWeight": 0.01}}}""");
        assertEquals(List.of(new NabCostProfile("strict", 1.0, 0.5, 3.5, 1.0),
                new NabCostProfile("lenient", 2.0, 0.01, 1.0, 1.0)), p);
    }

    @Test
    void problemsNameTheJsonPath() {
        assertEquals("p.json: $ must be a non-empty object from profile name to {\"CostMatrix\": {...}}", error("{}"));
        assertEquals("p.json: $['s'] must be an object with the single key 'CostMatrix'", error("{\"s\": {\"Costs\": {}}}"));
        assertEquals("p.json: $['s'].CostMatrix.fpweight: unknown key, expected tpWeight, fpWeight, fnWeight, tnWeight",
                error("{\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 1, \"fpweight\": 0.1}}}"));
        assertEquals("p.json: $['s'].CostMatrix.fpWeight must be a number, is missing",
                error("{\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 1}}}"));
        assertEquals("p.json: $['s'].CostMatrix.fpWeight must be a number, was \"0.1\"",
                error("{\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 1, \"fpWeight\": \"0.1\"}}}"));
        assertEquals("p.json: $['s']: profile 's': fnWeight must be a finite number >= 0, was -1.0",
                error("{\"s\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": -1, \"fpWeight\": 0.1}}}"));
    }
}
