package io.faultline.api.service;

/** A named thing (an incident, a series) that does not exist; the message names it. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
    }
}
