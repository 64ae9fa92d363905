package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScenarioWriterFormatTest {
    @Test
    void seriesHeadersAreQuotedAsRfc4180Wants() {
        assertEquals("\"cpu_usage_ratio{service=\"\"cart\"\"}\"",
                ScenarioWriter.csvField(SimMetric.CPU_USAGE.key("cart").toString()));
        assertEquals("time", ScenarioWriter.csvField("time"));
        assertEquals("\"a,b\"", ScenarioWriter.csvField("a,b"));
    }

    @Test
    void numbersArePlainDecimals() {
        assertEquals("536871000", ScenarioWriter.number(536_871_000.0));
        assertEquals("0", ScenarioWriter.number(0.0));
        assertEquals("0.0000123457", ScenarioWriter.number(MetricSampler.round(1.234567e-5)));
        assertEquals("0.25", ScenarioWriter.number(0.25));
        assertEquals("90.1234", ScenarioWriter.number(MetricSampler.round(90.123449)));
    }
}
