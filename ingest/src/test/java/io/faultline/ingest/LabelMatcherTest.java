package io.faultline.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.LabelMatcher.Op;
import java.util.regex.PatternSyntaxException;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
    private static final SeriesKey CART = SeriesKey.of("cpu_usage_ratio", "service", "cart", "zone", "eu-1");

    private static boolean re(String label, String regex, SeriesKey key) {
        return new LabelMatcher(label, Op.RE, regex).matches(key);
    }

    @Test
    void regexesAreAnchoredFullMatchesAsInPrometheus() {
        assertTrue(re("service", "cart", CART));
        assertFalse(re("service", "car", CART), "no prefix match");
        assertFalse(re("service", "art", CART), "no suffix match");
        assertTrue(re("service", "car.*", CART));
        assertTrue(re("service", "orders|cart", CART), "alternation is anchored as a whole");
        assertFalse(re("service", "cart|orders", SeriesKey.of("m", "service", "orders2")));
        assertTrue(re("zone", "eu-\\d", CART));
        assertTrue(re(LabelMatcher.METRIC_NAME, "cpu_.*_ratio", CART));
        assertFalse(new LabelMatcher("service", Op.NRE, "cart|orders").matches(CART));
        assertTrue(new LabelMatcher("service", Op.NRE, "car").matches(CART));
    }

    @Test
    void anAbsentLabelIsTheEmptyValue() {
        assertTrue(re("pod", ".*", CART));
        assertTrue(re("pod", "", CART));
        assertFalse(re("pod", ".+", CART));
        assertTrue(LabelMatcher.eq("pod", "").matches(CART));
        assertTrue(new LabelMatcher("pod", Op.NEQ, "x").matches(CART));
        assertFalse(new LabelMatcher("service", Op.NEQ, "cart").matches(CART));
    }

    @Test
    void aMatcherGivesTheSameAnswerOnEveryCallAndPastTheCacheBound() {
        LabelMatcher matcher = new LabelMatcher("service", Op.RE, "ca(r|t)+");
        for (int i = 0; i < 3; i++) {
            assertTrue(matcher.matches(CART));
            assertFalse(matcher.matches(SeriesKey.of("m", "service", "orders")));
        }
        for (int i = 0; i < LabelMatcher.Patterns.MAX + 10; i++) {
            assertTrue(re("n", "v" + i, SeriesKey.of("m", "n", "v" + i)));
            assertTrue(LabelMatcher.Patterns.size() <= LabelMatcher.Patterns.MAX);
        }
        assertTrue(matcher.matches(CART), "an expression dropped from the cache is compiled again");
    }

    @Test
    void aBadExpressionFailsWhenTheMatcherIsMade() {
        assertThrows(PatternSyntaxException.class, () -> new LabelMatcher("service", Op.RE, "(cart"));
        assertThrows(PatternSyntaxException.class, () -> new LabelMatcher("service", Op.NRE, "[a-"));
        assertEquals("(cart", LabelMatcher.eq("service", "(cart").value(), "= takes any text");
    }
}
