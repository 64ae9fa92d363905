package io.faultline.ingest.format.remotewrite;

import static io.faultline.ingest.format.remotewrite.ProtoBytes.label;
import static io.faultline.ingest.format.remotewrite.ProtoBytes.sample;
import static io.faultline.ingest.format.remotewrite.ProtoBytes.sampleBits;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.StaleMarker;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RemoteWriteDecoderTest {
    private static final long T0 = 1_700_000_000_000L;
    private static final RemoteWriteDecoder DECODER = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20);

    private static DecodedWrite decode(ProtoBytes request) {
        byte[] message = request.toArray();
        return DECODER.decodeProtobuf(message, 0, message.length);
    }

    private static String error(ProtoBytes request) {
        return assertThrows(InvalidInputException.class, () -> decode(request)).getMessage();
    }

    private static ProtoBytes series(ProtoBytes... parts) {
        ProtoBytes ts = new ProtoBytes();
        for (ProtoBytes p : parts) {
            byte[] b = p.toArray();
            ts.raw(toInts(b));
        }
        return new ProtoBytes().message(1, ts);
    }

    private static int[] toInts(byte[] b) {
        int[] ints = new int[b.length];
        for (int i = 0; i < b.length; i++) {
            ints[i] = b[i] & 0xFF;
        }
        return ints;
    }

    /** One label field of a TimeSeries. */
    private static ProtoBytes l(String name, String value) {
        return new ProtoBytes().message(1, label(name, value));
    }

    /** One sample field of a TimeSeries. */
    private static ProtoBytes s(double value, long t) {
        return new ProtoBytes().message(2, sample(value, t));
    }

    @Test
    void encoderAndDecoderRoundTripThroughSnappy() {
        SampleBatch batch = new SampleBatch(List.of(
                new SeriesSamples(SeriesKey.of("http_requests_total", "job", "api", "code", "200"),
                        new long[] {T0, T0 + 15_000}, new double[] {10, 12.5}),
                new SeriesSamples(SeriesKey.of("cpu:ratio", "instance", "a\"b\u00e9"),
                        new long[] {T0}, new double[] {-0.25})));
        DecodedWrite decoded = DECODER.decode(RemoteWriteEncoder.encode(batch));
        assertEquals(batch, decoded.batch());
        assertEquals(Map.of(), decoded.dropped());
        assertEquals(0, decoded.reorderedSamples());
    }

    @Test
    void staleMarkersNanAndInfinitiesAreCountedNotStored() {
        DecodedWrite d = decode(series(l("__name__", "up"),
                new ProtoBytes().message(2, sampleBits(StaleMarker.BITS, T0)),
                new ProtoBytes().message(2, sampleBits(0x7ff8000000000001L, T0 + 1)),
                s(Double.POSITIVE_INFINITY, T0 + 2), s(Double.NEGATIVE_INFINITY, T0 + 3),
                s(1, T0 + 4), s(2, 5)));
        assertEquals(List.of(new SeriesSamples(SeriesKey.of("up"), new long[] {T0 + 4}, new double[] {1})),
                d.batch().series());
        assertEquals(Map.of(DropReason.STALE_MARKER, 1, DropReason.NAN, 1, DropReason.INFINITE, 2,
                DropReason.TIMESTAMP_OUT_OF_RANGE, 1), d.dropped());
        assertEquals(5, d.droppedTotal());
    }

    @Test
    void staleMarkersAreListedBySeriesForThePipeline() {
        DecodedWrite d = decode(new ProtoBytes()
                .raw(toInts(series(l("__name__", "up"), l("job", "a"), s(1, T0),
                        new ProtoBytes().message(2, sampleBits(StaleMarker.BITS, T0 + 30))).toArray()))
                .raw(toInts(series(new ProtoBytes().message(2, sampleBits(StaleMarker.BITS, T0 + 15)),
                        new ProtoBytes().message(2, sampleBits(StaleMarker.BITS, 5)), // outside the timestamp limits
                        l("__name__", "up"), l("job", "b")).toArray()))
                .raw(toInts(series(l("__name__", "up"), l("job", "c"), s(2, T0)).toArray())));
        assertEquals(List.of(
                new SeriesSamples(SeriesKey.of("up", "job", "a"), new long[] {T0 + 30}, new double[] {StaleMarker.VALUE}),
                new SeriesSamples(SeriesKey.of("up", "job", "b"), new long[] {T0 + 15}, new double[] {StaleMarker.VALUE})),
                d.staleMarkers());
        assertEquals(3, d.dropped(DropReason.STALE_MARKER));
        assertEquals(2, d.batch().series().size());
        assertEquals(List.of(), decode(series(l("__name__", "up"), s(1, T0))).staleMarkers());
    }

    @Test
    void samplesAreSortedDuplicatesDroppedAndRepeatedSeriesMerged() {
        DecodedWrite d = decode(new ProtoBytes()
                .raw(toInts(series(l("__name__", "m"), l("a", "1"), s(3, T0 + 3), s(1, T0 + 1), s(9, T0 + 3)).toArray()))
                .raw(toInts(series(l("a", "1"), l("__name__", "m"), s(2, T0 + 2), s(0, T0)).toArray())));
        SeriesSamples only = d.batch().series().get(0);
        assertEquals(1, d.batch().series().size());
        assertArrayEquals(new long[] {T0, T0 + 1, T0 + 2, T0 + 3}, only.timestampsMs());
        assertArrayEquals(new double[] {0, 1, 2, 3}, only.values());
        assertEquals(3, d.reorderedSamples()); // T0+1, T0+2, T0 arrived after a newer sample
        assertEquals(Map.of(DropReason.DUPLICATE_TIMESTAMP, 1), d.dropped());
    }

    @Test
    void unknownFieldsMetadataExemplarsAndHistogramsAreSkipped() {
        ProtoBytes sampleWithExtras = new ProtoBytes().int64(2, T0).tag(7, 5).raw(1, 2, 3, 4).fixed64(1, Double.doubleToLongBits(4.5))
                .string(9, "future");
        DecodedWrite d = decode(new ProtoBytes()
                .message(3, new ProtoBytes().int64(1, 1).string(2, "up").string(4, "help"))
                .int64(15, 12345)
                .raw(toInts(series(l("__name__", "up"), new ProtoBytes().message(2, sampleWithExtras),
                        new ProtoBytes().message(3, new ProtoBytes().fixed64(2, 1)),
                        new ProtoBytes().message(4, new ProtoBytes().int64(1, 3)),
                        new ProtoBytes().fixed64(6, 7)).toArray())));
        assertEquals(List.of(new SeriesSamples(SeriesKey.of("up"), new long[] {T0}, new double[] {4.5})), d.batch().series());
        assertEquals(1, d.exemplars());
        assertEquals(Map.of(DropReason.NATIVE_HISTOGRAM, 1), d.dropped());
    }

    @Test
    void cachedKeysGiveTheSameSeriesAndLabelsOutsideTheFirstRunStillCount() {
        RemoteWriteDecoder cached = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20, 10);
        ProtoBytes plain = series(l("__name__", "m"), l("a", "1"), s(1, T0));
        ProtoBytes split = series(l("__name__", "m"), l("a", "1"), s(2, T0), l("b", "2"));
        ProtoBytes splitBad = series(l("__name__", "m"), l("a", "1"), s(2, T0), l("b-", "2"));
        for (int round = 0; round < 2; round++) {
            byte[] a = plain.toArray();
            assertEquals(SeriesKey.of("m", "a", "1"), cached.decodeProtobuf(a, 0, a.length).batch().series().get(0).key());
            byte[] b = split.toArray();
            assertEquals(SeriesKey.of("m", "a", "1", "b", "2"), cached.decodeProtobuf(b, 0, b.length).batch().series().get(0).key());
            byte[] c = splitBad.toArray();
            assertEquals("timeseries[0]: label name 'b-' must match [a-zA-Z_][a-zA-Z0-9_]*, at byte 0",
                    assertThrows(InvalidInputException.class, () -> cached.decodeProtobuf(c, 0, c.length)).getMessage());
        }
        // A label with a two-byte tag (0x8a 0x00, still field 1) before the usual run: not served from the cache.
        byte[] b2 = label("b", "2").toArray();
        ProtoBytes odd = new ProtoBytes().raw(0x8a, 0x00).varint(b2.length).raw(toInts(b2));
        byte[] oddTag = series(odd, l("__name__", "m"), l("a", "1"), s(1, T0)).toArray();
        assertEquals(SeriesKey.of("m", "a", "1", "b", "2"),
                cached.decodeProtobuf(oddTag, 0, oddTag.length).batch().series().get(0).key());
        RemoteWriteDecoder tiny = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20, 1);
        for (String name : List.of("x", "y", "x")) {
            byte[] m = series(l("__name__", name), s(1, T0)).toArray();
            assertEquals(SeriesKey.of(name), tiny.decodeProtobuf(m, 0, m.length).batch().series().get(0).key());
        }
    }

    @Test
    void absentValueIsZeroAsProto3Says() {
        DecodedWrite d = decode(series(l("__name__", "up"), new ProtoBytes().message(2, new ProtoBytes().int64(2, T0))));
        assertArrayEquals(new double[] {0}, d.batch().series().get(0).values());
    }

    @Test
    void emptyRequestIsAnEmptyBatch() {
        assertEquals(0, decode(new ProtoBytes()).batch().series().size());
    }

    @Test
    void malformedWireFormatNamesTheProblemAndOffset() {
        assertEquals("malformed protobuf at byte 0: truncated varint", error(new ProtoBytes().raw(0x80)));
        assertEquals("malformed protobuf at byte 1: malformed varint (longer than 10 bytes)",
                error(new ProtoBytes().raw(0x78).raw(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01)));
        assertEquals("malformed protobuf at byte 1: length 100 runs past the end of the enclosing message (3 bytes left)",
                error(new ProtoBytes().tag(1, 2).varint(100).raw(1, 2, 3)));
        assertEquals("malformed protobuf at byte 0: WriteRequest.timeseries (field 1) has wire type 0, expected 2",
                error(new ProtoBytes().int64(1, 5)));
        assertEquals("malformed protobuf at byte 0: unsupported wire type 3 (groups are not used by remote_write)",
                error(new ProtoBytes().tag(2, 3)));
        assertEquals("malformed protobuf at byte 0: invalid field number 0", error(new ProtoBytes().raw(0x02, 0x00)));
        assertEquals("malformed protobuf at byte 2: timeseries[0].samples (field 2) has wire type 1, expected 2",
                error(new ProtoBytes().message(1, new ProtoBytes().fixed64(2, 1))));
        assertEquals("malformed protobuf at byte 4: timeseries[0] sample value (field 1) has wire type 0, expected 1",
                error(series(new ProtoBytes().message(2, new ProtoBytes().int64(1, 1)))));
        assertEquals("malformed protobuf at byte 5: truncated 64-bit value (2 of 8 bytes left)",
                error(series(new ProtoBytes().message(2, new ProtoBytes().tag(1, 1).raw(1, 2)))));
    }

    @Test
    void labelRulesAndLimitsRejectTheRequest() {
        assertEquals("timeseries[0]: no __name__ label (the metric name is required), at byte 0",
                error(series(l("job", "a"), s(1, T0))));
        assertEquals("timeseries[0]: label name 'bad-name' must match [a-zA-Z_][a-zA-Z0-9_]*, at byte 0",
                error(series(l("__name__", "up"), l("bad-name", "x"), s(1, T0))));
        assertEquals("timeseries[0]: duplicate label name 'job', at byte 0",
                error(series(l("__name__", "up"), l("job", "x"), l("job", "y"))));
        assertEquals("timeseries[0]: metric name '1up' must match [a-zA-Z_:][a-zA-Z0-9_:]*, at byte 0",
                error(series(l("__name__", "1up"))));
        assertEquals("timeseries[0]: a label has no name, at byte 2", error(series(new ProtoBytes().message(1,
                new ProtoBytes().string(2, "v")))));
        ProtoBytes many = new ProtoBytes().raw(toInts(l("__name__", "up").toArray()));
        for (int i = 0; i < 40; i++) {
            many.raw(toInts(l("l" + i, "v").toArray()));
        }
        assertEquals("timeseries[0]: more than 32 labels besides __name__ (limit ingest.maxLabelsPerSeries), at byte 329",
                error(series(many)));
        assertEquals("timeseries[0]: label 'job' has a value of 2000 characters, limit is 1024, at byte 3",
                error(series(l("job", "x".repeat(2000)))));
    }

    @Test
    void seriesAndSampleLimits() {
        RemoteWriteDecoder small = new RemoteWriteDecoder(new IngestLimits(1 << 20, 2, 3, 32, 128, 1024,
                IngestLimits.DEFAULTS.minTimestampMs(), IngestLimits.DEFAULTS.maxTimestampMs()), 1 << 20);
        byte[] threeSeries = new ProtoBytes().raw(toInts(series(l("__name__", "a")).toArray()))
                .raw(toInts(series(l("__name__", "b")).toArray())).raw(toInts(series(l("__name__", "c")).toArray())).toArray();
        assertEquals("timeseries[2]: more than 2 series in one request (limit ingest.maxSeriesPerRequest), at byte 34",
                assertThrows(InvalidInputException.class, () -> small.decodeProtobuf(threeSeries, 0, threeSeries.length)).getMessage());
        byte[] fourSamples = series(l("__name__", "a"), s(1, T0), s(2, T0 + 1), s(3, T0 + 2), s(4, T0 + 3)).toArray();
        assertEquals("timeseries[0]: more than 3 samples in one request (limit ingest.maxSamplesPerRequest), at byte 71",
                assertThrows(InvalidInputException.class, () -> small.decodeProtobuf(fourSamples, 0, fourSamples.length)).getMessage());
    }
}
