package io.faultline.api.bench;

/**
 * The side-by-side: the same prepared payload sent to Faultline, then to Prometheus.
 *
 * @param payloadSamples samples prepared (both receivers got the same requests, as far as time allowed)
 * @param ratio          Faultline's accepted samples/s over Prometheus'
 */
public record CompareResult(long payloadSamples, int payloadRequests, ReceiverFigures faultline,
                            ReceiverFigures prometheus, double ratio) {
}
