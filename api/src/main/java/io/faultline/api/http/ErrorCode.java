package io.faultline.api.http;

/** Every error the API answers with: its HTTP status and the stable code clients can switch on. */
public enum ErrorCode {
    BAD_REQUEST(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    NOT_READY(503),
    INTERNAL(500),
    CONFLICT(409);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The code as it appears in the body, e.g. {@code payload_too_large}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
