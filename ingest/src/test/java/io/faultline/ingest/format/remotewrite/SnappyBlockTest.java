package io.faultline.ingest.format.remotewrite;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.InputTooLargeException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SnappyBlockTest {
    private static final RemoteWriteDecoder DECODER = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20);

    private static String error(byte[] body) {
        return assertThrows(InvalidInputException.class, () -> DECODER.decode(body)).getMessage();
    }

    @Test
    void roundTrip() {
        byte[] raw = new byte[5000];
        new Random(7).nextBytes(raw);
        assertArrayEquals(raw, SnappyBlock.uncompress(SnappyBlock.compress(raw), SnappyBlock.compress(raw).length, raw.length));
    }

    @Test
    void declaredLengthPastTheLimitIsRefusedBeforeAllocating() {
        // Five bytes claiming 4 GiB - 1: a decompression bomb in its simplest form.
        byte[] bomb = {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x0f, 0x00};
        InputTooLargeException e = assertThrows(InputTooLargeException.class, () -> DECODER.decode(bomb));
        assertEquals("snappy block declares 4294967295 uncompressed bytes, limit is 1048576 (ingest.maxDecompressedBytes)",
                e.getMessage());
    }

    @Test
    void badFramingIsA400WithAMessage() {
        assertEquals("body is empty: expected a snappy-compressed WriteRequest", error(new byte[0]));
        assertEquals("body uses the snappy framing (stream) format; remote_write sends the snappy block format",
                error(new byte[] {(byte) 0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y', 1, 2}));
        assertEquals("bad snappy block: malformed uncompressed-length preamble",
                error(new byte[] {(byte) 0x80, (byte) 0x80}));
        String corrupt = error(new byte[] {0x10, (byte) 0xfe, 1, 2, 3});
        assertTrue(corrupt.startsWith("bad snappy block: corrupt compressed data ("), corrupt);
        // A valid block that declares more bytes than it holds.
        byte[] shortBlock = SnappyBlock.compress(new byte[] {8, 1});
        shortBlock[0] = 3;
        String truncated = error(shortBlock);
        assertTrue(truncated.startsWith("bad snappy block: "), truncated);
    }

    @Test
    void compressedBodyPastTheBodyLimitIsRefused() {
        RemoteWriteDecoder small = new RemoteWriteDecoder(new IngestLimits(16, 10, 10, 32, 128, 1024,
                IngestLimits.DEFAULTS.minTimestampMs(), IngestLimits.DEFAULTS.maxTimestampMs()), 1 << 20);
        assertEquals("body is 17 bytes, limit is 16",
                assertThrows(InputTooLargeException.class, () -> small.decode(new byte[17])).getMessage());
    }
}
