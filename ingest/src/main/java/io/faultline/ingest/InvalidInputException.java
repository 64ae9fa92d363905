package io.faultline.ingest;

/**
 * Input that cannot be accepted, with a message naming the problem and where it is
 * (a JSON path, or a file and line). Nothing of the input it rejects has been stored.
 */
public class InvalidInputException extends RuntimeException {
    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
