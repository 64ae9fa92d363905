package io.faultline.training.fit;

/** Reading history from a Prometheus server failed: unreachable, an error answer, or an answer not understood. */
public final class PrometheusReadException extends RuntimeException {
    public PrometheusReadException(String message) {
        super(message);
    }

    public PrometheusReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
