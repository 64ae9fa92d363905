package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeriesKeyParserTest {

    @Test
    void readsBareMetricAndLabels() {
        assertEquals(SeriesKey.of("cpu_usage_ratio"), SeriesKeyParser.parse("cpu_usage_ratio"));
        assertEquals(SeriesKey.of("cpu", "service", "cart", "zone", "a"),
                SeriesKeyParser.parse("cpu{zone=\"a\",service=\"cart\"}"));
        assertEquals(SeriesKey.of("ns:cpu:rate5m"), SeriesKeyParser.parse("ns:cpu:rate5m{}"));
    }

    @Test
    void allowsBlanksAndATrailingComma() {
        assertEquals(SeriesKey.of("cpu", "a", "1", "b", "2"), SeriesKeyParser.parse(" cpu { a = \"1\" , b=\"2\", } "));
    }

    @Test
    void readsEscapesAndRoundTripsToString() {
        SeriesKey key = SeriesKey.of("m", "q", "x\"y", "b", "back\\slash", "n", "two\nlines", "u", "ünï{c}=,");
        assertEquals("m{b=\"back\\\\slash\",n=\"two\\nlines\",q=\"x\\\"y\",u=\"ünï{c}=,\"}", key.toString());
        assertEquals(key, SeriesKeyParser.parse(key.toString()));
    }

    @Test
    void readsNameAsALabel() {
        assertEquals(SeriesKey.of("cpu", "a", "1"), SeriesKeyParser.parse("{__name__=\"cpu\",a=\"1\"}"));
    }

    @Test
    void emptyValueMeansNoLabelAsInPrometheus() {
        assertEquals(SeriesKey.of("cpu"), SeriesKeyParser.parse("cpu{a=\"\"}"));
    }

    @Test
    void errorsNameTheTextAndColumn() {
        assertError("series 'cpu{a=1}' expected a double-quoted value at column 7", "cpu{a=1}");
        assertError("series 'cpu{a=\"1\"' missing '}' at column 10", "cpu{a=\"1\"");
        assertError("series 'cpu{a=\"1}' unterminated quoted value at column 7", "cpu{a=\"1}");
        assertError("series 'cpu{1x=\"1\"}' label name must match [a-zA-Z_][a-zA-Z0-9_]* at column 5", "cpu{1x=\"1\"}");
        assertError("series '1cpu' metric name must match [a-zA-Z_:][a-zA-Z0-9_:]*", "1cpu");
        assertError("series 'cpu{a=\"1\",a=\"2\"}' label \"a\" appears twice at column 11", "cpu{a=\"1\",a=\"2\"}");
        assertError("series 'cpu{a=~\"1\"}' a series key only allows '=', found '=~' at column 6", "cpu{a=~\"1\"}");
        assertError("series 'cpu{a=\"\\t\"}' unknown escape '\\t' (only \\\\, \\\" and \\n) at column 8", "cpu{a=\"\\t\"}");
        assertError("series 'cpu{a=\"1\" b=\"2\"}' expected ',' or '}' at column 11", "cpu{a=\"1\" b=\"2\"}");
        assertError("series 'cpu}' unexpected '}' at column 4", "cpu}");
        assertError("series '{a=\"1\"}' has no metric name", "{a=\"1\"}");
        assertError("series 'cpu{__name__=\"mem\"}' metric name given twice at column 5", "cpu{__name__=\"mem\"}");
        assertError("series '{__name__=\"1x\"}' is not a valid series: metric name must match [a-zA-Z_:][a-zA-Z0-9_:]*,"
                + " was '1x'", "{__name__=\"1x\"}");
        assertError("series is empty", " ");
    }

    @Test
    void readsSelectors() {
        assertEquals(List.of(LabelMatcher.eq("__name__", "cpu"),
                        new LabelMatcher("service", LabelMatcher.Op.RE, "cart|orders"),
                        new LabelMatcher("zone", LabelMatcher.Op.NEQ, "b"),
                        new LabelMatcher("env", LabelMatcher.Op.NRE, "dev.*")),
                SeriesKeyParser.parseSelector("cpu{service=~\"cart|orders\", zone!=\"b\", env!~\"dev.*\"}"));
        assertEquals(List.of(new LabelMatcher("__name__", LabelMatcher.Op.RE, "cpu_.*")),
                SeriesKeyParser.parseSelector("{__name__=~\"cpu_.*\"}"));
    }

    @Test
    void selectorErrors() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SeriesKeyParser.parseSelector("{}"));
        assertEquals("selector '{}' has no matcher", e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> SeriesKeyParser.parseSelector("cpu{a=~\"(\"}"));
        assertEquals("selector 'cpu{a=~\"(\"}' bad regular expression for label \"a\": Unclosed group at column 5",
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> SeriesKeyParser.parseSelector("cpu{a<\"1\"}"));
        assertEquals("selector 'cpu{a<\"1\"}' expected one of =, !=, =~, !~ at column 6", e.getMessage());
    }

    private static void assertError(String expected, String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SeriesKeyParser.parse(text));
        assertEquals(expected, e.getMessage());
    }
}
