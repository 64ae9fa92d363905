package io.faultline.api.http;

/** The body of every error response: {@code {"error":"bad_request","message":"..."}}. */
public record ErrorBody(String error, String message) {
}
