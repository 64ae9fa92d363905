package io.faultline.ingest.format.protobuf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The wire reader on its own: values, nesting, and the one form of every fault (problem and byte offset). */
class ProtoReaderTest {

    private static ProtoReader reader(int... bytes) {
        byte[] b = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            b[i] = (byte) bytes[i];
        }
        return new ProtoReader(b, 0, b.length, "test");
    }

    private static String fault(Executable read) {
        return assertThrows(InvalidInputException.class, read).getMessage();
    }

    @Test
    void readsScalarsAndNestedMessagesInPlace() {
        // field 1 varint 300; field 2 fixed64 1.5; field 3 message {field 1 string "ab"}; field 4 sint -3
        long bits = Double.doubleToLongBits(1.5);
        ProtoReader r = reader(0x08, 0xac, 0x02, 0x11, (int) bits, (int) (bits >>> 8), (int) (bits >>> 16),
                (int) (bits >>> 24), (int) (bits >>> 32), (int) (bits >>> 40), (int) (bits >>> 48), (int) (bits >>> 56),
                0x1a, 0x04, 0x0a, 0x02, 'a', 'b', 0x20, 0x05);
        assertEquals(1 << 3 | ProtoReader.VARINT, r.readTag());
        assertEquals(300, r.readVarint());
        r.readTag();
        assertEquals(ProtoReader.FIXED64, r.wireType());
        assertEquals(1.5, r.readDouble());
        r.readTag();
        assertEquals("ab", r.message(() -> {
            r.readTag();
            return r.readString();
        }));
        r.readTag();
        assertEquals(-3, ProtoReader.zigZag(r.readVarint()));
        assertFalse(r.more());
    }

    @Test
    void skipsUnknownFieldsOfEveryWireType() {
        ProtoReader r = reader(0x08, 0x96, 0x01, 0x15, 1, 2, 3, 4, 0x1a, 0x02, 9, 9, 0x21, 1, 2, 3, 4, 5, 6, 7, 8, 0x28, 0x01);
        r.readTag();
        r.skipField();
        r.readTag();
        r.skipField();
        r.readTag();
        r.skip(r.wireType());
        r.readTag();
        r.skipField();
        assertEquals(5, r.readTag() >>> 3);
        assertEquals(1, r.readVarint());
    }

    @Test
    void bytesAndRunsOfLengthDelimitedFields() {
        ProtoReader r = reader(0x0a, 0x01, 7, 0x0a, 0x02, 8, 9, 0x10, 0x01);
        assertEquals(7, r.runEnd(1), "the run of field 1 ends before field 2");
        r.readTag();
        assertArrayEquals(new byte[] {7}, r.readBytes());
        r.jumpTo(7);
        assertEquals(2, r.readTag() >>> 3);
    }

    @Test
    void everyFaultNamesTheProblemAndTheByteOffset() {
        assertEquals("malformed protobuf at byte 0: truncated varint", fault(() -> reader(0x80).readVarint()));
        assertEquals("malformed protobuf at byte 0: malformed varint (longer than 10 bytes)",
                fault(() -> reader(0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01).readVarint()));
        assertEquals("malformed protobuf at byte 0: invalid field number 0", fault(() -> reader(0x02, 0x00).readTag()));
        assertEquals("malformed protobuf at byte 0: unsupported wire type 3 (groups are not used by test)",
                fault(() -> reader(0x0b).readTag()));
        ProtoReader past = reader(0x0a, 0x05, 1);
        past.readTag();
        assertEquals("malformed protobuf at byte 1: length 5 runs past the end of the enclosing message (1 bytes left)",
                fault(past::readLength));
        assertEquals("malformed protobuf at byte 0: truncated 64-bit value (2 of 8 bytes left)",
                fault(() -> reader(1, 2).readFixed64()));
        ProtoReader fixed32 = reader(0x0d, 1, 2);
        fixed32.readTag();
        assertEquals("malformed protobuf at byte 1: truncated 32-bit value (2 of 4 bytes left)", fault(fixed32::skipField));
        ProtoReader partly = reader(0x0a, 0x02, 0x08, 0x01);
        partly.readTag();
        assertEquals("malformed protobuf at byte 2: nested message not fully read", fault(() -> partly.message(() -> 0)));
    }

    @Test
    void wrongWireTypeNamesTheFieldAtItsTag() {
        ProtoReader r = reader(0x08, 0x01, 0x10, 0x01);
        r.readTag();
        r.expect(ProtoReader.VARINT, "never", " built");
        r.readVarint();
        r.readTag();
        assertEquals("malformed protobuf at byte 2: points[0].time has wire type 0, expected 1",
                fault(() -> r.expect(ProtoReader.FIXED64, "points[0]", ".time")));
        assertEquals("malformed protobuf at byte 7: x (field 1) has wire type 0, expected 2",
                ProtoReader.wrongWireType(7, 0, 2, "x (field 1)").getMessage());
    }
}
