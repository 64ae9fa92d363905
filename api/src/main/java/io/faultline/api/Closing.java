package io.faultline.api;

/** Closing several parts together: every one is closed, and what their close threw is kept. */
final class Closing {
    private Closing() {
    }

    /** Closes each non-null resource in order, adding what a close throws to {@code failure} as suppressed. */
    static void closeAll(RuntimeException failure, AutoCloseable... resources) {
        for (AutoCloseable r : resources) {
            if (r != null) {
                try {
                    r.close();
                } catch (Exception suppressed) {
                    failure.addSuppressed(suppressed);
                }
            }
        }
    }
}
