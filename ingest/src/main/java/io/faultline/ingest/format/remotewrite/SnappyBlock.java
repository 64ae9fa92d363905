package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.InputTooLargeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.xerial.snappy.Snappy;

/**
 * The snappy block format (https://github.com/google/snappy/blob/main/format_description.txt), the one
 * remote_write uses: a varint of the uncompressed length, then the compressed elements. The declared length
 * is read and checked against the limit before the output is allocated, so a few bytes claiming gigabytes
 * (a decompression bomb) cost nothing; snappy then refuses to write past the declared length.
 */
final class SnappyBlock {
    /** The start of the snappy framing (stream) format, which remote_write does not use. */
    private static final byte[] STREAM_IDENTIFIER = {(byte) 0xff, 0x06, 0x00, 0x00, 's', 'N', 'a', 'P', 'p', 'Y'};

    private SnappyBlock() {
    }

    /** The uncompressed length the block declares, checked against {@code maxBytes} (413 past it). */
    static int declaredLength(byte[] body, int length, long maxBytes) {
        if (length == 0) {
            throw new InvalidInputException("body is empty: expected a snappy-compressed WriteRequest");
        }
        if (length >= STREAM_IDENTIFIER.length
                && Arrays.equals(body, 0, STREAM_IDENTIFIER.length, STREAM_IDENTIFIER, 0, STREAM_IDENTIFIER.length)) {
            throw new InvalidInputException("body uses the snappy framing (stream) format; remote_write sends"
                    + " the snappy block format");
        }
        long declared = 0;
        for (int i = 0; ; i++) {
            if (i == 5 || i == length) {
                throw new InvalidInputException("bad snappy block: malformed uncompressed-length preamble");
            }
            byte b = body[i];
            declared |= (long) (b & 0x7F) << (7 * i);
            if (b >= 0) {
                break;
            }
        }
        if (declared > maxBytes) {
            throw new InputTooLargeException("snappy block declares " + declared + " uncompressed bytes, limit is "
                    + maxBytes + " (ingest.maxDecompressedBytes)");
        }
        if (declared > Integer.MAX_VALUE - 16) {
            throw new InputTooLargeException("snappy block declares " + declared + " uncompressed bytes");
        }
        return (int) declared;
    }

    /** Uncompresses the first {@code length} bytes of {@code body}; 400 for corrupt data, 413 past the limit. */
    static byte[] uncompress(byte[] body, int length, long maxBytes) {
        int declared = declaredLength(body, length, maxBytes);
        byte[] out = new byte[declared];
        int n;
        try {
            n = Snappy.uncompress(body, 0, length, out, 0);
        } catch (IOException e) {
            throw new InvalidInputException("bad snappy block: corrupt compressed data (" + e.getMessage() + ")", e);
        }
        if (n != declared) {
            throw new InvalidInputException("bad snappy block: " + n + " bytes uncompressed, " + declared + " declared");
        }
        return out;
    }

    static byte[] compress(byte[] raw) {
        try {
            return Snappy.compress(raw);
        } catch (IOException e) {
            throw new UncheckedIOException("snappy compression failed", e);
        }
    }
}
