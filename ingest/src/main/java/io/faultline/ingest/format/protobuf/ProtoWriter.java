package io.faultline.ingest.format.protobuf;

import java.util.Arrays;

/**
 * Writes protobuf wire format (https://protobuf.dev/programming-guides/encoding/) into a byte array: tags,
 * varints, fixed 64-bit values and length-delimited fields; the counterpart of {@link ProtoReader} for the
 * few messages this module writes (remote_write bodies, OTLP responses). The array grows when it must, but
 * a writer given the exact size up front (remote_write computes it first) hands that array back uncopied.
 * Not thread-safe; one per message.
 */
public final class ProtoWriter {
    private byte[] buf;
    private int pos;

    /** A writer whose array starts at {@code capacity} bytes. */
    public ProtoWriter(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        this.buf = new byte[capacity];
    }

    /** How many bytes have been written. */
    public int position() {
        return pos;
    }

    /** A tag: {@code field << 3 | wireType}, as a varint. */
    public void tag(int field, int wireType) {
        varint((long) field << 3 | wireType);
    }

    public void varint(long v) {
        ensure(varintSize(v)); // not a flat 10: an exactly sized array must not grow for its last varint
        while ((v & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[pos++] = (byte) v;
    }

    /** Little-endian, as {@code fixed64}, {@code sfixed64} and {@code double} are written. */
    public void fixed64(long v) {
        ensure(8);
        for (int i = 0; i < 8; i++) {
            buf[pos++] = (byte) (v >>> (8 * i));
        }
    }

    /** A length-delimited value after its tag: the length prefix, then the bytes. */
    public void bytes(byte[] b) {
        varint(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, pos, b.length);
        pos += b.length;
    }

    /** A whole length-delimited field: its tag, the length prefix and the bytes. */
    public void bytesField(int field, byte[] b) {
        tag(field, ProtoReader.LEN);
        bytes(b);
    }

    /** The bytes written: the array itself when it was filled exactly, else a copy of its written part. */
    public byte[] toByteArray() {
        return pos == buf.length ? buf : Arrays.copyOf(buf, pos);
    }

    /** How many bytes {@link #varint} writes for {@code v}. */
    public static int varintSize(long v) {
        int n = 1;
        while ((v & ~0x7FL) != 0) {
            v >>>= 7;
            n++;
        }
        return n;
    }

    private void ensure(int n) {
        if (buf.length - pos < n) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
