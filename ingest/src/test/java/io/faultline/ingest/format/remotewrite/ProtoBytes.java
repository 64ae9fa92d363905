package io.faultline.ingest.format.remotewrite;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Builds protobuf wire-format bytes by hand, so tests can write exactly the (mal)formed message they need. */
final class ProtoBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtoBytes tag(int field, int wireType) {
        return varint((long) field << 3 | wireType);
    }

    ProtoBytes varint(long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
        return this;
    }

    ProtoBytes raw(int... bytes) {
        for (int b : bytes) {
            out.write(b);
        }
        return this;
    }

    ProtoBytes fixed64(int field, long v) {
        tag(field, 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)) & 0xFF);
        }
        return this;
    }

    ProtoBytes int64(int field, long v) {
        return tag(field, 0).varint(v);
    }

    ProtoBytes string(int field, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        tag(field, 2).varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    ProtoBytes message(int field, ProtoBytes inner) {
        byte[] b = inner.toArray();
        tag(field, 2).varint(b.length);
        out.write(b, 0, b.length);
        return this;
    }

    byte[] toArray() {
        return out.toByteArray();
    }

    /** A Label message. */
    static ProtoBytes label(String name, String value) {
        return new ProtoBytes().string(1, name).string(2, value);
    }

    /** A Sample message. */
    static ProtoBytes sample(double value, long timestampMs) {
        return sampleBits(Double.doubleToRawLongBits(value), timestampMs);
    }

    static ProtoBytes sampleBits(long bits, long timestampMs) {
        return new ProtoBytes().fixed64(1, bits).int64(2, timestampMs);
    }
}
