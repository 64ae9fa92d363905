package io.faultline.models.kmeans;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * Scores each point by how unlike the training windows its window is: the window of the point
 * and its {@code window - 1} predecessors is featurised ({@link WindowFeatures}), its Euclidean
 * distance to the nearest k-means centroid is divided by max(the {@code trainingQuantile} of the
 * training windows' distances, {@code minDistanceScale}), and the point is anomalous when that
 * score exceeds {@code thresholdFactor}. With the defaults about 0.5% of windows like the
 * training data score above 1. Clustering subsequences as a model of normal behaviour follows
 * e.g. Keogh &amp; Lin, "Clustering of time-series subsequences is meaningless" (KAIS 8(2), 2005),
 * whose caveat is why this detector scores distances rather than reading meaning into clusters.
 *
 * <p>Fitting trains on all finite history values when there are at least {@code minHistory};
 * otherwise each scorer collects {@code minHistory} finite points from its stream, warming up
 * meanwhile, and trains then. After training the model is frozen: a lasting level shift keeps
 * scoring high until the detector is refitted. A point judged anomalous is replaced by its expected
 * value in the windows that follow, so an isolated spike flags itself and not its successors.
 * Each point costs O(k w).
 */
public final class KMeansWindowDetector implements Detector {
    public static final String NAME = "kmeans-window";

    private final KMeansWindowParams params;

    public KMeansWindowDetector(KMeansWindowParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public KMeansWindowParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        double[] finite = Arrays.stream(history.values()).filter(Double::isFinite).toArray();
        KMeansWindowState state;
        if (finite.length >= params.minHistory()) {
            double[] recent = Arrays.copyOfRange(finite, finite.length - (params.window() - 1), finite.length);
            state = new KMeansWindowState(KMeansWindowTrainer.train(finite, params), recent);
        } else {
            state = new KMeansWindowState(null, finite);
        }
        return new FittedKMeansWindow(TrainingProvenance.of(NAME, params, history, params.seed()), params, state);
    }
}
