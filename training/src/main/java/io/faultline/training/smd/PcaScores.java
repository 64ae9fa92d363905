package io.faultline.training.smd;

/**
 * Per-row anomaly scores and per-row, per-dimension contributions (which sum to the score). Accessors
 * return copies, so an instance is immutable.
 */
public final class PcaScores {
    private final double[] scores;
    private final double[][] contributions;

    PcaScores(double[] scores, double[][] contributions) {
        this.scores = scores;
        this.contributions = contributions;
    }

    public int rows() {
        return scores.length;
    }

    public double[] scores() {
        return scores.clone();
    }

    public double[][] contributions() {
        double[][] out = new double[contributions.length][];
        for (int r = 0; r < out.length; r++) {
            out[r] = contributions[r].clone();
        }
        return out;
    }
}
