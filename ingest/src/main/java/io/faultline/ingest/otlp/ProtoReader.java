package io.faultline.ingest.otlp;

import io.faultline.ingest.InvalidInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads the protobuf wire format (https://protobuf.dev/programming-guides/encoding/) from a slice
 * of a byte array: tags, varints, fixed-width numbers and length-delimited fields. Every error
 * is an {@link InvalidInputException} that names the message being read ({@code at}) and the
 * byte offset. Groups (wire types 3 and 4, unused by OTLP) are refused. Not thread-safe.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH_DELIMITED = 2;
    static final int FIXED32 = 5;

    private final byte[] buf;
    private final int end;
    private final String at;
    private int pos;
    private int wireType;

    ProtoReader(byte[] buf, int from, int to, String at) {
        this.buf = buf;
        this.pos = from;
        this.end = to;
        this.at = at;
    }

    String at() {
        return at;
    }

    boolean hasMore() {
        return pos < end;
    }

    /** Reads the next tag and returns its field number; the wire type is then {@link #wireType()}. */
    int nextField() {
        long tag = varint();
        int field = (int) (tag >>> 3);
        wireType = (int) (tag & 7);
        if (field <= 0 || tag >>> 3 > 0x1fffffff) {
            throw fail("invalid field number " + (tag >>> 3));
        }
        if (wireType != VARINT && wireType != FIXED64 && wireType != LENGTH_DELIMITED && wireType != FIXED32) {
            throw fail("field " + field + " has unsupported wire type " + wireType);
        }
        return field;
    }

    int wireType() {
        return wireType;
    }

    /** Fails unless the field just read has the wire type the schema gives it. */
    void expect(int expected, String field) {
        if (wireType != expected) {
            throw fail("field " + field + " has wire type " + wireType + ", expected " + expected);
        }
    }

    long varint() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= end) {
                throw fail("truncated varint");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw fail("varint longer than 10 bytes");
    }

    long fixed64() {
        require(8, "fixed64");
        long v = 0;
        for (int i = 7; i >= 0; i--) {
            v = (v << 8) | (buf[pos + i] & 0xffL);
        }
        pos += 8;
        return v;
    }

    int fixed32() {
        require(4, "fixed32");
        int v = (buf[pos] & 0xff) | (buf[pos + 1] & 0xff) << 8 | (buf[pos + 2] & 0xff) << 16 | (buf[pos + 3] & 0xff) << 24;
        pos += 4;
        return v;
    }

    double doubleValue() {
        return Double.longBitsToDouble(fixed64());
    }

    /** Zig-zag decoding of {@code sint32}/{@code sint64}. */
    static long zigZag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** The length-delimited field just read, as a reader of its own named {@code childAt}. */
    ProtoReader message(String childAt) {
        int length = length();
        ProtoReader child = new ProtoReader(buf, pos, pos + length, childAt);
        pos += length;
        return child;
    }

    String string() {
        int length = length();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    byte[] bytes() {
        int length = length();
        byte[] b = java.util.Arrays.copyOfRange(buf, pos, pos + length);
        pos += length;
        return b;
    }

    /** Skips the value of the field just read (an unknown field, as protobuf readers must). */
    void skip() {
        switch (wireType) {
            case VARINT -> varint();
            case FIXED64 -> skipBytes(8);
            case FIXED32 -> skipBytes(4);
            default -> skipBytes(length());
        }
    }

    InvalidInputException fail(String problem) {
        return new InvalidInputException((at.isEmpty() ? "" : at + ": ") + "malformed protobuf at byte " + pos + ": " + problem);
    }

    private int length() {
        long length = varint();
        if (length < 0 || length > end - pos) {
            throw fail("length " + length + " runs past the end of the message (" + (end - pos) + " bytes left)");
        }
        return (int) length;
    }

    private void skipBytes(int n) {
        require(n, "field");
        pos += n;
    }

    private void require(int n, String what) {
        if (end - pos < n) {
            throw fail("truncated " + what + " (" + n + " bytes needed, " + (end - pos) + " left)");
        }
    }
}
