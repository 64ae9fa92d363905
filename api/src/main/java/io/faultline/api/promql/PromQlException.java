package io.faultline.api.promql;

/**
 * A query the subset cannot answer, or bad query parameters: answered as HTTP 400 with Prometheus'
 * error body {@code {"status":"error","errorType":"bad_data","error":"..."}}.
 */
public final class PromQlException extends RuntimeException {
    public PromQlException(String message) {
        super(message);
    }
}
