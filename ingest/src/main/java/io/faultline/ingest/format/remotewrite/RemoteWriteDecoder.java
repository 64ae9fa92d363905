package io.faultline.ingest.format.remotewrite;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.InputTooLargeException;

/**
 * Decodes a Prometheus remote_write 1.0 body (a snappy-block-compressed {@code prometheus.WriteRequest})
 * into a {@link DecodedWrite}. Instances are immutable and thread-safe.
 *
 * <p>The request is refused whole ({@link InvalidInputException}, a 400; {@link InputTooLargeException}, a
 * 413) for: a compressed body over {@link IngestLimits#maxBodyBytes()}; a snappy block declaring more than
 * {@code maxDecompressedBytes} (checked before anything is allocated); bad snappy data; malformed protobuf
 * (bad varint, truncated message, known field with the wrong wire type), with the byte offset in the
 * uncompressed message; a series without {@code __name__}, with an invalid or duplicate label name, or past
 * the label limits; more series or samples than the limits allow.
 *
 * <p>Single samples are left out and counted by {@link DropReason} while the rest is kept: the staleness
 * marker, other NaNs, infinities, timestamps outside the limits, and repeated timestamps of a series. The
 * staleness markers are also listed apart by series ({@link DecodedWrite#staleMarkers()}). Samples
 * of a series out of time order within the request are sorted back ({@link DecodedWrite#reorderedSamples()});
 * a series sent in several TimeSeries messages is merged. Exemplars and metadata are ignored; native
 * histograms are counted as dropped. Unknown fields are skipped, as protobuf requires.
 */
public final class RemoteWriteDecoder {
    /** Series keys remembered by the bytes of their labels; see {@link #RemoteWriteDecoder(IngestLimits, long, int)}. */
    public static final int DEFAULT_KEY_CACHE_SIZE = 100_000;

    private final IngestLimits limits;
    private final long maxDecompressedBytes;
    private final SeriesKeyCache cache;

    public RemoteWriteDecoder(IngestLimits limits, long maxDecompressedBytes) {
        this(limits, maxDecompressedBytes, DEFAULT_KEY_CACHE_SIZE);
    }

    /**
     * @param keyCacheSize how many series keys to remember by the raw bytes of their labels, so a series seen
     *                     before is not decoded and validated again (0 turns it off); emptied when full
     */
    public RemoteWriteDecoder(IngestLimits limits, long maxDecompressedBytes, int keyCacheSize) {
        if (limits == null) {
            throw new IllegalArgumentException("ingest limits are required");
        }
        if (maxDecompressedBytes < 1) {
            throw new IllegalArgumentException("maxDecompressedBytes must be >= 1, was " + maxDecompressedBytes);
        }
        this.limits = limits;
        this.maxDecompressedBytes = maxDecompressedBytes;
        this.cache = new SeriesKeyCache(keyCacheSize);
    }

    /** Decodes a whole snappy-compressed body. */
    public DecodedWrite decode(byte[] body) {
        return decode(body, body.length);
    }

    /** Decodes the first {@code length} bytes of {@code body}, a snappy-compressed WriteRequest. */
    public DecodedWrite decode(byte[] body, int length) {
        if (length > limits.maxBodyBytes()) {
            throw new InputTooLargeException("body is " + length + " bytes, limit is " + limits.maxBodyBytes());
        }
        byte[] message = SnappyBlock.uncompress(body, length, maxDecompressedBytes);
        return decodeProtobuf(message, 0, message.length);
    }

    /** Decodes an uncompressed WriteRequest; byte offsets in messages count from {@code offset}. */
    public DecodedWrite decodeProtobuf(byte[] message, int offset, int length) {
        if (length > maxDecompressedBytes) {
            throw new InputTooLargeException("WriteRequest is " + length + " bytes, limit is " + maxDecompressedBytes
                    + " (ingest.maxDecompressedBytes)");
        }
        DecodedWrite decoded = new WriteRequestParser(message, offset, length, limits, cache).parse();
        if (decoded.dropped(DropReason.STALE_MARKER) == 0) {
            return decoded;
        }
        return decoded.withStaleMarkers(StaleMarkerScan.scan(message, offset, length, limits));
    }
}
