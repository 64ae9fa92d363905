package io.faultline.api.service;

import io.faultline.api.pipeline.LivePipeline;
import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.InputTooLargeException;
import io.faultline.ingest.format.remotewrite.DecodedWrite;
import io.faultline.ingest.format.remotewrite.DropReason;
import io.faultline.ingest.format.remotewrite.RemoteWriteDecoder;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * Accepts Prometheus remote_write requests: decodes them ({@link RemoteWriteDecoder} has the rules), stores
 * and scores the kept samples through the pipeline, and counts what it accepted, dropped and refused.
 * A request is stored whole or not at all; samples dropped one by one (NaN, staleness markers...) do not
 * fail it.
 */
public final class RemoteWriteService {
    private final RemoteWriteDecoder decoder;
    private final LivePipeline pipeline;
    private final LongAdder requests = new LongAdder();
    private final LongAdder acceptedSamples = new LongAdder();
    private final LongAdder reorderedSamples = new LongAdder();
    private final LongAdder exemplars = new LongAdder();
    private final LongAdder invalidRequests = new LongAdder();
    private final LongAdder tooLargeRequests = new LongAdder();
    private final AtomicLongArray dropped = new AtomicLongArray(DropReason.values().length);

    /** What one request delivered. */
    public record WriteResult(int series, int samples, Map<DropReason, Integer> dropped) {
    }

    /**
     * Counters since start, for {@code /metrics}.
     *
     * @param requests         requests accepted (answered 2xx)
     * @param acceptedSamples  samples stored and scored
     * @param droppedSamples   samples of accepted requests left out, by reason
     * @param reorderedSamples samples put back in time order within their request
     * @param exemplars        exemplars received and ignored
     * @param invalidRequests  requests refused as malformed or against the rules (400)
     * @param tooLargeRequests requests refused for their size (413)
     */
    public record Stats(long requests, long acceptedSamples, Map<DropReason, Long> droppedSamples, long reorderedSamples,
                        long exemplars, long invalidRequests, long tooLargeRequests) {
    }

    public RemoteWriteService(IngestLimits limits, long maxDecompressedBytes, LivePipeline pipeline) {
        this.decoder = new RemoteWriteDecoder(limits, maxDecompressedBytes);
        this.pipeline = pipeline;
    }

    /** Decodes a snappy-compressed WriteRequest and stores what it keeps; throws (storing nothing) when refused. */
    public WriteResult write(byte[] body) {
        DecodedWrite decoded;
        try {
            decoded = decoder.decode(body);
            pipeline.accept(decoded.batch(), decoded.staleMarkers());
        } catch (InputTooLargeException e) {
            tooLargeRequests.increment();
            throw e;
        } catch (InvalidInputException e) {
            invalidRequests.increment();
            throw e;
        }
        requests.increment();
        int samples = decoded.batch().sampleCount();
        acceptedSamples.add(samples);
        reorderedSamples.add(decoded.reorderedSamples());
        exemplars.add(decoded.exemplars());
        decoded.dropped().forEach((reason, n) -> dropped.addAndGet(reason.ordinal(), n));
        return new WriteResult(decoded.batch().series().size(), samples, decoded.dropped());
    }

    public Stats stats() {
        Map<DropReason, Long> byReason = new EnumMap<>(DropReason.class);
        for (DropReason reason : DropReason.values()) {
            byReason.put(reason, dropped.get(reason.ordinal()));
        }
        return new Stats(requests.sum(), acceptedSamples.sum(), byReason, reorderedSamples.sum(), exemplars.sum(),
                invalidRequests.sum(), tooLargeRequests.sum());
    }
}
