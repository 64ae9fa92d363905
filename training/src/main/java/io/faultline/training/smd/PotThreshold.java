package io.faultline.training.smd;

import java.util.Arrays;

/**
 * A label-free alarm threshold from training scores by Peaks-Over-Threshold, the initialisation step
 * of SPOT (Siffer, Fouque, Termier, Largouët, "Anomaly Detection in Streams with Extreme Value
 * Theory", KDD 2017, algorithm 1), as OmniAnomaly uses it:
 * <ol>
 *   <li>t = the empirical quantile of the n training scores at {@link PotParams#initialQuantile()}:
 *   the sorted scores' element at index {@code floor(level n)} (capped at n - 1), as Siffer et al.'s
 *   reference code;</li>
 *   <li>the N_t excesses Y = x - t of the scores x &gt; t are fitted by a generalised Pareto
 *   distribution ({@link GpdFit});</li>
 *   <li>the threshold is z_q = t + (sigma / gamma) ((q n / N_t)^(-gamma) - 1), or
 *   t - sigma ln(q n / N_t) when gamma = 0, the score a normal point exceeds with probability q.</li>
 * </ol>
 * Only training scores are used, so this is the threshold a deployment would run with. Rows are
 * then flagged when their score is {@code >= threshold}.
 *
 * @param threshold        z_q
 * @param initialThreshold t
 * @param peaks            N_t, the training scores above t
 * @param points           n, the training scores
 * @param fit              the GPD fitted to the excesses
 */
public record PotThreshold(double threshold, double initialThreshold, int peaks, int points, GpdFit fit) {

    /**
     * @throws IllegalArgumentException when fewer than 2 training scores lie above t (too many ties at
     *                                  the top to fit a tail)
     */
    public static PotThreshold fit(double[] trainingScores, PotParams params) {
        ScoreInput.finite(trainingScores, "training scores");
        double[] sorted = trainingScores.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double t = sorted[Math.min(n - 1, (int) Math.floor(params.initialQuantile() * n))];
        int first = n;
        while (first > 0 && sorted[first - 1] > t) {
            first--;
        }
        int peaks = n - first;
        if (peaks < 2) {
            throw new IllegalArgumentException("POT needs at least 2 training scores above the initial threshold "
                    + t + ", found " + peaks);
        }
        double[] excesses = new double[peaks];
        for (int i = 0; i < peaks; i++) {
            excesses[i] = sorted[first + i] - t;
        }
        GpdFit gpd = params.method() == PotParams.GpdMethod.GRIMSHAW ? GpdFit.grimshaw(excesses) : GpdFit.moments(excesses);
        return new PotThreshold(quantile(t, gpd, params.risk() * n / peaks), t, peaks, n, gpd);
    }

    /** z_q for the tail fitted above t, with r = q n / N_t. */
    static double quantile(double t, GpdFit gpd, double r) {
        if (gpd.gamma() == 0) {
            return t - gpd.sigma() * Math.log(r);
        }
        return t + gpd.sigma() / gpd.gamma() * (Math.pow(r, -gpd.gamma()) - 1);
    }
}
