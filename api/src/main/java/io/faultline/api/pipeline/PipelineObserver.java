package io.faultline.api.pipeline;

/**
 * Told what the live pipeline did with each batch, for counters and latency histograms. Called on
 * request threads, concurrently: implementations must be thread-safe and cheap.
 */
public interface PipelineObserver {
    /** Observes nothing. */
    PipelineObserver NONE = new PipelineObserver() {
        @Override
        public void accepted(int samples) {
        }

        @Override
        public void rejected(String reason, int samples) {
        }

        @Override
        public void scored(int points, long nanos) {
        }
    };

    /** A batch of {@code samples} samples was stored. */
    void accepted(int samples);

    /**
     * The store refused a batch of {@code samples} samples: {@code reason} is {@code conflict} (a stored
     * sample sent again with another value), {@code invalid} (a series out of order or twice in the
     * batch) or {@code store_error} (the storage engine failed).
     */
    void rejected(String reason, int samples);

    /** The stored batch was scored: {@code points} new points in {@code nanos} nanoseconds. */
    void scored(int points, long nanos);
}
