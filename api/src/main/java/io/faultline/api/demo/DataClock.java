package io.faultline.api.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The demo server's clock: the simulated time of the data sent so far, so that people's steps,
 * audit entries, cooldowns and verification deadlines line up with the samples' timestamps at any
 * {@code --speed}. It follows the pipeline's data time once told to ({@link #follow}), so a step taken
 * by a server thread while a request is being scored is stamped with that request's time; read from
 * any thread.
 */
final class DataClock extends Clock {
    private final AtomicLong nowMs;
    private volatile LongSupplier dataTime = () -> Long.MIN_VALUE;

    DataClock(long startMs) {
        this.nowMs = new AtomicLong(startMs);
    }

    /** Moves the clock to {@code ms}; never backwards. */
    void advanceTo(long ms) {
        nowMs.accumulateAndGet(ms, Math::max);
    }

    /** From now on the clock reads at least {@code dataTimeMs} (the newest sample time the server has seen). */
    void follow(LongSupplier dataTimeMs) {
        this.dataTime = dataTimeMs;
    }

    @Override
    public long millis() {
        return Math.max(nowMs.get(), dataTime.getAsLong());
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone)) {
            throw new UnsupportedOperationException("the demo's data clock is UTC only, was asked for " + zone);
        }
        return this;
    }
}
