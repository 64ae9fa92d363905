package io.faultline.api.recovery;

/**
 * Tells whether a component's anomaly cleared after an action. Works in its own time base (the
 * pipeline's data time), so the service takes a {@link #mark()} when the action runs and asks
 * about "since the mark" later.
 */
public interface Verifier {

    /** Now, in this verifier's time base. */
    long mark();

    /** Whether the component has been free of anomalies since {@code mark} (allowing for settling). */
    boolean cleared(String component, long mark);
}
