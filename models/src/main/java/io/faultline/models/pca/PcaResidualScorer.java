package io.faultline.models.pca;

import io.faultline.models.multivariate.MultivariatePoint;
import io.faultline.models.multivariate.MultivariateScorer;

/**
 * Scores rows with a {@link FittedPcaResidual} and reports the mean of the last {@code window} rows'
 * scores and contributions: anomalies on server metrics last minutes, single-row noise does not.
 * The sums are recomputed from the window each row, so no rounding drift accumulates.
 */
final class PcaResidualScorer implements MultivariateScorer {
    private final FittedPcaResidual model;
    private final MultivariatePoint[] recent;
    private int count;
    private int next;
    private final double[] past;
    private int pastCount;
    private int pastNext;

    private final double[] level;
    private final double[] std;
    private final double localAlpha;
    private final double freezeAbove;

    PcaResidualScorer(FittedPcaResidual model) {
        this.model = model;
        this.recent = new MultivariatePoint[model.params().window()];
        this.past = new double[model.params().normaliseWindow()];
        String attribution = model.params().attribution();
        this.level = attribution.startsWith("local") ? model.mean() : null;
        this.std = switch (attribution) {
            case "local-absolute" -> ones(model.dimensions());
            case "local-step" -> model.stepStd();
            default -> model.std();
        };
        this.localAlpha = model.params().localAlpha();
        this.freezeAbove = model.params().freezeAbove();
    }

    private static double[] ones(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, 1.0);
        return out;
    }

    /**
     * A dimension's standardised distance from its running mean, which then learns the row unless the
     * row's own score is above {@code freezeAbove}.
     */
    private MultivariatePoint local(MultivariatePoint p, double[] row) {
        double[] c = new double[row.length];
        boolean learn = freezeAbove == 0 || p.score() <= freezeAbove;
        for (int d = 0; d < row.length; d++) {
            c[d] = Math.abs(row[d] - level[d]) / std[d];
            if (learn) {
                level[d] += localAlpha * (row[d] - level[d]);
            }
        }
        return new MultivariatePoint(p.score(), c);
    }

    @Override
    public MultivariatePoint score(double[] row) {
        MultivariatePoint p = smoothed(row);
        if (past.length == 0) {
            return p;
        }
        double instant = recent[(next - 1 + recent.length) % recent.length].score();
        double level = 0;
        for (int i = 0; i < pastCount; i++) {
            level += past[(pastNext - pastCount + i + past.length) % past.length];
        }
        level = pastCount == 0 ? 1.0 : Math.max(level / pastCount, 1e-9);
        past[pastNext] = instant;
        pastNext = (pastNext + 1) % past.length;
        pastCount = Math.min(pastCount + 1, past.length);
        return new MultivariatePoint(p.score() / level, p.contributions());
    }

    private MultivariatePoint smoothed(double[] row) {
        MultivariatePoint instant = model.instant(row);
        recent[next] = level == null ? instant : local(instant, row);
        next = (next + 1) % recent.length;
        count = Math.min(count + 1, recent.length);
        if (recent.length == 1) {
            return recent[0];
        }
        double score = 0;
        for (int i = 0; i < count; i++) {
            score += recent[(next - count + i + recent.length) % recent.length].score() / count;
        }
        // contributions stay the row's own: a trailing mean would blame what moved before the anomaly
        return new MultivariatePoint(score, recent[(next - 1 + recent.length) % recent.length].contributions());
    }
}
