package io.faultline.models.iforest;

import io.faultline.models.multivariate.FittedMultivariateDetector;
import io.faultline.models.multivariate.MultivariateScorer;
import io.faultline.models.multivariate.RowScorer;
import java.util.List;

/** A fitted {@link IsolationForestDetector}: its trees and the training columns' means and deviations. Immutable. */
public final class FittedIsolationForest implements FittedMultivariateDetector {
    private final IsolationForestParams params;
    private final List<IsolationTree> trees;
    private final double normaliser;
    private final double[] mean;
    private final double[] std;

    FittedIsolationForest(IsolationForestParams params, List<IsolationTree> trees, int sampleSize, double[] mean,
            double[] std) {
        this.params = params;
        this.trees = List.copyOf(trees);
        this.normaliser = IsolationTree.averagePath(sampleSize);
        this.mean = mean.clone();
        this.std = std.clone();
    }

    @Override
    public int dimensions() {
        return mean.length;
    }

    @Override
    public MultivariateScorer newScorer() {
        return new RowScorer(this::instant, params.window(), mean, std, params.localAlpha());
    }

    /** s(x) = 2^(-E[h(x)] / c(psi)): near 1 for rows isolated quickly, about 0.5 or less for ordinary rows. */
    double instant(double[] row) {
        double total = 0;
        for (IsolationTree tree : trees) {
            total += tree.pathLength(row);
        }
        return Math.pow(2, -total / trees.size() / normaliser);
    }
}
