package io.faultline.models.gaussian;

/**
 * Parameters of {@link WindowedGaussianDetector}. The defaults are NAB's: a window of 6400 points
 * that, once full, slides 100 points at a time, and a first score from the second point on.
 *
 * @param window    how many recent points the mean and standard deviation are taken over, >= 2
 * @param step      once the window is full, it moves by this many points at once, in [1, window]
 * @param minPoints points the window must hold before scoring starts, in [1, window]; NAB scores
 *                  from the second point on, i.e. 1
 * @param threshold anomalous when the score 1 - Q(|z|) exceeds this, in (0.5, 1); 0.9999 is
 *                  |z| above 3.72
 */
public record WindowedGaussianParams(int window, int step, int minPoints, double threshold) {

    public WindowedGaussianParams {
        if (window < 2) {
            throw new IllegalArgumentException("window must be >= 2, was " + window);
        }
        if (step < 1 || step > window) {
            throw new IllegalArgumentException("step must be in [1, window=" + window + "], was " + step);
        }
        if (minPoints < 1 || minPoints > window) {
            throw new IllegalArgumentException("minPoints must be in [1, window=" + window + "], was " + minPoints);
        }
        if (!(threshold > 0.5 && threshold < 1)) {
            throw new IllegalArgumentException("threshold must be in (0.5, 1), was " + threshold);
        }
    }

    /** NAB's window and step; anomalous beyond about 3.7 standard deviations. */
    public static WindowedGaussianParams defaults() {
        return new WindowedGaussianParams(6400, 100, 1, 0.9999);
    }
}
