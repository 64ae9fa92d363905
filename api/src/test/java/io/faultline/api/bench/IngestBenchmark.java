package io.faultline.api.bench;

import io.faultline.api.PipelineAssembly;
import io.faultline.api.config.DetectionConfig;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.pipeline.ChangeSource;
import io.faultline.api.pipeline.LivePipeline;
import io.faultline.api.pipeline.PipelineObserver;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.store.DuckDbMetricStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The ingest benchmark: appends to the DuckDB store, accepts through the live pipeline (storing and
 * scoring with the default detector, on two request threads), reads one series' range, and measures
 * the heap each active series costs. Seeded data; prints one JSON object. Run from the api module:
 * {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt) io.faultline.api.bench.IngestBenchmark [DIR [SERIES [POINTS]]]}
 * (defaults: a temporary folder, 100,000 series, 250 points each for the memory figure). With
 * {@code -Dbench.histogram=true} the heap's class histogram after the memory phase goes to stderr; with
 * {@code -Dbench.detector=NAME} the pipeline scores with that detector instead of the default.
 */
public final class IngestBenchmark {
    private static final long T0 = 1_700_000_000_000L;
    private static final long STEP_MS = 15_000L;

    private IngestBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("faultline-bench");
        int memorySeries = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int memoryPoints = args.length > 2 ? Integer.parseInt(args[2]) : 250; // past the default window of 240: steady state
        StringBuilder json = new StringBuilder("{");

        // 1. store append: 2,000 series x 2,000 points, batches of 1,000 series x 10 points (4M rows).
        try (DuckDbMetricStore store = DuckDbMetricStore.open(dir.resolve("append.duckdb").toString())) {
            List<SampleBatch> batches = batches("bench_store", 2_000, 2_000, 1_000, 10, 1);
            long start = System.nanoTime();
            long cpu = cpuNanos();
            for (SampleBatch b : batches) {
                store.append(b);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            field(json, "storeAppendSamplesPerSecond", Math.round(store.sampleCount() / seconds));
            field(json, "storeAppendSamplesPerCpuSecond", Math.round(store.sampleCount() / ((cpuNanos() - cpu) / 1e9)));
            field(json, "storeRows", store.sampleCount());
            readLatency(store, json);
        }

        // 2. LivePipeline.accept: 2 request threads, each 1,000 series of its own x 1,000 points.
        try (DuckDbMetricStore store = DuckDbMetricStore.open(dir.resolve("pipeline.duckdb").toString())) {
            // the server's pipeline: correlation and diagnosis on the background worker
            LivePipeline pipeline = PipelineAssembly.build(config(), store, PipelineObserver.NONE, ChangeSource.NONE);
            List<List<SampleBatch>> perThread = List.of(
                    batches("bench_live_a", 1_000, 1_000, 1_000, 10, 2),
                    batches("bench_live_b", 1_000, 1_000, 1_000, 10, 3));
            ExecutorService threads = Executors.newFixedThreadPool(perThread.size());
            long start = System.nanoTime();
            long cpu = cpuNanos();
            List<Future<?>> done = new ArrayList<>();
            for (List<SampleBatch> mine : perThread) {
                done.add(threads.submit(() -> mine.forEach(pipeline::accept)));
            }
            for (Future<?> f : done) {
                f.get();
            }
            pipeline.flush(); // the worker's backlog counts: the figure is what the pipeline sustains
            double seconds = (System.nanoTime() - start) / 1e9;
            threads.shutdown();
            field(json, "pipelineAcceptSamplesPerSecond", Math.round(store.sampleCount() / seconds));
            field(json, "pipelineAcceptSamplesPerCpuSecond", Math.round(store.sampleCount() / ((cpuNanos() - cpu) / 1e9)));
            field(json, "pipelineScoredPoints", pipeline.stats().scoredPoints());
        }

        // 3. heap per active series: the pipeline's live state plus the store's in-memory index.
        long bytes = bytesPerSeries(dir.resolve("memory.duckdb"), memorySeries, memoryPoints);
        field(json, "activeSeries", memorySeries);
        field(json, "pointsPerActiveSeries", memoryPoints);
        field(json, "heapBytesPerActiveSeries", bytes);
        json.setLength(json.length() - 1);
        System.out.println(json.append("}"));
        deleteTree(dir);
    }

