package io.faultline.api.service;

/**
 * A request that contradicts the current state (an illegal incident transition, a change event id
 * reused for a different change); the message says what the state is.
 */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
