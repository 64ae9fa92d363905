package io.faultline.api.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Sends a prepared {@link Payload} to one remote_write URL at full rate: one thread and one keep-alive
 * connection per shard, each sending its shard's requests in order and the next as soon as the previous is
 * answered. Stops when the duration is up or every request was sent. A 4xx/5xx or a broken connection is
 * counted and the run goes on (the request is not retried, so "accepted" means exactly the samples of the
 * requests the server acknowledged).
 */
public final class IngestLoad {
    private final URI target;
    private final long durationNanos;

    public IngestLoad(URI target, double durationSeconds) {
        if (!(durationSeconds > 0)) {
            throw new IllegalArgumentException("duration must be > 0 seconds, was " + durationSeconds);
        }
        this.target = target;
        this.durationNanos = (long) (durationSeconds * 1e9);
    }

    public IngestResult run(Payload payload, double prepareSeconds) throws InterruptedException {
        int shards = payload.shards().size();
        LongAdder requests = new LongAdder();
        LongAdder sent = new LongAdder();
        LongAdder accepted = new LongAdder();
        Map<String, LongAdder> errors = new ConcurrentHashMap<>();
        Map<String, String> firstErrors = new ConcurrentHashMap<>();
        AtomicLong cpuNanos = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        boolean[] finished = new boolean[shards];
        CountDownLatch done = new CountDownLatch(shards);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long deadline = start + durationNanos;
        for (int s = 0; s < shards; s++) {
            int shard = s;
            Thread t = new Thread(() -> {
                long cpu0 = mx.getCurrentThreadCpuTime();
                List<byte[]> bodies = payload.shards().get(shard);
                int[] counts = payload.samples().get(shard);
                int k = 0;
                try (HttpConnection connection = new HttpConnection(target)) {
                    for (; k < bodies.size() && System.nanoTime() < deadline; k++) {
                        String error;
                        String detail;
                        try {
                            HttpConnection.Response r = connection.post(bodies.get(k));
                            if (r.status() / 100 == 2) {
                                accepted.add(counts[k]);
                                error = null;
                                detail = null;
                            } else {
                                error = Integer.toString(r.status());
                                detail = r.body();
                            }
                        } catch (IOException e) {
                            error = "connection";
                            detail = e.toString();
                        }
                        requests.increment();
                        sent.add(counts[k]);
                        if (error != null) {
                            errors.computeIfAbsent(error, x -> new LongAdder()).increment();
                            firstErrors.putIfAbsent(error, detail);
                        }
                    }
                } finally {
                    finished[shard] = k == bodies.size();
                    lastAnswer.accumulateAndGet(System.nanoTime(), Math::max);
                    cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - cpu0);
                    done.countDown();
                }
            }, "bench-ingest-" + s);
            t.setDaemon(true);
            t.start();
        }
        done.await();
        double seconds = (lastAnswer.get() - start) / 1e9;
        boolean exhausted = true;
        for (boolean f : finished) {
            exhausted &= f;
        }
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        PayloadParams p = payload.params();
        return new IngestResult(target.toString(), p.series(), p.samplesPerRequest(), shards, requests.sum(), sent.sum(),
                accepted.sum(), errorCounts, new TreeMap<>(firstErrors), round(seconds),
                Math.rint(accepted.sum() / Math.max(seconds, 1e-9)), round(cpuNanos.get() / 1e9), exhausted,
                payload.bytes(), round(prepareSeconds));
    }

    private static double round(double seconds) {
        return Math.rint(seconds * 1000) / 1000;
    }
}
