package io.faultline.api.pipeline;

import io.faultline.features.counter.CounterRate;
import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.Scorer;
import java.util.Map;

/**
 * Makes the scorer of a series seen for the first time: from its trained model when
 * {@code faultline train} wrote one, else from the configured detector fitted on the series'
 * recent history in the store (so a restart does not start every series cold).
 *
 * <p>A counter ({@link CounterRate#isCounter}: a {@code *_total} name) is scored as its per-second
 * rate: its detector is fitted on the rates of its history, and its {@link CounterRate} is primed
 * with that history so the first live sample after a restart already has a rate.
 */
public final class ScorerFactory {
    private final Detector detector;
    private final Map<SeriesKey, FittedDetector> trained;
    private final MetricStore store;
    private final long primeMs;

    /**
     * @param trained  fitted models by the series they were trained on
     * @param primeMs  how much history before a series' first new point primes its scorer
     */
    public ScorerFactory(Detector detector, Map<SeriesKey, FittedDetector> trained, MetricStore store, long primeMs) {
        this.detector = detector;
        this.trained = Map.copyOf(trained);
        this.store = store;
        this.primeMs = primeMs;
    }

    /** How one series is scored: its scorer and, for a counter, the rate conversion in front of it. */
    record SeriesScoring(Scorer scorer, CounterRate counter) {
        boolean isCounter() {
            return counter != null;
        }

        /** The point scored, or null for the first point of a counter (no rate yet). */
        ScoredPoint score(long timestampMs, double value) {
            if (counter == null) {
                return scorer.score(timestampMs, value);
            }
            boolean stale = StaleMarker.isStale(value);
            double rate = counter.next(timestampMs, value);
            if (Double.isNaN(rate) && !stale) {
                return null;
            }
            return scorer.score(timestampMs, stale ? value : rate);
        }
    }

    /** The scoring of {@code key}, whose first point to score is at {@code firstNewMs}. */
    SeriesScoring create(SeriesKey key, long firstNewMs) {
        return create(key, firstNewMs, Long.MIN_VALUE);
    }

    /**
     * The scoring of {@code key}, primed only with history later than {@code endedAtMs} (the
     * staleness marker that ended the series before, {@code Long.MIN_VALUE} for none).
     */
    SeriesScoring create(SeriesKey key, long firstNewMs, long endedAtMs) {
        FittedDetector model = trained.get(key);
        boolean counter = CounterRate.isCounter(key);
        if (model != null && !counter) {
            return new SeriesScoring(model.newScorer(), null);
        }
        long fromMs = endedAtMs == Long.MIN_VALUE ? firstNewMs - primeMs : Math.max(firstNewMs - primeMs, endedAtMs + 1);
        SeriesSamples history = store.read(key, fromMs, firstNewMs);
        if (!counter) {
            return new SeriesScoring(detector.fit(history).newScorer(), null);
        }
        CounterRate rate = new CounterRate();
        SeriesSamples rates = rate.feed(history);
        return new SeriesScoring(model != null ? model.newScorer() : detector.fit(rates).newScorer(), rate);
    }

    /** How much history before a series' first new point primes its scorer. */
    long primeMs() {
        return primeMs;
    }

    int trainedModels() {
        return trained.size();
    }
}
