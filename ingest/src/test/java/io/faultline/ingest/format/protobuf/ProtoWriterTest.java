package io.faultline.ingest.format.protobuf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The wire writer: exact bytes of each kind of value, growth, and what {@link ProtoReader} reads back. */
class ProtoWriterTest {

    @Test
    void writesTheWireFormatByteForByte() {
        ProtoWriter w = new ProtoWriter(0);
        w.tag(1, ProtoReader.VARINT);
        w.varint(300);
        w.tag(2, ProtoReader.FIXED64);
        w.fixed64(0x0102030405060708L);
        w.bytesField(3, "ab".getBytes(StandardCharsets.UTF_8));
        w.varint(-1);
        assertArrayEquals(new byte[] {0x08, (byte) 0xac, 0x02, 0x11, 8, 7, 6, 5, 4, 3, 2, 1, 0x1a, 0x02, 'a', 'b',
                -1, -1, -1, -1, -1, -1, -1, -1, -1, 0x01}, w.toByteArray());
        assertEquals(26, w.position());
    }

    @Test
    void varintSizeIsWhatVarintWrites() {
        long[] values = {0, 1, 127, 128, 16_383, 16_384, Integer.MAX_VALUE, Long.MAX_VALUE, -1, Long.MIN_VALUE};
        int[] sizes = {1, 1, 1, 2, 2, 3, 5, 9, 10, 10};
        for (int i = 0; i < values.length; i++) {
            ProtoWriter w = new ProtoWriter(0);
            w.varint(values[i]);
            assertEquals(sizes[i], ProtoWriter.varintSize(values[i]), "size of " + values[i]);
            assertEquals(sizes[i], w.position(), "bytes written for " + values[i]);
        }
    }

    @Test
    void anExactlySizedArrayIsHandedBackUncopiedAndASmallOneGrows() {
        ProtoWriter exact = new ProtoWriter(3);
        exact.tag(1, ProtoReader.VARINT);
        exact.varint(300);
        byte[] out = exact.toByteArray();
        assertSame(out, exact.toByteArray(), "filled exactly: no copy");
        ProtoWriter grown = new ProtoWriter(1);
        for (int i = 0; i < 100; i++) {
            grown.tag(1, ProtoReader.FIXED64);
            grown.fixed64(i);
        }
        assertEquals(900, grown.toByteArray().length);
    }

    @Test
    void theReaderReadsBackWhatTheWriterWrote() {
        ProtoWriter inner = new ProtoWriter(4);
        inner.tag(1, ProtoReader.FIXED64);
        inner.fixed64(Double.doubleToRawLongBits(-2.5));
        inner.tag(2, ProtoReader.VARINT);
        inner.varint(1_700_000_000_000L);
        ProtoWriter outer = new ProtoWriter(4);
        outer.bytesField(1, "é".getBytes(StandardCharsets.UTF_8));
        outer.bytesField(2, inner.toByteArray());
        byte[] b = outer.toByteArray();

        ProtoReader r = new ProtoReader(b, 0, b.length, "test");
        assertEquals(1 << 3 | ProtoReader.LEN, r.readTag());
        assertEquals("é", r.readString());
        assertEquals(2 << 3 | ProtoReader.LEN, r.readTag());
        r.message(() -> {
            assertEquals(1 << 3 | ProtoReader.FIXED64, r.readTag());
            assertEquals(-2.5, r.readDouble());
            assertEquals(2 << 3 | ProtoReader.VARINT, r.readTag());
            assertEquals(1_700_000_000_000L, r.readVarint());
            return null;
        });
        assertFalse(r.more());
    }
}
