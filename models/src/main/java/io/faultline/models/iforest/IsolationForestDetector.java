package io.faultline.models.iforest;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateDetector;
import io.faultline.models.multivariate.RowScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Isolation forest (Liu, Ting and Zhou, "Isolation Forest", ICDM 2008; "Isolation-Based Anomaly
 * Detection", ACM TKDD 6(1), 2012): rows that random axis-parallel splits isolate in few steps are
 * anomalous. Each of {@code trees} trees is grown on {@code sampleSize} training rows drawn without
 * replacement, to depth ceil(log2 psi); a row's score is 2^(-E[h(x)]/c(psi)), averaged over the last
 * {@code window} rows by {@link RowScorer}, which also blames each dimension by its standardised
 * distance from its own running level (the forest itself ranks no dimensions).
 *
 * <p>Written here rather than taken from Smile: Smile 2.6.0, the last LGPL release and the one this
 * project pins, has no isolation forest ({@code smile.anomaly} arrived in 3.0, under the GPL).
 * Deterministic: all randomness comes from one {@link SplittableRandom} seeded by {@code seed}.
 */
public final class IsolationForestDetector implements MultivariateDetector {
    public static final String NAME = "isolation-forest";

    private final IsolationForestParams params;

    public IsolationForestDetector(IsolationForestParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public IsolationForestParams params() {
        return params;
    }

    @Override
    public FittedMultivariateDetector fit(double[][] rows) {
        double[][] meanStd = RowScorer.meanAndStd(rows, params.minStd());
        int psi = Math.min(params.sampleSize(), rows.length);
        int depthLimit = (int) Math.ceil(Math.log(psi) / Math.log(2));
        SplittableRandom random = new SplittableRandom(params.seed());
        int[] all = new int[rows.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        List<IsolationTree> trees = new ArrayList<>(params.trees());
        for (int t = 0; t < params.trees(); t++) {
            for (int i = 0; i < psi; i++) { // partial Fisher-Yates: all[0, psi) is a fresh sample
                int j = i + random.nextInt(all.length - i);
                int swap = all[i];
                all[i] = all[j];
                all[j] = swap;
            }
            int[] sample = new int[psi];
            System.arraycopy(all, 0, sample, 0, psi);
            trees.add(IsolationTree.build(rows, sample, depthLimit, random));
        }
        return new FittedIsolationForest(params, trees, psi, meanStd[0], meanStd[1]);
    }
}
