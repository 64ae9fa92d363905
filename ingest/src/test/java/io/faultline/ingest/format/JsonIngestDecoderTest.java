package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonIngestDecoderTest {
    private static final long T0 = 1_700_000_000_000L;
    private final JsonIngestDecoder decoder = new JsonIngestDecoder(IngestLimits.DEFAULTS);

    @Test
    void decodesTheDocumentedExample() {
        SampleBatch batch = decode("{\"series\":[{\"metric\":\"cpu_usage_ratio\",\"labels\":{\"service\":\"cart\"},"
                + "\"samples\":[[1700000000000,0.42],[1700000015000,0.40]]}]}");
        assertEquals(1, batch.series().size());
        SeriesSamples s = batch.series().get(0);
        assertEquals(SeriesKey.of("cpu_usage_ratio", "service", "cart"), s.key());
        assertArrayEquals(new long[] {T0, T0 + 15_000}, s.timestampsMs());
        assertArrayEquals(new double[] {0.42, 0.40}, s.values());
    }

    @Test
    void labelsAreOptionalFieldsMayComeInAnyOrderAndValuesMayBeDecimalStrings() {
        SampleBatch batch = decode("{\"series\":[{\"samples\":[[1700000000000,\"1.5e2\"],[1700000001000,3]],"
                + "\"metric\":\"up\"},{\"metric\":\"up\",\"labels\":null,\"samples\":[]}]}".replace(
                "\"metric\":\"up\",\"labels\":null", "\"metric\":\"down\",\"labels\":null"));
        assertEquals(SeriesKey.of("up"), batch.series().get(0).key());
        assertArrayEquals(new double[] {150.0, 3.0}, batch.series().get(0).values());
        assertEquals(SeriesKey.of("down"), batch.series().get(1).key());
        assertEquals(0, batch.series().get(1).size());
    }

    @Test
    void sortsSamplesByTimeAndKeepsIdenticalDuplicatesOnce() {
        SampleBatch batch = decode("{\"series\":[{\"metric\":\"m\",\"samples\":"
                + "[[1700000002000,2],[1700000000000,0],[1700000001000,1],[1700000000000,0]]}]}");
        SeriesSamples s = batch.series().get(0);
        assertArrayEquals(new long[] {T0, T0 + 1000, T0 + 2000}, s.timestampsMs());
        assertArrayEquals(new double[] {0, 1, 2}, s.values());
    }

    @Test
    void readsFromAStream() {
        byte[] body = "{\"series\":[{\"metric\":\"m\",\"samples\":[[1700000000000,1]]}]}".getBytes(StandardCharsets.UTF_8);
        assertEquals(1, decoder.decode(new ByteArrayInputStream(body)).sampleCount());
    }

    @Test
    void structuralErrorsNameTheLocation() {
        assertError("series[0]: missing field \"metric\"", "{\"series\":[{\"samples\":[]}]}");
        assertError("series[1]: missing field \"samples\"",
                "{\"series\":[{\"metric\":\"a\",\"samples\":[]},{\"metric\":\"b\"}]}");
        assertError("missing field \"series\"", "{}");
        assertError("unknown top-level field \"data\" (expected \"series\")", "{\"data\":[]}");
        assertError("series[0]: unknown field \"help\" (expected metric, labels, samples)",
                "{\"series\":[{\"metric\":\"a\",\"help\":\"x\",\"samples\":[]}]}");
        assertError("series[0]: field \"metric\" appears twice",
                "{\"series\":[{\"metric\":\"a\",\"metric\":\"b\",\"samples\":[]}]}");
        assertError("expected a JSON object, found an array", "[]");
        assertError("body is empty, expected a JSON object", "");
        assertError("series: expected an array, found an object", "{\"series\":{}}");
        assertError("series[0]: expected an object, found a number", "{\"series\":[1]}");
        assertError("series[0].metric: expected a string, found a number", "{\"series\":[{\"metric\":1}]}");
        assertError("series[0].samples: expected an array of [timestamp, value] pairs, found a string",
                "{\"series\":[{\"metric\":\"a\",\"samples\":\"x\"}]}");
        assertError("unexpected content after the top-level object", "{\"series\":[]} {}");
        assertError("series[1]: series a{z=\"1\"} already appears at series[0]",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"z\":\"1\"},\"samples\":[]},"
                        + "{\"metric\":\"a\",\"labels\":{\"z\":\"1\"},\"samples\":[]}]}");
    }

    @Test
    void nameErrors() {
        assertError("series[0].metric: \"1abc\" must match [a-zA-Z_:][a-zA-Z0-9_:]*",
                "{\"series\":[{\"metric\":\"1abc\",\"samples\":[]}]}");
        assertError("series[1].labels: label name \"1x\" must match [a-zA-Z_][a-zA-Z0-9_]*",
                "{\"series\":[{\"metric\":\"a\",\"samples\":[]},{\"metric\":\"b\",\"labels\":{\"1x\":\"v\"},\"samples\":[]}]}");
        assertError("series[0].labels: label name \"__name__\" is reserved, use the field \"metric\"",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"__name__\":\"b\"},\"samples\":[]}]}");
        assertError("series[0].labels.zone: expected a string, found a number",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"zone\":1},\"samples\":[]}]}");
        assertError("series[0].labels: label \"a\" appears twice",
                "{\"series\":[{\"metric\":\"m\",\"labels\":{\"a\":\"1\",\"a\":\"2\"},\"samples\":[]}]}");
        assertError("series[0].labels: expected an object of string values, found an array",
                "{\"series\":[{\"metric\":\"m\",\"labels\":[],\"samples\":[]}]}");
    }

    @Test
    void sampleErrorsNameTheElement() {
        assertError("series[0].samples[1][1]: value \"abc\" is not a number", samples("[1700000000000,1],[1700000001000,\"abc\"]"));
        assertError("series[0].samples[0][1]: value true is not a number", samples("[1700000000000,true]"));
        assertError("series[0].samples[0][1]: value \"NaN\" is not a number", samples("[1700000000000,\"NaN\"]"));
        assertError("series[0].samples[0][0]: timestamp \"1700000000000\" is not a number", samples("[\"1700000000000\",1]"));
        assertError("series[0].samples[0][0]: timestamp 1.7E12 must be an integer number of milliseconds",
                samples("[1.7E12,1]"));
        assertError("series[0].samples[0]: expected [timestamp, value], found 1 element", samples("[1700000000000]"));
        assertError("series[0].samples[0]: expected [timestamp, value], found 0 elements", samples("[]"));
        assertError("series[0].samples[0]: expected [timestamp, value], found more than 2 elements",
                samples("[1700000000000,1,2]"));
        assertError("series[0].samples[0]: expected [timestamp, value], found a number", samples("1"));
        assertError("series[0].samples[0]: timestamp 1700000000 ms is out of range [946684800000, 4102444800000]",
                samples("[1700000000,1]"));
        assertError("series[0].samples[0]: value Infinity is not a finite number", samples("[1700000000000,1e999]"));
        assertError("series[0].samples[2]: timestamp 1700000000000 appears again with a different value"
                + " (first at samples[0])", samples("[1700000000000,1],[1700000001000,1],[1700000000000,2]"));
    }

    @Test
    void malformedJsonNamesLineColumnAndPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> decode("{\"series\":[{\"metric\":\"a\",\n\"samples\":[[1700000000000,1],[1700000000000 2]]}]}"));
        assertEquals("series[0].samples[1][1]: malformed JSON at line 2, column 45: Unexpected character ('2' (code 50)):"
                + " was expecting comma to separate Array entries", e.getMessage());
    }

    @Test
    void enforcesCountLimits() {
        IngestLimits small = new IngestLimits(1000, 2, 3, 2, 8, 5, IngestLimits.DEFAULTS.minTimestampMs(),
                IngestLimits.DEFAULTS.maxTimestampMs());
        JsonIngestDecoder strict = new JsonIngestDecoder(small);
        assertError(strict, "series[2]: more than 2 series in one request",
                "{\"series\":[{\"metric\":\"a\",\"samples\":[]},{\"metric\":\"b\",\"samples\":[]},{\"metric\":\"c\",\"samples\":[]}]}");
        assertError(strict, "series[1].samples[1]: more than 3 samples in one request",
                "{\"series\":[{\"metric\":\"a\",\"samples\":[[1700000000000,1],[1700000001000,1]]},"
                        + "{\"metric\":\"b\",\"samples\":[[1700000000000,1],[1700000001000,1]]}]}");
        assertError(strict, "series[0].labels: more than 2 labels",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"x\":\"1\",\"y\":\"1\",\"z\":\"1\"},\"samples\":[]}]}");
        assertError(strict, "series[0].labels: label name \"abcdefghi\" is 9 characters, limit is 8",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"abcdefghi\":\"1\"},\"samples\":[]}]}");
        assertError(strict, "series[0].labels.x: value is 6 characters, limit is 5",
                "{\"series\":[{\"metric\":\"a\",\"labels\":{\"x\":\"123456\"},\"samples\":[]}]}");
    }

    @Test
    void enforcesTheBodySize() {
        IngestLimits tiny = new IngestLimits(20, 10, 10, 2, 8, 5, IngestLimits.DEFAULTS.minTimestampMs(),
                IngestLimits.DEFAULTS.maxTimestampMs());
        JsonIngestDecoder strict = new JsonIngestDecoder(tiny);
        String body = "{\"series\":[{\"metric\":\"a\",\"samples\":[]}]}";
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> strict.decode(body.getBytes(StandardCharsets.UTF_8)));
        assertEquals("body is larger than 20 bytes", e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> strict.decode(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))));
        assertEquals("body is larger than 20 bytes", e.getMessage());
    }

    private static String samples(String pairs) {
        return "{\"series\":[{\"metric\":\"m\",\"samples\":[" + pairs + "]}]}";
    }

    private SampleBatch decode(String json) {
        return decoder.decode(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertError(String expected, String json) {
        assertError(decoder, expected, json);
    }

    private static void assertError(JsonIngestDecoder decoder, String expected, String json) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> decoder.decode(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, e.getMessage());
    }
}
