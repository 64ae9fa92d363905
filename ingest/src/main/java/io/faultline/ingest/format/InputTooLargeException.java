package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;

/**
 * Input refused because it is bigger than a configured limit (as opposed to malformed): a server answers
 * it with 413 rather than 400. Raised before the oversized part is read or allocated.
 */
public class InputTooLargeException extends InvalidInputException {
    public InputTooLargeException(String message) {
        super(message);
    }
}
