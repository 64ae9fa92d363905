package io.faultline.api.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Runs one prepared payload against a fresh Faultline ({@code serve} in a child JVM on an embedded DuckDB
 * file, storing and scoring every sample) and then against a fresh Prometheus with its remote_write
 * receiver, each in its own temporary folder, and reads each one's memory and series count from its own
 * {@code /metrics}. Faultline's memory is its heap after a full GC (asked with jcmd) before the run and
 * after it, once its diagnosis worker has caught up (the heap right after the load, with the diagnoses
 * still under way, is reported beside it); Prometheus' is {@code go_memstats_heap_inuse_bytes} (Go offers no outside GC trigger, so this
 * includes garbage not yet collected) and its resident set size.
 */
public final class SideBySide {
    private static final long DRAIN_LIMIT_SECONDS = 300;
    private final Path prometheusBinary;
    private final List<String> faultlineJvmOptions;
    private final double durationSeconds;

    public SideBySide(Path prometheusBinary, List<String> faultlineJvmOptions, double durationSeconds) {
        this.prometheusBinary = prometheusBinary;
        this.faultlineJvmOptions = List.copyOf(faultlineJvmOptions);
        this.durationSeconds = durationSeconds;
    }

    public CompareResult run(Payload payload, double prepareSeconds) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("faultline-bench-");
        try {
            ReceiverFigures faultline = faultline(payload, prepareSeconds, Files.createDirectory(dir.resolve("faultline")));
            ReceiverFigures prometheus = prometheus(payload, prepareSeconds, Files.createDirectory(dir.resolve("prometheus")));
            double ratio = faultline.load().acceptedSamplesPerSecond() / prometheus.load().acceptedSamplesPerSecond();
            return new CompareResult(payload.samplesTotal(), payload.requests(), faultline, prometheus,
                    Math.rint(ratio * 1000) / 1000);
        } finally {
            deleteTree(dir);
        }
    }

    private ReceiverFigures faultline(Payload payload, double prepareSeconds, Path dir) throws IOException, InterruptedException {
        try (FaultlineProcess server = FaultlineProcess.start(dir, faultlineJvmOptions)) {
            boolean gc = server.fullGc();
            MetricsScrape first = MetricsScrape.of(server.metricsUrl());
            double before = first.valueOrNaN("jvm_memory_used_bytes", "area=\"heap\"");
            IngestResult load = new IngestLoad(server.writeUrl(), durationSeconds).run(payload, prepareSeconds);
            MetricsScrape loaded = MetricsScrape.of(server.metricsUrl()); // CPU before the GC asked for below
            gc &= server.fullGc();
            double withBacklog = MetricsScrape.of(server.metricsUrl()).valueOrNaN("jvm_memory_used_bytes", "area=\"heap\"");
            long drainStart = System.nanoTime();
            boolean drained = awaitDiagnosisDrained(server);
            double drainSeconds = Math.rint((System.nanoTime() - drainStart) / 1e6) / 1000;
            gc &= server.fullGc();
            MetricsScrape after = MetricsScrape.of(server.metricsUrl());
            double heap = after.valueOrNaN("jvm_memory_used_bytes", "area=\"heap\"");
            double series = after.valueOrNaN("faultline_active_series", "");
            Map<String, Double> memory = new TreeMap<>();
            memory.put("heapUsedBytesBefore", before);
            memory.put("heapUsedBytesAfterLoad", withBacklog);
            memory.put("diagnosisDrainSeconds", drainSeconds);
            memory.put("heapUsedBytesAfter", heap);
            memory.put("residentBytesAfter", after.valueOrNaN("process_resident_memory_bytes", ""));
            String basis = (gc ? "jvm heap used after a full GC" : "jvm heap used (no full GC: jcmd failed)")
                    + (drained ? ", once the diagnosis backlog was done" : ", the diagnosis backlog not done after "
                    + DRAIN_LIMIT_SECONDS + " s") + ", growth during the run";
            return new ReceiverFigures("faultline", load, series, memory, perSeries(heap - before, series), basis,
                    cpu(first, loaded), perCpu(load, first, loaded));
        }
    }

    /**
     * Waits until the diagnosis worker has correlated every accepted batch, so the heap figure is what the
     * series cost and not the transient cases of diagnoses still under way; false after the limit.
     */
    private static boolean awaitDiagnosisDrained(FaultlineProcess server) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT_SECONDS * 1_000_000_000L;
        while (MetricsScrape.of(server.metricsUrl()).valueOrNaN("faultline_diagnosis_queue_pending", "") > 0) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private ReceiverFigures prometheus(Payload payload, double prepareSeconds, Path dir) throws IOException, InterruptedException {
        try (PrometheusProcess server = PrometheusProcess.start(prometheusBinary, dir)) {
            MetricsScrape before = MetricsScrape.of(server.metricsUrl());
            IngestResult load = new IngestLoad(server.writeUrl(), durationSeconds).run(payload, prepareSeconds);
            MetricsScrape after = MetricsScrape.of(server.metricsUrl());
            double heapBefore = before.valueOrNaN("go_memstats_heap_inuse_bytes", "");
            double heap = after.valueOrNaN("go_memstats_heap_inuse_bytes", "");
            double series = after.valueOrNaN("prometheus_tsdb_head_series", "");
            Map<String, Double> memory = new TreeMap<>();
            memory.put("heapInuseBytesBefore", heapBefore);
            memory.put("heapInuseBytesAfter", heap);
            memory.put("residentBytesBefore", before.valueOrNaN("process_resident_memory_bytes", ""));
            memory.put("residentBytesAfter", after.valueOrNaN("process_resident_memory_bytes", ""));
            return new ReceiverFigures("prometheus", load, series, memory, perSeries(heap - heapBefore, series),
                    "go heap in use (garbage included), growth during the run", cpu(before, after), perCpu(load, before, after));
        }
    }

    private static double cpu(MetricsScrape before, MetricsScrape after) {
        double seconds = after.valueOrNaN("process_cpu_seconds_total", "") - before.valueOrNaN("process_cpu_seconds_total", "");
        return Math.rint(seconds * 1000) / 1000;
    }

    private static double perCpu(IngestResult load, MetricsScrape before, MetricsScrape after) {
        double seconds = cpu(before, after);
        return seconds > 0 ? Math.rint(load.samplesAccepted() / seconds) : Double.NaN;
    }

    private static double perSeries(double bytes, double series) {
        return series > 0 ? Math.rint(bytes / series) : Double.NaN;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + dir, e);
        }
    }
}
