package io.faultline.ingest.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.LabelMatcher.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectorParserTest {

    @Test
    void parsesMetricAndEveryOperator() {
        assertEquals(List.of(
                        new LabelMatcher("__name__", Op.EQ, "cpu_usage_ratio"),
                        new LabelMatcher("service", Op.EQ, "cart"),
                        new LabelMatcher("zone", Op.NEQ, "b"),
                        new LabelMatcher("pod", Op.RE, "cart-.*"),
                        new LabelMatcher("env", Op.NRE, "dev|test")),
                SelectorParser.parse("cpu_usage_ratio{service=\"cart\", zone!=\"b\",pod=~\"cart-.*\",env!~'dev|test'}"));
    }

    @Test
    void parsesBareMetricAndBareLabels() {
        assertEquals(List.of(LabelMatcher.eq("__name__", "up")), SelectorParser.parse("up"));
        assertEquals(List.of(LabelMatcher.eq("service", "a\"b")), SelectorParser.parse("{service=\"a\\\"b\"}"));
    }

    @Test
    void errorsNameThePosition() {
        assertEquals("selector 'cpu{service}' at position 11: expected one of =, !=, =~, !~ after label 'service'",
                assertThrows(InvalidInputException.class, () -> SelectorParser.parse("cpu{service}")).getMessage());
        assertEquals("selector 'cpu{a=\"x\"' at position 9: expected ',' or '}'",
                assertThrows(InvalidInputException.class, () -> SelectorParser.parse("cpu{a=\"x\"")).getMessage());
        assertEquals("selector '{}' must name a metric or at least one label matcher",
                assertThrows(InvalidInputException.class, () -> SelectorParser.parse("{}")).getMessage());
    }
}