    private static void readLatency(MetricStore store, StringBuilder json) {
        List<SeriesKey> keys = store.listSeries(List.of(LabelMatcher.eq(LabelMatcher.METRIC_NAME, "bench_store")));
        SplittableRandom random = new SplittableRandom(7);
        int reads = 300;
        double[] ms = new double[reads];
        long points = 0;
        for (int i = 0; i < reads; i++) {
            SeriesKey key = keys.get(random.nextInt(keys.size()));
            long from = T0 + random.nextInt(1_700) * STEP_MS;
            long start = System.nanoTime();
            points += store.read(key, from, from + 240 * STEP_MS).size(); // one hour of 15 s points
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        field(json, "readPointsPerRange", points / reads);
        field(json, "readP50Ms", round(ms[reads / 2]));
        field(json, "readP99Ms", round(ms[reads * 99 / 100]));
    }

    private static long bytesPerSeries(Path file, int seriesCount, int points) {
        try (DuckDbMetricStore store = DuckDbMetricStore.open(file.toString())) {
            LivePipeline pipeline = PipelineAssembly.build(config(), store);
            long before = usedHeapAfterGc();
            for (int p0 = 0; p0 < points; p0 += 50) { // batches made as needed: all at once would not fit the heap
                int n = Math.min(50, points - p0);
                for (SampleBatch b : shifted(batches("bench_memory", seriesCount, n, 1_000, n, 4 + p0), p0)) {
                    pipeline.accept(b);
                }
            }
            long after = usedHeapAfterGc();
            if (Boolean.getBoolean("bench.histogram")) {
                System.err.println(histogram(40));
            }
            if (pipeline.stats().activeSeries() != seriesCount) {
                throw new IllegalStateException("expected " + seriesCount + " active series, have " + pipeline.stats().activeSeries());
            }
            return (after - before) / seriesCount;
        }
    }

    /** The default configuration, or with {@code -Dbench.detector=NAME} that detector with its default params. */
    private static FaultlineConfig config() {
        String detector = System.getProperty("bench.detector");
        FaultlineConfig defaults = FaultlineConfig.defaults();
        return detector == null ? defaults : defaults.withDetection(new DetectionConfig(detector, null, ""));
    }

    /** The top {@code lines} lines of the heap's class histogram ({@code jcmd PID GC.class_histogram}). */
    private static String histogram(int lines) {
        try {
            Object text = ManagementFactory.getPlatformMBeanServer().invoke(
                    new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
            return String.join("\n", ((String) text).lines().limit(lines).toList());
        } catch (javax.management.JMException e) {
            return "no histogram: " + e.getMessage();
        }
    }

    /** CPU time of the whole process (every thread, DuckDB's included): on a shared machine, steadier than wall time. */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The batches with their timestamps moved {@code points} steps later. */
    private static List<SampleBatch> shifted(List<SampleBatch> batches, int points) {
        List<SampleBatch> out = new ArrayList<>(batches.size());
        for (SampleBatch b : batches) {
            List<SeriesSamples> list = new ArrayList<>();
            for (SeriesSamples s : b.series()) {
                long[] ts = s.timestampsMs().clone();
                for (int j = 0; j < ts.length; j++) {
                    ts[j] += points * STEP_MS;
                }
                list.add(new SeriesSamples(s.key(), ts, s.values()));
            }
            out.add(new SampleBatch(list));
        }
        return out;
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }

    /**
     * {@code series x points} samples in batches of {@code perBatch} series x {@code pointsPerBatch}
     * points, time-major (every series gets its next points before any series gets later ones).
     */
    static List<SampleBatch> batches(String metric, int series, int points, int perBatch, int pointsPerBatch, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        SeriesKey[] keys = new SeriesKey[series];
        for (int s = 0; s < series; s++) {
            keys[s] = SeriesKey.of(metric, "service", "svc-" + (s % 50), "instance", "i-" + s);
        }
        List<SampleBatch> out = new ArrayList<>();
        for (int p0 = 0; p0 < points; p0 += pointsPerBatch) {
            int n = Math.min(pointsPerBatch, points - p0);
            for (int s0 = 0; s0 < series; s0 += perBatch) {
                List<SeriesSamples> list = new ArrayList<>();
                for (int s = s0; s < Math.min(series, s0 + perBatch); s++) {
                    long[] ts = new long[n];
                    double[] values = new double[n];
                    for (int j = 0; j < n; j++) {
                        ts[j] = T0 + (p0 + j) * STEP_MS;
                        values[j] = 100 + random.nextGaussian(); // a steady series: the usual case, few anomalies
                    }
                    list.add(new SeriesSamples(keys[s], ts, values));
                }
                out.add(new SampleBatch(list));
            }
        }
        return out;
    }

    private static void field(StringBuilder json, String name, Object value) {
        json.append('"').append(name).append("\":").append(value).append(',');
    }

    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
