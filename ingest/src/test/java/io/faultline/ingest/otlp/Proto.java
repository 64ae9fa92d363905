package io.faultline.ingest.otlp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes protobuf messages field by field, for building test requests. Field numbers come from
 * opentelemetry-proto v1; {@link Otlp} names them.
 */
final class Proto {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static Proto message() {
        return new Proto();
    }

    Proto varint(int field, long v) {
        tag(field, 0);
        writeVarint(v);
        return this;
    }

    Proto fixed64(int field, long v) {
        tag(field, 1);
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
        return this;
    }

    Proto dbl(int field, double v) {
        return fixed64(field, Double.doubleToRawLongBits(v));
    }

    Proto string(int field, String s) {
        return bytes(field, s.getBytes(StandardCharsets.UTF_8));
    }

    Proto bytes(int field, byte[] b) {
        tag(field, 2);
        writeVarint(b.length);
        out.writeBytes(b);
        return this;
    }

    Proto message(int field, Proto m) {
        return bytes(field, m.toBytes());
    }

    Proto packedFixed64(int field, long... values) {
        Proto packed = new Proto();
        for (long v : values) {
            for (int i = 0; i < 8; i++) {
                packed.out.write((int) (v >>> (8 * i)));
            }
        }
        return bytes(field, packed.toBytes());
    }

    Proto packedDouble(int field, double... values) {
        long[] bits = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            bits[i] = Double.doubleToRawLongBits(values[i]);
        }
        return packedFixed64(field, bits);
    }

    byte[] toBytes() {
        return out.toByteArray();
    }

    private void tag(int field, int wireType) {
        writeVarint(((long) field << 3) | wireType);
    }

    private void writeVarint(long v) {
        while ((v & ~0x7fL) != 0) {
            out.write((int) ((v & 0x7f) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }
}
