package io.faultline.ingest.store;

/** The storage engine failed (I/O, a corrupt file, a file locked by another process): not the caller's fault. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
