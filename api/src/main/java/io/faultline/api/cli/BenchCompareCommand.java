package io.faultline.api.cli;

import io.faultline.api.Json;
import io.faultline.api.bench.CompareResult;
import io.faultline.api.bench.Payload;
import io.faultline.api.bench.PayloadGenerator;
import io.faultline.api.bench.PayloadParams;
import io.faultline.api.bench.ReceiverFigures;
import io.faultline.api.bench.SideBySide;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code faultline bench ingest-compare}: the same payload against Faultline and against Prometheus, one JSON. */
@Command(name = "ingest-compare", mixinStandardHelpOptions = true,
        description = "Start Faultline (child JVM, embedded store in a temp folder) and Prometheus (remote_write "
                + "receiver, temp TSDB), send each the same prepared payload in turn, and print both figures, the "
                + "ratio and each one's memory per active series.")
final class BenchCompareCommand implements Callable<Integer> {

    @Option(names = "--prometheus", defaultValue = "/usr/bin/prometheus", paramLabel = "BINARY",
            description = "The Prometheus 2.x binary (default: ${DEFAULT-VALUE}).")
    Path prometheus;

    @Option(names = "--faultline-jvm-options", defaultValue = "-Xmx4g", paramLabel = "OPTS",
            description = "JVM options of the Faultline child, space-separated (default: ${DEFAULT-VALUE}).")
    String jvmOptions;

    @Mixin
    LoadOptions load;

    @Option(names = "--json", description = "Print only the result as one JSON line.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isExecutable(prometheus)) {
            throw new IllegalArgumentException("--prometheus: " + prometheus + " is not an executable file");
        }
        PayloadParams params = load.params(Clock.systemUTC());
        long t0 = System.nanoTime();
        Payload payload = PayloadGenerator.build(params);
        double prepare = (System.nanoTime() - t0) / 1e9;
        List<String> options = Arrays.stream(jvmOptions.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        CompareResult result = new SideBySide(prometheus, options, load.durationSeconds).run(payload, prepare);
        if (!json) {
            System.out.printf(Locale.ROOT, "payload: %,d requests, %,d samples, %,d series%n",
                    result.payloadRequests(), result.payloadSamples(), params.series());
            line(result.faultline());
            line(result.prometheus());
            System.out.printf(Locale.ROOT, "ratio faultline / prometheus: %.3f%n", result.ratio());
        }
        System.out.println(Json.mapper().writeValueAsString(result));
        return result.faultline().load().failedRequests() + result.prometheus().load().failedRequests() == 0 ? 0 : 1;
    }

    private static void line(ReceiverFigures f) {
        System.out.printf(Locale.ROOT, "%-10s %,12.0f samples/s accepted (%,d of %,d in %.2f s), %,.0f per server CPU s, %,.0f active series, "
                        + "%,.0f bytes/series, errors %s%n", f.name(), f.load().acceptedSamplesPerSecond(),
                f.load().samplesAccepted(), f.load().samplesSent(), f.load().durationSeconds(),
                f.acceptedSamplesPerServerCpuSecond(), f.activeSeries(),
                f.bytesPerActiveSeries(), f.load().errors());
    }
}
