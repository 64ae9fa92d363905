package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void metricAndLabelNamesFollowPrometheusRules() {
        assertTrue(Names.isMetricName("http_requests_total"));
        assertTrue(Names.isMetricName("job:rate5m"));
        assertTrue(Names.isMetricName("_x1"));
        assertFalse(Names.isMetricName("1up"));
        assertFalse(Names.isMetricName(""));
        assertFalse(Names.isMetricName("a-b"));
        assertTrue(Names.isLabelName("__name__"));
        assertFalse(Names.isLabelName("job:x"), "no colon in label names");
        assertFalse(Names.isLabelName("9a"));
        assertFalse(Names.isLabelName("é"));
    }

    @Test
    void theCharacterChecksAgreeWithTheRulesTheyPublish() {
        Pattern metric = Pattern.compile(Names.METRIC_RULE);
        Pattern label = Pattern.compile(Names.LABEL_RULE);
        for (String s : List.of("", "a", "A9", "_", ":", "a:b", "0", "a0", "a b", "ä", "a\u0660", "Z_z:9", "\u00001")) {
            assertTrue(metric.matcher(s).matches() == Names.isMetricName(s), "metric name '" + s + "'");
            assertTrue(label.matcher(s).matches() == Names.isLabelName(s), "label name '" + s + "'");
        }
    }
}
