package io.faultline.models.rcf;

import com.amazon.randomcutforest.parkservices.ThresholdedRandomCutForest;
import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * Random Cut Forest (Guha, Mishra, Roy and Schrijvers, "Robust Random Cut Forest Based Anomaly
 * Detection on Streams", ICML 2016) through AWS's {@code ThresholdedRandomCutForest}
 * ({@code software.amazon.randomcutforest:randomcutforest-parkservices}, Apache-2.0), which adds
 * streaming normalisation, internal shingling and an adaptive threshold to the forest.
 *
 * <p>Fitting streams the last {@code maxHistory} finite history values through a forest built from
 * the params and the seed, and keeps the result as the library's own state tree. A point is
 * anomalous when the library's thresholder gives it a positive anomaly grade; the score
 * ({@link RcfScore}) exceeds 1 exactly then, and otherwise is the RCF score over the current
 * threshold. Expected value and bounds are the forest's one-step forecast (see {@link RcfScorer}),
 * which needs a shingle of at least 2.
 */
public final class RcfDetector implements Detector {
    public static final String NAME = "rcf";

    private final RcfParams params;

    public RcfDetector(RcfParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RcfParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        long[] timestamps = history.timestampsMs();
        double[] values = history.values();
        int[] finite = java.util.stream.IntStream.range(0, values.length).filter(i -> Double.isFinite(values[i])).toArray();
        int[] used = Arrays.copyOfRange(finite, Math.max(0, finite.length - params.maxHistory()), finite.length);
        ThresholdedRandomCutForest forest = ForestStates.newForest(params);
        for (int i : used) {
            forest.process(new double[] {values[i]}, timestamps[i]);
        }
        return new FittedRcf(TrainingProvenance.of(NAME, params, history, params.seed()), params,
                new RcfState(ForestStates.toJson(forest)));
    }
}
