package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NabWindowsReaderTest {
    private static String error(String json) {
        return assertThrows(InvalidInputException.class, () -> NabWindowsReader.parse("w.json", json)).getMessage();
    }

    @Test
    void keysKeepTheirOrderAndTimestampsTheirFraction() {
        Map<String, List<NabWindow>> w = NabWindowsReader.parse("w.json", """
                {"b/two.csv": [["2014-04-10 07:15:00.000000", "2014-04-11 16:45:00.000000"],
                               ["2014-04-12 00:00:00", "2014-04-12 00:00:00"]],
                 "a/one.csv": []}""");
        assertEquals(List.of("b/two.csv", "a/one.csv"), List.copyOf(w.keySet()));
        assertEquals(List.of(new NabWindow(1_397_114_100_000L, 1_397_234_700_000L),
                new NabWindow(1_397_260_800_000L, 1_397_260_800_000L)), w.get("b/two.csv"));
        assertEquals(List.of(), w.get("a/one.csv"));
    }

    @Test
    void problemsNameTheJsonPath() {
        assertEquals("w.json: $ must be an object from file path to windows", error("[]"));
        assertEquals("w.json: $['one.csv']: key must be '<category>/<name>.csv'", error("{\"one.csv\": []}"));
        assertEquals("w.json: $['a/one.csv'] must be a list of [start, end] pairs", error("{\"a/one.csv\": {}}"));
        assertEquals("w.json: $['a/one.csv'][0] must be a pair of timestamp strings [start, end], was [\"2014-04-10 07:15:00\"]",
                error("{\"a/one.csv\": [[\"2014-04-10 07:15:00\"]]}"));
        assertEquals("w.json: $['a/one.csv'][0][1]: timestamp 'soon' is not of the form yyyy-MM-dd HH:mm:ss[.ffffff]",
                error("{\"a/one.csv\": [[\"2014-04-10 07:15:00\", \"soon\"]]}"));
        assertEquals("w.json: $['a/one.csv'][0]: window end must not precede its start, was [2014-04-10 07:15:00, 2014-04-10 07:10:00]",
                error("{\"a/one.csv\": [[\"2014-04-10 07:15:00\", \"2014-04-10 07:10:00\"]]}"));
    }

    @Test
    void malformedJsonAndDuplicateKeysNameTheLine() {
        String truncated = error("{\"a/one.csv\": []\n");
        assertTrue(truncated.startsWith("w.json line 2 column 1: malformed JSON: Unexpected end-of-input"), truncated);
        String duplicate = error("{\"a/one.csv\": [],\n \"a/one.csv\": []}");
        assertTrue(duplicate.startsWith("w.json line 2 column ") && duplicate.contains("Duplicate field 'a/one.csv'"), duplicate);
    }
}
