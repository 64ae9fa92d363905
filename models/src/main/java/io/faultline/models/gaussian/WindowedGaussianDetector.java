package io.faultline.models.gaussian;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.Detector;
import io.faultline.models.FittedDetector;
import io.faultline.models.TrainingProvenance;
import java.util.Arrays;
import java.util.Objects;

/**
 * NAB's Windowed Gaussian baseline ({@code nab/detectors/gaussian/windowedGaussian_detector.py} of
 * NAB v1.1; Lavin and Ahmad, ICMLA 2015): a point x is judged against the mean m and population
 * standard deviation s of a window of the points before it, and scores the Gaussian probability of
 * being less extreme, 1 - Q(|x - m| / s), with Q(z) = erfc(z / sqrt 2) / 2 the normal tail. A score
 * of 1 is a point the window finds impossible; the score is in [0, 1], as NAB expects.
 *
 * <p>The window grows point by point to {@code window} points, then slides {@code step} points at
 * a time (NAB: 6400 and 100), so m and s are frozen between slides; a deviation of 0 counts as
 * 1e-6. With the defaults every score equals NAB's published per-row output to about 1e-12.
 * expected = m, bounds = m +- z* s where 1 - Q(z*) = threshold.
 *
 * <p>Fitting replays the finite history through the window; the scorers then keep learning
 * online. Deterministic: the seed is 0.
 */
public final class WindowedGaussianDetector implements Detector {
    public static final String NAME = "windowed-gaussian";

    private final WindowedGaussianParams params;

    public WindowedGaussianDetector(WindowedGaussianParams params) {
        this.params = Objects.requireNonNull(params, "params");
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public WindowedGaussianParams params() {
        return params;
    }

    @Override
    public FittedDetector fit(SeriesSamples history) {
        double[] finite = Arrays.stream(history.values()).filter(Double::isFinite).toArray();
        return new FittedWindowedGaussian(TrainingProvenance.of(NAME, params, history, 0L), params,
                replay(finite, params.window(), params.step()));
    }

    /** Where the window stands after {@code values}: full steps joined it, the rest waits. */
    static WindowedGaussianState replay(double[] values, int window, int step) {
        if (values.length <= window) {
            return new WindowedGaussianState(values, new double[0]);
        }
        int beyond = values.length - window;
        int windowEnd = window + beyond / step * step;
        return new WindowedGaussianState(Arrays.copyOfRange(values, windowEnd - window, windowEnd),
                Arrays.copyOfRange(values, windowEnd, values.length));
    }
}
