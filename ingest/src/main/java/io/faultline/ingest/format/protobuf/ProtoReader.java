package io.faultline.ingest.format.protobuf;

import io.faultline.ingest.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;

/**
 * A cursor over protobuf wire-format bytes (https://protobuf.dev/programming-guides/encoding/): tags,
 * varints, fixed 64-bit values and length-delimited fields, each bounds-checked against the end of the
 * message being read. Nested messages are read in place ({@link #pushLimit}/{@link #popLimit}, or
 * {@link #message}), so offsets are those of the whole buffer. Every fault is an {@link InvalidInputException}
 * {@code "malformed protobuf at byte N: problem"} naming the byte offset in the (uncompressed) message, so a
 * sender can find the bad field. Groups (wire types 3 and 4) are refused. Not thread-safe; one per decoding.
 */
public final class ProtoReader {
    public static final int VARINT = 0;
    public static final int FIXED64 = 1;
    public static final int LEN = 2;
    public static final int FIXED32 = 5;

    private final byte[] buf;
    /** Named in the fault for a group, e.g. {@code remote_write}. */
    private final String protocol;
    private int pos;
    private int limit;
    private int tagAt;
    private int tag;

    /** Reads {@code length} bytes of {@code buf} from {@code offset}; {@code protocol} names the schema in faults. */
    public ProtoReader(byte[] buf, int offset, int length, String protocol) {
        this.buf = buf;
        this.pos = offset;
        this.limit = offset + length;
        this.protocol = protocol;
    }

    public int position() {
        return pos;
    }

    /** True while the message being read (the innermost pushed limit) has bytes left. */
    public boolean more() {
        return pos < limit;
    }

    /** Reads a tag: {@code fieldNumber << 3 | wireType}; rejects field 0 and the group wire types. */
    public int readTag() {
        int at = pos;
        long read = readVarint();
        int wireType = (int) read & 7;
        long field = read >>> 3;
        if (field == 0 || field > 0x1FFF_FFFFL) {
            throw fault(at, "invalid field number " + field);
        }
        if (wireType != VARINT && wireType != FIXED64 && wireType != LEN && wireType != FIXED32) {
            throw fault(at, "unsupported wire type " + wireType + " (groups are not used by " + protocol + ")");
        }
        tagAt = at;
        tag = (int) read;
        return tag;
    }

    /** The wire type of the tag read last. */
    public int wireType() {
        return tag & 7;
    }

    /**
     * Fails unless the tag read last has the wire type its field has in the schema; {@code path + field}
     * names the field (concatenated only on failure).
     */
    public void expect(int wireType, String path, String field) {
        if ((tag & 7) != wireType) {
            throw wrongWireType(tagAt, tag & 7, wireType, path + field);
        }
    }

    public long readVarint() {
        int at = pos;
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (pos >= limit) {
                throw fault(at, "truncated varint");
            }
            byte b = buf[pos++];
            result |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return result;
            }
        }
        throw fault(at, "malformed varint (longer than 10 bytes)");
    }

    public long readFixed64() {
        if (limit - pos < 8) {
            throw fault(pos, "truncated 64-bit value (" + (limit - pos) + " of 8 bytes left)");
        }
        int p = pos;
        pos += 8;
        return (buf[p] & 0xFFL) | (buf[p + 1] & 0xFFL) << 8 | (buf[p + 2] & 0xFFL) << 16 | (buf[p + 3] & 0xFFL) << 24
                | (buf[p + 4] & 0xFFL) << 32 | (buf[p + 5] & 0xFFL) << 40 | (buf[p + 6] & 0xFFL) << 48
                | (buf[p + 7] & 0xFFL) << 56;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readFixed64());
    }

    /** Zig-zag decoding of {@code sint32}/{@code sint64}. */
    public static long zigZag(long n) {
        return (n >>> 1) ^ -(n & 1);
    }

    /** Reads the length prefix of a length-delimited field and checks that the field fits in its message. */
    public int readLength() {
        int at = pos;
        long length = readVarint();
        if (length < 0 || length > limit - pos) {
            throw fault(at, "length " + length + " runs past the end of the enclosing message ("
                    + (limit - pos) + " bytes left)");
        }
        return (int) length;
    }

    /** Enters a nested message of the given length; returns the limit to hand back to {@link #popLimit}. */
    public int pushLimit(int length) {
        int old = limit;
        limit = pos + length;
        return old;
    }

    public void popLimit(int oldLimit) {
        if (pos != limit) {
            throw fault(pos, "nested message not fully read");
        }
        limit = oldLimit;
    }

    /** Reads the length-delimited field just tagged as a nested message, in place: {@code body} reads it to its end. */
    public <T> T message(Supplier<T> body) {
        int outer = pushLimit(readLength());
        T value = body.get();
        popLimit(outer);
        return value;
    }

    public String readString() {
        int length = readLength();
        String s = new String(buf, pos, length, StandardCharsets.UTF_8);
        pos += length;
        return s;
    }

    public byte[] readBytes() {
        int length = readLength();
        byte[] b = Arrays.copyOfRange(buf, pos, pos + length);
        pos += length;
        return b;
    }

    public byte[] buffer() {
        return buf;
    }

    /**
     * The end of the run of well-formed length-delimited fields numbered {@code field} that starts here
     * (here when there is none); the position does not move. Never throws: a malformed field ends the run,
     * and reading it for real reports the fault.
     */
    public int runEnd(int field) {
        int runTag = field << 3 | LEN;
        int p = pos;
        int end = pos;
        while (p < limit && buf[p] == runTag) {
            p++;
            long length = 0;
            int shift = 0;
            while (p < limit && buf[p] < 0 && shift < 28) {
                length |= (long) (buf[p++] & 0x7F) << shift;
                shift += 7;
            }
            if (p >= limit || buf[p] < 0) {
                return end;
            }
            length |= (long) buf[p++] << shift;
            if (length > limit - p) {
                return end;
            }
            p += (int) length;
            end = p;
        }
        return end;
    }

    public void jumpTo(int position) {
        if (position < pos || position > limit) {
            throw new IllegalArgumentException("cannot jump to " + position + " from " + pos + " within " + limit);
        }
        pos = position;
    }

    /** Skips the value of a field this reader does not know, as protobuf requires. */
    public void skip(int wireType) {
        switch (wireType) {
            case VARINT -> readVarint();
            case FIXED64 -> skipBytes(8);
            case LEN -> {
                int length = readLength(); // before the addition: pos += readLength() would add to the old pos
                pos += length;
            }
            case FIXED32 -> skipBytes(4);
            default -> throw new IllegalStateException("wire type " + wireType + " was rejected by readTag");
        }
    }

    /** Skips the value of the field just tagged. */
    public void skipField() {
        skip(tag & 7);
    }

    private void skipBytes(int n) {
        if (limit - pos < n) {
            throw fault(pos, "truncated " + (n * 8) + "-bit value (" + (limit - pos) + " of " + n + " bytes left)");
        }
        pos += n;
    }

    /** The fault for a field whose tag, at byte {@code at}, has another wire type than its schema gives it. */
    public static InvalidInputException wrongWireType(int at, int actual, int expected, String field) {
        return fault(at, field + " has wire type " + actual + ", expected " + expected);
    }

    public static InvalidInputException fault(int at, String problem) {
        return new InvalidInputException("malformed protobuf at byte " + at + ": " + problem);
    }
}
