package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.format.protobuf.ProtoReader;
import io.faultline.ingest.format.protobuf.ProtoWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Writes a batch as a remote_write 1.0 body, as Prometheus sends it: a {@code prometheus.WriteRequest}
 * with one TimeSeries per series ({@code __name__} first, then the labels by name), compressed with snappy
 * in the block format. What {@link RemoteWriteDecoder} reads; used by tests and load generators.
 * The sizes are computed first, so the message is written into one exactly sized array.
 */
public final class RemoteWriteEncoder {
    private RemoteWriteEncoder() {
    }

    /** The HTTP body: the WriteRequest, snappy-compressed. */
    public static byte[] encode(SampleBatch batch) {
        return SnappyBlock.compress(encodeProtobuf(batch));
    }

    /** Snappy block compression of any bytes, e.g. a hand-made WriteRequest. */
    public static byte[] compress(byte[] message) {
        return SnappyBlock.compress(message);
    }

    /** The uncompressed WriteRequest. */
    public static byte[] encodeProtobuf(SampleBatch batch) {
        int total = 0;
        for (SeriesSamples s : batch.series()) {
            total += lengthDelimited(timeSeriesSize(s));
        }
        ProtoWriter w = new ProtoWriter(total);
        for (SeriesSamples s : batch.series()) {
            w.tag(1, ProtoReader.LEN);
            w.varint(timeSeriesSize(s));
            SeriesKey key = s.key();
            label(w, "__name__", key.metric());
            for (Map.Entry<String, String> e : key.labels().entrySet()) {
                label(w, e.getKey(), e.getValue());
            }
            for (int i = 0; i < s.size(); i++) {
                w.tag(2, ProtoReader.LEN);
                w.varint(sampleSize(s.timestampsMs()[i]));
                w.tag(1, ProtoReader.FIXED64);
                w.fixed64(Double.doubleToRawLongBits(s.values()[i]));
                w.tag(2, ProtoReader.VARINT);
                w.varint(s.timestampsMs()[i]);
            }
        }
        if (w.position() != total) {
            throw new IllegalStateException("WriteRequest size computed as " + total + ", wrote " + w.position());
        }
        return w.toByteArray();
    }

    private static void label(ProtoWriter w, String name, String value) {
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        byte[] v = value.getBytes(StandardCharsets.UTF_8);
        w.tag(1, ProtoReader.LEN);
        w.varint(lengthDelimited(n.length) + lengthDelimited(v.length));
        w.bytesField(1, n);
        w.bytesField(2, v);
    }

    private static int timeSeriesSize(SeriesSamples s) {
        int size = labelSize("__name__", s.key().metric());
        for (Map.Entry<String, String> e : s.key().labels().entrySet()) {
            size += labelSize(e.getKey(), e.getValue());
        }
        for (long t : s.timestampsMs()) {
            size += lengthDelimited(sampleSize(t));
        }
        return size;
    }

    private static int labelSize(String name, String value) {
        return lengthDelimited(lengthDelimited(utf8Length(name)) + lengthDelimited(utf8Length(value)));
    }

    private static int sampleSize(long timestampMs) {
        return 1 + 8 + 1 + ProtoWriter.varintSize(timestampMs);
    }

    /** A one-byte tag, the length prefix and the payload. */
    private static int lengthDelimited(int payload) {
        return 1 + ProtoWriter.varintSize(payload) + payload;
    }

    private static int utf8Length(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }
}
