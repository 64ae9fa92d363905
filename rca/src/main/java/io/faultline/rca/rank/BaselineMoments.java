package io.faultline.rca.rank;

/**
 * The sum, mean and centred sum of squares of a series' first {@code base} values, summed in time
 * order, when all of them are finite: what {@link CalleeResiduals} needs of a series for every
 * correlation and regression it takes part in, computed once per series rather than once per pair.
 *
 * @param base           the number of leading values summed
 * @param allFinite      whether all of them are finite; the other fields are NaN when not
 * @param sum            their sum, from 0 in time order (as a regression's column of ones sums them)
 * @param mean           their sum divided by {@code base}
 * @param centredSquares the sum of {@code (v - mean) * (v - mean)}
 */
record BaselineMoments(int base, boolean allFinite, double sum, double mean, double centredSquares) {

    static BaselineMoments of(double[] values, int base) {
        double sum = 0;
        for (int i = 0; i < base; i++) {
            if (!Double.isFinite(values[i])) {
                return new BaselineMoments(base, false, Double.NaN, Double.NaN, Double.NaN);
            }
            sum += values[i];
        }
        double mean = sum / base;
        double squares = 0;
        for (int i = 0; i < base; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        return new BaselineMoments(base, true, sum, mean, squares);
    }

    /** The values minus their mean, {@code v - mean} for each of the first {@code base}. */
    double[] centred(double[] values) {
        double[] out = new double[base];
        for (int i = 0; i < base; i++) {
            out[i] = values[i] - mean;
        }
        return out;
    }
}
