package io.faultline.api.pipeline;

import io.faultline.ingest.MetricStore;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * Scores a stored range of a series again, with the scorer the live pipeline would make for it
 * ({@link ScorerFactory}: the trained model, or the configured detector fitted on the history before).
 * The scorer starts one warm-up span (the factory's priming history) before the range, so windowed
 * detectors are warm at its start. A replay is not a record of what was scored live: a live scorer
 * started at the series' first point, so stateful detectors may differ slightly, and only by the
 * data both saw.
 */
public final class ScoreReplay {
    private final MetricStore store;
    private final ScorerFactory scorers;

    public ScoreReplay(MetricStore store, ScorerFactory scorers) {
        this.store = store;
        this.scorers = scorers;
    }

    /** The scored points of {@code key} with {@code fromMs <= t <= toMs}, in time order. */
    public List<ScoredPoint> replay(SeriesKey key, long fromMs, long toMs) {
        long startMs = saturatedMinus(fromMs, scorers.primeMs());
        SeriesSamples samples = store.read(key, startMs, toMs == Long.MAX_VALUE ? toMs : toMs + 1);
        List<ScoredPoint> out = new ArrayList<>();
        if (samples.size() == 0) {
            return out;
        }
        ScorerFactory.SeriesScoring scoring = scorers.create(key, samples.timestampsMs()[0]);
        for (int i = 0; i < samples.size(); i++) {
            ScoredPoint point = scoring.score(samples.timestampsMs()[i], samples.values()[i]);
            if (point != null && point.timestampMs() >= fromMs) {
                out.add(point);
            }
        }
        return out;
    }

    /** How far before a range the replay starts. */
    public long warmUpMs() {
        return scorers.primeMs();
    }

    private static long saturatedMinus(long a, long b) {
        long r = a - b;
        return ((a ^ b) & (a ^ r)) < 0 ? Long.MIN_VALUE : r;
    }
}
