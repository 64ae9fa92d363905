package io.faultline.models.registry;

/** A model file that cannot be turned back into a fitted detector; the message names the file. */
public final class InvalidModelFileException extends IllegalArgumentException {

    public InvalidModelFileException(String source, String problem, Throwable cause) {
        super("model file " + source + ": " + problem, cause);
    }
}
