package io.faultline.api.pipeline;

import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.Scorer;
import java.util.Map;

/**
 * Makes the scorer of a series seen for the first time: from its trained model when
 * {@code faultline train} wrote one, else from the configured detector fitted on the series'
 * recent history in the store (so a restart does not start every series cold).
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

    /** A scorer for {@code key}, whose first point to score is at {@code firstNewMs}. */
    Scorer create(SeriesKey key, long firstNewMs) {
        FittedDetector model = trained.get(key);
        if (model != null) {
            return model.newScorer();
        }
        SeriesSamples history = store.read(key, firstNewMs - primeMs, firstNewMs);
        return detector.fit(history).newScorer();
    }

    /** How much history before a series' first new point primes its scorer. */
    long primeMs() {
        return primeMs;
    }

    int trainedModels() {
        return trained.size();
    }
}
