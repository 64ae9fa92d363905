package io.faultline.api.cli;

import io.faultline.api.bench.PayloadParams;
import java.time.Clock;
import picocli.CommandLine.Option;

/** The payload and pacing options shared by {@code bench ingest} and {@code bench ingest-compare}. */
final class LoadOptions {
    @Option(names = "--series", defaultValue = "10000", description = "Series in the payload (default: ${DEFAULT-VALUE}).")
    int series;

    @Option(names = "--samples-per-request", defaultValue = "2000",
            description = "Samples per request, as Prometheus' max_samples_per_send (default: ${DEFAULT-VALUE}).")
    int samplesPerRequest;

    @Option(names = "--duration", defaultValue = "30", paramLabel = "S",
            description = "Stop after this many seconds, or earlier when the prepared payload is all sent (default: ${DEFAULT-VALUE}).")
    double durationSeconds;

    @Option(names = "--concurrency", defaultValue = "4",
            description = "Connections, each sending its own shard of the series in order (default: ${DEFAULT-VALUE}).")
    int concurrency;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the series' values (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--rounds", defaultValue = "0",
            description = "Scrapes (15 s apart) to prepare per series; 0 = as many as --max-samples allows, at most 240 (one hour).")
    int rounds;

    @Option(names = "--max-samples", defaultValue = "4000000",
            description = "Budget of prepared samples when --rounds is 0 (held in memory, ~25 bytes each; default: ${DEFAULT-VALUE}).")
    long maxSamples;

    /**
     * The payload's shape; its last scrape is at the clock's "now", so a TSDB with a head block (Prometheus)
     * takes it. 240 rounds at most by default: one hour, the span Prometheus' head accepts behind its newest sample.
     */
    PayloadParams params(Clock clock) {
        int r = rounds > 0 ? rounds : PayloadParams.roundsWithin(maxSamples, Math.max(1, series), 240);
        long start = PayloadParams.startEndingAt(clock.millis(), r, PayloadParams.SCRAPE_MS);
        return new PayloadParams(series, samplesPerRequest, r, concurrency, seed, start, PayloadParams.SCRAPE_MS);
    }
}
