package io.faultline.api.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.models.Detector;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.nab.NabProfileScore;
import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabResultFile;
import io.faultline.training.nab.NabScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.function.LongSupplier;

/**
 * Runs a registered detector over a NAB corpus the way NAB runs its detectors: every file streamed
 * row by row through its own fresh detector, fitted on nothing ({@link NabStream}), then scored by
 * {@link NabScorer} on every profile of the corpus. Files are independent, so they are streamed on a
 * fixed pool of threads; results are gathered in corpus order, so the output does not depend on the
 * pool's size or timing.
 */
public final class NabEvaluation {
    private final DetectorRegistry registry;
    private final int threads;
    private final LongSupplier nanoTime;

    /**
     * @param threads size of the pool that streams files, >= 1
     * @param nanoTime the clock that times the run (only reported, never used by a detector)
     */
    public NabEvaluation(DetectorRegistry registry, int threads, LongSupplier nanoTime) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        this.registry = registry;
        this.threads = threads;
        this.nanoTime = nanoTime;
    }

    /**
     * @param params the detector's params as JSON, or null for its defaults
     * @param progress told how many files are done, in corpus order
     * @throws IllegalArgumentException for an unknown detector or bad params, before any file is streamed
     */
    public NabRun run(NabCorpus corpus, String detectorName, JsonNode params, IntConsumer progress) {
        Detector probe = registry.create(detectorName, params);
        List<NabSeries> series = corpus.series();
        long start = nanoTime.getAsLong();
        List<NabStream> streams = stream(series, detectorName, params, progress);
        long detectNanos = nanoTime.getAsLong() - start;

        List<NabResultFile> files = new ArrayList<>(series.size());
        List<NabResultFile> flags = new ArrayList<>(series.size());
        for (int i = 0; i < series.size(); i++) {
            files.add(NabResultFile.of(series.get(i), streams.get(i).anomalyScores()));
            flags.add(NabResultFile.of(series.get(i), binary(streams.get(i).flagged())));
        }
        long scoreStart = nanoTime.getAsLong();
        NabScorer scorer = new NabScorer();
        NabReport report = scorer.score(files, corpus.profiles());
        List<NabProfileScore> own = new ArrayList<>();
        for (NabCostProfile p : corpus.profiles()) {
            own.add(scorer.scoreAt(flags, p, 1.0));
        }
        long scoreNanos = nanoTime.getAsLong() - scoreStart;
        return new NabRun(detectorName, probe.params(), files, report, new NabReport(report.probationPercent(), own),
                corpus.rowCount(), threads, detectNanos, scoreNanos);
    }

    private List<NabStream> stream(List<NabSeries> series, String name, JsonNode params, IntConsumer progress) {
        if (threads == 1) {
            List<NabStream> out = new ArrayList<>(series.size());
            for (NabSeries s : series) {
                out.add(NabStream.of(registry.create(name, params), s));
                progress.accept(out.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "nab-evaluate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<NabStream>> futures = new ArrayList<>(series.size());
            for (NabSeries s : series) {
                // A detector per file: files must not share anything mutable, whatever a detector keeps.
                futures.add(pool.submit(() -> NabStream.of(registry.create(name, params), s)));
            }
            List<NabStream> out = new ArrayList<>(series.size());
            for (Future<NabStream> f : futures) {
                out.add(await(f));
                progress.accept(out.size());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static NabStream await(Future<NabStream> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while streaming NAB files", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static double[] binary(boolean[] flagged) {
        double[] out = new double[flagged.length];
        for (int i = 0; i < flagged.length; i++) {
            out[i] = flagged[i] ? 1.0 : 0.0;
        }
        return out;
    }
}
