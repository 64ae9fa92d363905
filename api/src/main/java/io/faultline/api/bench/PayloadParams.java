package io.faultline.api.bench;

/**
 * What to build: {@code series} series scraped every {@code stepMs} for {@code rounds} scrapes starting at
 * {@code startMs}, split into {@code shards} disjoint sets of series (one per connection, as Prometheus'
 * queue manager shards by series so each series stays in order), each shard's samples cut into requests of
 * {@code samplesPerRequest} samples.
 */
public record PayloadParams(int series, int samplesPerRequest, int rounds, int shards, long seed, long startMs, long stepMs) {
    public static final long SCRAPE_MS = 15_000;

    public PayloadParams {
        if (series < 1) {
            throw new IllegalArgumentException("series must be >= 1, was " + series);
        }
        if (samplesPerRequest < 1) {
            throw new IllegalArgumentException("samplesPerRequest must be >= 1, was " + samplesPerRequest);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be >= 1, was " + rounds);
        }
        if (shards < 1 || shards > series) {
            throw new IllegalArgumentException("shards must be in 1.." + series + " (the series), was " + shards);
        }
        if (startMs < 0) {
            throw new IllegalArgumentException("startMs must be >= 0, was " + startMs);
        }
        if (stepMs < 1) {
            throw new IllegalArgumentException("stepMs must be >= 1, was " + stepMs);
        }
    }

    public long totalSamples() {
        return (long) series * rounds;
    }

    /**
     * Rounds that fit a budget of samples (at least 1, at most {@code maxRounds}): the payload lives in
     * memory, about 25 bytes per sample compressed.
     */
    public static int roundsWithin(long maxSamples, int series, int maxRounds) {
        return (int) Math.max(1, Math.min(maxRounds, maxSamples / series));
    }

    /**
     * The first scrape time so that the last scrape is at or before {@code nowMs} on a step boundary: recent
     * data, as a receiver with a head block (Prometheus' TSDB) accepts.
     */
    public static long startEndingAt(long nowMs, int rounds, long stepMs) {
        long last = nowMs - Math.floorMod(nowMs, stepMs);
        return Math.max(0, last - (long) (rounds - 1) * stepMs);
    }
}
