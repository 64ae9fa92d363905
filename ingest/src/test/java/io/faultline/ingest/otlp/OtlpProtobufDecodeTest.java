package io.faultline.ingest.otlp;

import static io.faultline.ingest.otlp.Otlp.T0_NS;
import static io.faultline.ingest.otlp.Otlp.attr;
import static io.faultline.ingest.otlp.Otlp.attrs;
import static io.faultline.ingest.otlp.Otlp.doublePoint;
import static io.faultline.ingest.otlp.Otlp.gauge;
import static io.faultline.ingest.otlp.Otlp.histogram;
import static io.faultline.ingest.otlp.Otlp.histogramPoint;
import static io.faultline.ingest.otlp.Otlp.intPoint;
import static io.faultline.ingest.otlp.Otlp.request;
import static io.faultline.ingest.otlp.Otlp.resourceMetrics;
import static io.faultline.ingest.otlp.Otlp.sum;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OtlpProtobufDecodeTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0_MS = T0_NS / 1_000_000;
    private static final Proto[] CART = attrs(attr("service.name", "cart"), attr("k8s.pod.name", "cart-1"));

    private static Map<String, SeriesSamples> byKey(OtlpDecodeResult result) {
        return result.batch().series().stream()
                .collect(Collectors.toMap(s -> s.key().toString(), s -> s, (a, b) -> a, TreeMap::new));
    }

    @Test
    void gaugesSumsAndCountersWithResourceAndPointLabels() {
        byte[] body = request(resourceMetrics(CART,
                gauge("queue.size", "{item}", doublePoint(T0_NS, 3.5, attr("queue.name", "orders"))),
                sum("http.server.requests", "{request}", 2, true,
                        intPoint(T0_NS, 100, attr("http.route", "/cart")), intPoint(T0_NS + 15 * SECOND, 130, attr("http.route", "/cart"))),
                sum("db.connections", "", 2, false, intPoint(T0_NS, 7)),
                sum("jobs.done", "", 1, true, intPoint(T0_NS, 4))));

        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(body);

        assertEquals(5, result.acceptedPoints());
        assertEquals(0, result.rejectedPoints());
        assertEquals("", result.message());
        Map<String, SeriesSamples> series = byKey(result);
        assertEquals(java.util.List.of(
                "db_connections{k8s_pod_name=\"cart-1\",service=\"cart\"}",
                "http_server_requests_total{http_route=\"/cart\",k8s_pod_name=\"cart-1\",service=\"cart\"}",
                "jobs_done{k8s_pod_name=\"cart-1\",service=\"cart\"}",
                "queue_size{k8s_pod_name=\"cart-1\",queue_name=\"orders\",service=\"cart\"}"), java.util.List.copyOf(series.keySet()));
        SeriesSamples requests = series.get("http_server_requests_total{http_route=\"/cart\",k8s_pod_name=\"cart-1\",service=\"cart\"}");
        assertArrayEquals(new long[] {T0_MS, T0_MS + 15_000}, requests.timestampsMs());
        assertArrayEquals(new double[] {100, 130}, requests.values(), "the store gets the raw counter");
        assertArrayEquals(new double[] {3.5}, series.get("queue_size{k8s_pod_name=\"cart-1\",queue_name=\"orders\",service=\"cart\"}").values());
        assertArrayEquals(new double[] {4}, series.get("jobs_done{k8s_pod_name=\"cart-1\",service=\"cart\"}").values(),
                "a delta sum is stored as the interval's increase, without _total");
    }

    @Test
    void cumulativeHistogramsBecomeQuantilesOfEachInterval() {
        OtlpMetricsDecoder decoder = new OtlpMetricsDecoder(IngestLimits.DEFAULTS);
        double[] bounds = {100, 500, 1000};
        long start = T0_NS - 60 * SECOND;
        OtlpDecodeResult first = decoder.decodeProtobuf(request(resourceMetrics(CART,
                histogram("http.server.duration", "ms", 2, histogramPoint(start, T0_NS, bounds, new long[] {5, 5, 5, 5})))));
        assertEquals(1, first.acceptedPoints());
        assertEquals(0, first.batch().sampleCount(), "the first cumulative point has no interval yet");

        // the next 100 observations: 10 below 100 ms, 30 in (100, 500], 50 in (500, 1000], 10 above
        OtlpDecodeResult second = decoder.decodeProtobuf(request(resourceMetrics(CART,
                histogram("http.server.duration", "ms", 2, histogramPoint(start, T0_NS + 15 * SECOND, bounds, new long[] {15, 35, 55, 15})))));
        Map<String, SeriesSamples> series = byKey(second);
        String labels = "{k8s_pod_name=\"cart-1\",service=\"cart\"}";
        assertEquals(java.util.List.of("http_server_duration_milliseconds_p50" + labels, "http_server_duration_milliseconds_p90" + labels,
                "http_server_duration_milliseconds_p99" + labels), java.util.List.copyOf(series.keySet()));
        assertEquals(600.0, series.get("http_server_duration_milliseconds_p50" + labels).values()[0], 1e-9);
        assertEquals(1000.0, series.get("http_server_duration_milliseconds_p90" + labels).values()[0], 1e-9);
        assertEquals(1000.0, series.get("http_server_duration_milliseconds_p99" + labels).values()[0], 1e-9);
        assertEquals(T0_MS + 15_000, series.get("http_server_duration_milliseconds_p50" + labels).timestampsMs()[0]);

        OtlpDecodeResult quiet = decoder.decodeProtobuf(request(resourceMetrics(CART,
                histogram("http.server.duration", "ms", 2, histogramPoint(start, T0_NS + 30 * SECOND, bounds, new long[] {15, 35, 55, 15})))));
        assertEquals(0, quiet.batch().sampleCount(), "no observation in the interval, no quantile");
    }

    @Test
    void deltaHistogramsAreTheirOwnInterval() {
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(request(resourceMetrics(CART,
                histogram("rpc.duration", "s", 1, histogramPoint(T0_NS - SECOND, T0_NS, new double[] {0.1, 0.5, 1}, new long[] {10, 30, 50, 10})))));
        Map<String, SeriesSamples> series = byKey(result);
        assertEquals(0.6, series.get("rpc_duration_seconds_p50{k8s_pod_name=\"cart-1\",service=\"cart\"}").values()[0], 1e-12);
    }

    @Test
    void noRecordedValueBecomesAStalenessMarker() {
        Proto flagged = Proto.message().fixed64(3, T0_NS).varint(8, 1);
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(request(resourceMetrics(CART,
                gauge("queue.size", "", flagged))));
        assertEquals(1, result.acceptedPoints());
        assertTrue(StaleMarker.isStale(result.batch().series().get(0).values()[0]));
    }

    @Test
    void badPointsAreRejectedAloneWithTheirPath() {
        byte[] body = request(resourceMetrics(CART,
                gauge("ok", "", doublePoint(T0_NS, 1)),
                gauge("no.time", "", Proto.message().dbl(4, 1)),
                gauge("old", "", doublePoint(1000, 1)),
                gauge("no.value", "", Proto.message().fixed64(3, T0_NS)),
                gauge("nan", "", doublePoint(T0_NS, Double.NaN)),
                histogram("bad.buckets", "s", 2, histogramPoint(0, T0_NS, new double[] {1}, new long[] {1, 1, 1})),
                sum("no.temporality", "", 0, true, intPoint(T0_NS, 1)),
                Otlp.metric("exp", "", 10, Proto.message().message(1, Proto.message().fixed64(3, T0_NS)).varint(2, 2)),
                Otlp.metric("summary", "", 11, Proto.message().message(1, Proto.message().fixed64(3, T0_NS)))));

        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(body);

        assertEquals(2, result.acceptedPoints(), "ok, and the exponential histogram's first cumulative point");
        assertEquals(7, result.rejectedPoints());
        assertEquals("7 data points rejected: "
                + "resourceMetrics[0].scopeMetrics[0].metrics[1].gauge.dataPoints[0].timeUnixNano: missing; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[2].gauge.dataPoints[0].timeUnixNano: 1000 ns is out of range [946684800000, 4102444800000] ms; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[3].gauge.dataPoints[0]: has neither asDouble nor asInt; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[4].gauge.dataPoints[0]: value NaN is not a finite number; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[5].histogram.dataPoints[0]: 3 bucketCounts for 1 explicitBounds (must be one more); ...",
                result.message());
        assertEquals(1, result.batch().series().size());
    }

    @Test
    void unsupportedTypesBadExponentialBucketsAndLabelLimitsAreNamed() {
        IngestLimits limits = new IngestLimits(1 << 20, 100, 1000, 3, 128, 1024, 0, Long.MAX_VALUE);
        byte[] body = request(resourceMetrics(CART,
                Otlp.metric("exp", "", 10, Proto.message().message(1, Proto.message().fixed64(3, T0_NS).varint(6, 42)).varint(2, 1)),
                Otlp.metric("summary", "", 11, Proto.message().message(1, Proto.message().fixed64(3, T0_NS))),
                gauge("wide", "", doublePoint(T0_NS, 1, attr("a", "1"), attr("b", "2")))));
        OtlpDecodeResult result = new OtlpMetricsDecoder(limits).decodeProtobuf(body);
        assertEquals(3, result.rejectedPoints());
        assertEquals("3 data points rejected: "
                + "resourceMetrics[0].scopeMetrics[0].metrics[0].exponentialHistogram.dataPoints[0]: scale 21 is outside [-10, 20]; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[1].summary (summary): summaries are not supported; export histograms; "
                + "resourceMetrics[0].scopeMetrics[0].metrics[2].gauge.dataPoints[0]: series wide has 4 labels, limit is 3",
                result.message());
    }

    /**
     * ExponentialHistogramDataPoint { time_unix_nano = 3; sint32 scale = 6; fixed64 zero_count = 7;
     * Buckets positive = 8 { sint32 offset = 1; repeated uint64 bucket_counts = 2; }; double zero_threshold = 14; }
     */
    private static Proto exponentialPoint(long timeNs, int scale, long zeroCount, int offset, long... counts) {
        Proto buckets = Proto.message().varint(1, (offset << 1) ^ (offset >> 31));
        return Proto.message().fixed64(2, T0_NS - 60 * SECOND).fixed64(3, timeNs).varint(6, (scale << 1) ^ (scale >> 31))
                .fixed64(7, zeroCount).message(8, buckets.bytes(2, packedVarints(counts))).dbl(14, 0);
    }

    private static byte[] packedVarints(long... values) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (long v : values) {
            while ((v & ~0x7fL) != 0) {
                out.write((int) ((v & 0x7f) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
        return out.toByteArray();
    }

    @Test
    void cumulativeExponentialHistogramsBecomeQuantilesOfEachInterval() {
        OtlpMetricsDecoder decoder = new OtlpMetricsDecoder(IngestLimits.DEFAULTS);
        Proto first = exponentialPoint(T0_NS, 1, 0, 2, 1);            // scale 1: index 2 is (2, 2.83]
        Proto second = exponentialPoint(T0_NS + 15 * SECOND, 0, 0, 1, 5, 4); // scale 0: (2, 4] and (4, 8]
        assertEquals(0, decoder.decodeProtobuf(request(resourceMetrics(CART,
                Otlp.metric("rpc.duration", "s", 10, Proto.message().message(1, first).varint(2, 2))))).batch().sampleCount());
        OtlpDecodeResult result = decoder.decodeProtobuf(request(resourceMetrics(CART,
                Otlp.metric("rpc.duration", "s", 10, Proto.message().message(1, second).varint(2, 2)))));
        // interval at scale 0: (2, 4] 5 - 1 = 4, (4, 8] 4; rank 4 of 8 is the top of (2, 4]
        Map<String, SeriesSamples> series = byKey(result);
        assertEquals(4.0, series.get("rpc_duration_seconds_p50{k8s_pod_name=\"cart-1\",service=\"cart\"}").values()[0], 1e-12);
        // rank 7.92: 3.92 of the 4 into (4, 8]
        assertEquals(7.92, series.get("rpc_duration_seconds_p99{k8s_pod_name=\"cart-1\",service=\"cart\"}")
                .values()[0], 1e-12);
    }

    @Test
    void requestWideLimitsRefuseTheWholeRequest() {
        IngestLimits limits = new IngestLimits(1 << 20, 100, 2, 32, 128, 1024, 0, Long.MAX_VALUE);
        byte[] body = request(resourceMetrics(CART, gauge("g", "", doublePoint(T0_NS, 1), doublePoint(T0_NS + SECOND, 2),
                doublePoint(T0_NS + 2 * SECOND, 3))));
        assertEquals("resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[2]: more than 2 samples in one request",
                assertThrows(InvalidInputException.class, () -> new OtlpMetricsDecoder(limits).decodeProtobuf(body)).getMessage());
        IngestLimits tiny = new IngestLimits(10, 100, 2, 32, 128, 1024, 0, Long.MAX_VALUE);
        assertEquals("body is larger than 10 bytes",
                assertThrows(InvalidInputException.class, () -> new OtlpMetricsDecoder(tiny).decodeProtobuf(body)).getMessage());
    }

    @Test
    void sameMillisecondTwiceKeepsEqualValuesAndRejectsDifferentOnes() {
        byte[] body = request(resourceMetrics(CART, gauge("g", "", doublePoint(T0_NS, 1), doublePoint(T0_NS + 10, 1),
                doublePoint(T0_NS + 20, 2))));
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(body);
        assertEquals(2, result.acceptedPoints());
        assertEquals(1, result.rejectedPoints());
        assertEquals("1 data point rejected: resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[2]: series "
                + "g{k8s_pod_name=\"cart-1\",service=\"cart\"} already has another value at " + T0_MS + " ms", result.message());
        assertArrayEquals(new double[] {1}, result.batch().series().get(0).values());
    }

    @Test
    void attributeValuesOfEveryKindBecomeStrings() {
        Proto anyArray = Proto.message().message(5, Proto.message()
                .message(1, Proto.message().string(1, "x"))
                .message(1, Proto.message().varint(3, 2))
                .message(1, Proto.message().message(6, Proto.message().message(1, Proto.message().string(1, "k")
                        .message(2, Proto.message().varint(2, 1))))));
        byte[] body = request(resourceMetrics(attrs(attr("service.name", "cart"), attr("dup.key", "a"), attr("dup_key", "b")),
                gauge("g", "", doublePoint(T0_NS, 1,
                        attr("int", Proto.message().varint(3, -5)),
                        attr("bool", Proto.message().varint(2, 1)),
                        attr("double", Proto.message().dbl(4, 0.25)),
                        attr("bytes", Proto.message().bytes(7, new byte[] {1, 2, 3})),
                        attr("list", anyArray),
                        attr("", "dropped")))));
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(body);
        SeriesKey key = result.batch().series().get(0).key();
        assertEquals("g{bool=\"true\",bytes=\"AQID\",double=\"0.25\",dup_key=\"a;b\",int=\"-5\","
                + "list=\"[\\\"x\\\",2,{\\\"k\\\":true}]\",service=\"cart\"}", key.toString());
    }

    @Test
    void unknownFieldsAreSkippedAndPackedOrUnpackedRepeatsAreRead() {
        Proto point = Proto.message().fixed64(2, 0).fixed64(3, T0_NS).fixed64(4, 4)
                .fixed64(6, 1).fixed64(6, 3).dbl(7, 1.0) // unpacked bucket counts and bound
                .string(99, "from a newer proto").varint(100, 7);
        Proto metric = Otlp.metric("h", "", 9, Proto.message().message(1, point).varint(2, 1).fixed64(42, 0));
        OtlpDecodeResult result = new OtlpMetricsDecoder(IngestLimits.DEFAULTS).decodeProtobuf(request(resourceMetrics(CART, metric)));
        assertEquals(0, result.rejectedPoints(), result.message());
        assertEquals(1.0, byKey(result).get("h_p50{k8s_pod_name=\"cart-1\",service=\"cart\"}").values()[0]);
    }

    @Test
    void malformedProtobufIsRefusedWhole() {
        byte[] good = request(resourceMetrics(CART, gauge("g", "", doublePoint(T0_NS, 1))));
        OtlpMetricsDecoder decoder = new OtlpMetricsDecoder(IngestLimits.DEFAULTS);
        assertEquals("malformed protobuf at byte 1: length " + (good.length - 3) + " runs past the end of the enclosing message ("
                + (good.length - 6) + " bytes left)", assertThrows(InvalidInputException.class,
                () -> decoder.decodeProtobuf(Arrays.copyOf(good, good.length - 3))).getMessage());
        assertEquals("malformed protobuf at byte 0: unsupported wire type 7 (groups are not used by OTLP)",
                assertThrows(InvalidInputException.class, () -> decoder.decodeProtobuf(new byte[] {0x0f})).getMessage());
        assertEquals("malformed protobuf at byte 0: malformed varint (longer than 10 bytes)", assertThrows(InvalidInputException.class,
                () -> decoder.decodeProtobuf(new byte[] {(byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80,
                        (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, (byte) 0x80, 1})).getMessage());
        byte[] wrongType = request(resourceMetrics(CART, gauge("g", "", Proto.message().varint(3, 5))));
        assertEquals("malformed protobuf at byte 102: resourceMetrics[0].scopeMetrics[0].metrics[0].gauge.dataPoints[0]"
                        + ".timeUnixNano has wire type 0, expected 1",
                assertThrows(InvalidInputException.class, () -> decoder.decodeProtobuf(wrongType)).getMessage());
        assertEquals(0, decoder.decodeProtobuf(new byte[0]).batch().sampleCount(), "an empty request is valid");
    }
}
