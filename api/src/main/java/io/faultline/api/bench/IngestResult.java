package io.faultline.api.bench;

import java.util.Map;

/**
 * What one load run measured.
 *
 * @param target                  the URL the requests went to
 * @param series                  series in the payload
 * @param samplesPerRequest       samples per request (the last of a shard may have fewer)
 * @param concurrency             connections, each sending its own shard of series in order
 * @param requests                requests answered or failed
 * @param samplesSent             samples in those requests
 * @param samplesAccepted         samples in requests answered 2xx
 * @param errors                  failed requests by HTTP status, or {@code connection} when none came back
 * @param firstErrors             the first answer (or exception) of each error kind, to see why
 * @param durationSeconds         from the first request to the last answer
 * @param acceptedSamplesPerSecond samplesAccepted / durationSeconds
 * @param clientCpuSeconds        CPU time of the sending threads
 * @param payloadExhausted        true when the run ended because every prepared request was sent, before the duration
 * @param payloadBytes            compressed bytes of the prepared payload
 * @param prepareSeconds          time spent building the payload, before the run
 */
public record IngestResult(String target, int series, int samplesPerRequest, int concurrency, long requests,
                           long samplesSent, long samplesAccepted, Map<String, Long> errors,
                           Map<String, String> firstErrors, double durationSeconds, double acceptedSamplesPerSecond,
                           double clientCpuSeconds, boolean payloadExhausted, long payloadBytes, double prepareSeconds) {
    public IngestResult {
        errors = Map.copyOf(errors);
        firstErrors = Map.copyOf(firstErrors);
    }

    public long failedRequests() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }
}
