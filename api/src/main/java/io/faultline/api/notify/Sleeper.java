package io.faultline.api.notify;

/** Waits between tries; injected so retry tests run instantly and see every wait. */
@FunctionalInterface
public interface Sleeper {
    void sleep(long ms) throws InterruptedException;

    /** {@link Thread#sleep(long)}. */
    Sleeper REAL = Thread::sleep;
}
