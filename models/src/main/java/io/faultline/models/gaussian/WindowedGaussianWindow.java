package io.faultline.models.gaussian;

import io.faultline.features.window.DoubleRingBuffer;

/**
 * NAB's stepwise window: while it is not full every point joins it at once; once full, points wait
 * in a buffer and join it {@code step} at a time, the oldest {@code step} leaving. The mean and the
 * population standard deviation change only when the window changes.
 *
 * <p>While the window grows the moments follow Welford's update (O(1)); each time the full window
 * moves they are recomputed from its contents by the two-pass algorithm, as NAB recomputes them with
 * NumPy. That costs O(window / step) per point amortised (64 with NAB's 6400 and 100) and makes the
 * moments a function of the window's contents alone, so a scorer primed from a saved window scores
 * exactly like one that streamed the history.
 */
final class WindowedGaussianWindow {
    private final DoubleRingBuffer values;
    private final double[] pending;
    private int pendingSize;
    private double mean;
    private double sumOfSquares;

    WindowedGaussianWindow(int window, int step) {
        this.values = new DoubleRingBuffer(window);
        this.pending = new double[step];
    }

    static WindowedGaussianWindow of(WindowedGaussianParams params, WindowedGaussianState state) {
        WindowedGaussianWindow w = new WindowedGaussianWindow(params.window(), params.step());
        double[] window = state.window();
        if (window.length == params.window()) {
            for (double v : window) {
                w.values.add(v);
            }
            w.recompute();
        } else {
            for (double v : window) {
                w.grow(v);
            }
        }
        for (double v : state.pending()) {
            w.add(v);
        }
        return w;
    }

    void add(double value) {
        if (!values.isFull()) {
            grow(value);
            if (values.isFull()) {
                recompute();
            }
            return;
        }
        pending[pendingSize++] = value;
        if (pendingSize == pending.length) {
            for (double v : pending) {
                values.add(v);
            }
            pendingSize = 0;
            recompute();
        }
    }

    private void grow(double value) {
        values.add(value);
        double delta = value - mean;
        mean += delta / values.size();
        sumOfSquares += delta * (value - mean);
    }

    private void recompute() {
        int n = values.size();
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            sum += values.get(i);
        }
        mean = sum / n;
        double squares = 0.0;
        for (int i = 0; i < n; i++) {
            double d = values.get(i) - mean;
            squares += d * d;
        }
        sumOfSquares = squares;
    }

    int size() {
        return values.size();
    }

    double mean() {
        return mean;
    }

    /** The population standard deviation, or 1e-6 where it is 0, as NAB does. */
    double standardDeviation() {
        double std = Math.sqrt(Math.max(0.0, sumOfSquares) / values.size());
        return std == 0.0 ? 1e-6 : std;
    }
}
