package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.bench.IngestLoad;
import io.faultline.api.bench.IngestResult;
import io.faultline.api.bench.Payload;
import io.faultline.api.bench.PayloadGenerator;
import io.faultline.api.bench.PayloadParams;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline bench ingest}: replays prepared remote_write requests against a receiver at full rate. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Send realistic remote_write 1.0 requests (built once up front) to a receiver at full rate "
                + "and print requests, samples sent and accepted, errors by status, accepted samples/s and client CPU.")
final class BenchIngestCommand implements Callable<Integer> {

    @Option(names = "--target", required = true, paramLabel = "URL",
            description = "The remote_write URL, e.g. http://127.0.0.1:8080/api/v1/write.")
    URI target;

    @Mixin
    LoadOptions load;

    @Option(names = "--json", description = "Print only the result as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PayloadParams params = load.params(Clock.systemUTC());
        long t0 = System.nanoTime();
        Payload payload = PayloadGenerator.build(params);
        double prepare = (System.nanoTime() - t0) / 1e9;
        if (!json) {
            System.out.printf(Locale.ROOT, "prepared %,d requests, %,d samples (%,d series x %d scrapes), %,d bytes in %.1f s%n",
                    payload.requests(), payload.samplesTotal(), params.series(), params.rounds(), payload.bytes(), prepare);
        }
        IngestResult result = new IngestLoad(target, load.durationSeconds).run(payload, prepare);
        if (!json) {
            System.out.printf(Locale.ROOT, "%,d requests, %,d of %,d samples accepted in %.2f s: %,.0f samples/s; errors %s%n",
                    result.requests(), result.samplesAccepted(), result.samplesSent(), result.durationSeconds(),
                    result.acceptedSamplesPerSecond(), result.errors());
        }
        System.out.println(Json.mapper().writeValueAsString(result));
        return result.failedRequests() == 0 ? 0 : 1;
    }
}
