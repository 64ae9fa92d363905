package io.faultline.models.kmeans;

import io.faultline.features.window.DoubleRingBuffer;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import java.util.Arrays;

/**
 * Scores one series window by window. Before a model exists it collects finite values and
 * trains once it has {@code minHistory} of them; it warms up until then and until it holds the
 * {@code window - 1} predecessors of the point to score. A point judged anomalous enters the
 * window as its expected value, as the Hampel filter replaces outliers by the window's estimate
 * (Pearson, "Outliers in process modeling and identification", IEEE Trans. Control Systems
 * Technology 10(1), 2002): otherwise one spike would make the next {@code window - 1} windows
 * look anomalous too.
 */
final class KMeansWindowScorer implements Scorer {
    private final KMeansWindowParams params;
    private final DoubleRingBuffer predecessors;
    private final double[] window;
    private KMeansWindowModel model;
    private double[] collected;
    private int collectedCount;

    KMeansWindowScorer(KMeansWindowParams params, KMeansWindowModel model, double[] recent) {
        this.params = params;
        this.model = model;
        this.predecessors = new DoubleRingBuffer(params.window() - 1);
        this.window = new double[params.window()];
        for (double value : recent) {
            predecessors.add(value);
        }
        if (model == null) {
            collected = Arrays.copyOf(recent, params.minHistory());
            collectedCount = recent.length;
        }
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        ScoredPoint point = model == null || !predecessors.isFull()
                ? ScoredPoint.warmingUp(timestampMs, value)
                : judge(timestampMs, value);
        predecessors.add(point.anomalous() ? point.expected() : value);
        if (model == null) {
            collected[collectedCount++] = value;
            if (collectedCount == collected.length) {
                model = KMeansWindowTrainer.train(collected, params);
                collected = null;
            }
        }
        return point;
    }

    private ScoredPoint judge(long timestampMs, double value) {
        for (int i = 0; i < predecessors.size(); i++) {
            window[i] = predecessors.get(i);
        }
        window[window.length - 1] = value;
        double distanceScale = Math.max(model.distanceQuantile(), params.minDistanceScale());
        KMeansWindowModel.Judgement judgement = model.judge(window, params.thresholdFactor() * distanceScale);
        double score = judgement.distance() / distanceScale;
        return new ScoredPoint(timestampMs, value, judgement.expected(), judgement.lower(), judgement.upper(),
                score, score > params.thresholdFactor());
    }
}
