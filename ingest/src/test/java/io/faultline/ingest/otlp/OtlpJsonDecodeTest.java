package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtlpJsonDecodeTest {
    private static final long T_MS = 1_544_712_660_300L;

    private static OtlpDecodeResult decode(String json) {
        return new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeJson(json.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] golden() throws IOException {
        try (InputStream in = OtlpJsonDecodeTest.class.getResourceAsStream("/otlp/metrics.json")) {
            return in.readAllBytes();
        }
    }

    @Test
    void theOtlpExampleRequestDecodes() throws IOException {
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeJson(golden());

        List<SeriesSamples> series = result.batch().series();
        assertEquals(List.of("my_counter{my_counter_attr=\"some value\",service=\"my.service\"}",
                "my_gauge_ratio{my_gauge_attr=\"some value\",service=\"my.service\"}"),
                series.stream().map(s -> s.key().toString()).toList());
        assertArrayEquals(new long[] {T_MS}, series.get(0).timestampsMs());
        assertArrayEquals(new double[] {5}, series.get(0).values(), "a delta sum: the increase, under its plain name");
        assertArrayEquals(new double[] {10}, series.get(1).values());
        assertEquals(2, result.acceptedPoints());
        assertEquals(1, result.rejectedPoints());
        assertEquals("1 data point rejected: resourceMetrics[0].scopeMetrics[0].metrics[2].histogram.dataPoints[0]: "
                + "3 bucketCounts for 1 explicitBounds (must be one more)", result.message());
    }

    @Test
    void int64AsStringsEnumsAsIntsOrNamesAndUnknownFieldsIgnored() {
        OtlpDecodeResult result = decode("""
                {"resourceMetrics":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":"cart"}}],
                   "droppedAttributesCount":0,"entityRefs":[]},
                  "scopeMetrics":[{"scope":{"name":"s"},"metrics":[
                    {"name":"requests","unit":"{request}","metadata":[],"sum":{"aggregationTemporality":2,"isMonotonic":true,
                      "dataPoints":[{"timeUnixNano":"1544712660300000000","asInt":"42","exemplars":[{"traceId":"5b8efff798038103d269b633813fc60c"}]},
                                    {"timeUnixNano":1544712661300000000,"asInt":43,"flags":0}]}},
                    {"name":"latency","unit":"s","futureField":{"x":[1,2]},"histogram":{"aggregationTemporality":"AGGREGATION_TEMPORALITY_DELTA",
                      "dataPoints":[{"timeUnixNano":"1544712660300000000","count":"4","bucketCounts":["1","3"],"explicitBounds":[0.5]}]}}
                  ]}]}]}""");
        assertEquals(0, result.rejectedPoints(), result.message());
        List<SeriesSamples> series = result.batch().series();
        assertEquals("requests_total{service=\"cart\"}", series.get(0).key().toString());
        assertArrayEquals(new double[] {42, 43}, series.get(0).values());
        assertArrayEquals(new long[] {T_MS, T_MS + 1000}, series.get(0).timestampsMs());
        assertEquals("latency_seconds_p50{service=\"cart\"}", series.get(1).key().toString());
        assertArrayEquals(new double[] {0.5}, series.get(1).values(), "rank 2 of 4 at the top of the first bucket");
    }

    @Test
    void deltaExponentialHistogramsInJson() {
        OtlpDecodeResult result = decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"payload","unit":"By","exponentialHistogram":{
                  "aggregationTemporality":1,"dataPoints":[{"timeUnixNano":"1544712660300000000","count":"4","scale":0,
                  "zeroCount":"0","zeroThreshold":0,"positive":{"offset":1,"bucketCounts":["2","2"]},"negative":{}}]}}]}]}]}""");
        assertEquals(0, result.rejectedPoints(), result.message());
        // (2, 4] holds 2, (4, 8] holds 2: rank 2 of 4 is the top of (2, 4]
        assertEquals("payload_bytes_p50", result.batch().series().get(0).key().metric());
        assertArrayEquals(new double[] {4}, result.batch().series().get(0).values());
    }

    @Test
    void nestedAttributeValuesRenderAsJson() {
        OtlpDecodeResult result = decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"g","gauge":{"dataPoints":[
                  {"timeUnixNano":"1544712660300000000","asDouble":"1.5","attributes":[
                    {"key":"tags","value":{"arrayValue":{"values":[{"stringValue":"a\\"b"},{"doubleValue":"NaN"},{"boolValue":false}]}}},
                    {"key":"big","value":{"intValue":"-9223372036854775808"}},
                    {"key":"bin","value":{"bytesValue":"AQID"}},
                    {"key":"empty","value":{}}]}]}}]}]}]}""");
        assertEquals("g{big=\"-9223372036854775808\",bin=\"AQID\",tags=\"[\\\"a\\\\\\\"b\\\",\\\"NaN\\\",false]\"}",
                result.batch().series().get(0).key().toString());
        assertArrayEquals(new double[] {1.5}, result.batch().series().get(0).values());
    }

    @Test
    void snakeCaseNamesAreNotOtlpJsonAndSoAreIgnored() {
        OtlpDecodeResult result = decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"g","gauge":{"dataPoints":[
                  {"time_unix_nano":"1544712660300000000","asDouble":1}]}}]}]}]}""");
        assertEquals(1, result.rejectedPoints());
        assertEquals("1 data point rejected: resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].timeUnixNano: missing",
                result.message());
    }

    @Test
    void wrongTypesAndBrokenJsonAreRefusedWholeWithTheirPath() {
        assertEquals("resourceMetrics[0].scopeMetrics[0].metrics[0].sum.dataPoints[0].timeUnixNano: expected an integer "
                + "(a number or a decimal string), found the boolean true", assertThrows(InvalidInputException.class, () -> decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"c","sum":{"dataPoints":[{"timeUnixNano":true}]}}]}]}]}""")).getMessage());
        assertEquals("resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].asDouble: \"lots\" is not a number",
                assertThrows(InvalidInputException.class, () -> decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"g","gauge":{"dataPoints":[{"asDouble":"lots"}]}}]}]}]}""")).getMessage());
        assertEquals("resourceMetrics[0].scopeMetrics: expected an array, found an object", assertThrows(InvalidInputException.class,
                () -> decode("{\"resourceMetrics\":[{\"scopeMetrics\":{}}]}")).getMessage());
        assertEquals("resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0].timeUnixNano: \"1.5\" is not an integer",
                assertThrows(InvalidInputException.class, () -> decode("""
                {"resourceMetrics":[{"scopeMetrics":[{"metrics":[{"name":"g","gauge":{"dataPoints":[{"timeUnixNano":1.5}]}}]}]}]}""")).getMessage());
        assertEquals("body: expected an object, found an array", assertThrows(InvalidInputException.class, () -> decode("[]")).getMessage());
        assertEquals("body is empty, expected a JSON object", assertThrows(InvalidInputException.class, () -> decode("")).getMessage());
        InvalidInputException broken = assertThrows(InvalidInputException.class, () -> decode("{\"resourceMetrics\":[{]}"));
        assertEquals(true, broken.getMessage().startsWith("malformed JSON at line 1, column 22: "), broken.getMessage());
        assertEquals(0, decode("{}").batch().sampleCount(), "an empty request is valid");
    }
}
