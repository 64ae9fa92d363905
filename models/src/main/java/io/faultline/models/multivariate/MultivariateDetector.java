package io.faultline.models.multivariate;

/**
 * A configured, unfitted detector for a group of series of one component observed together (one row
 * of D values per time step, e.g. the 38 metrics of an SMD machine). {@link #fit} learns normal
 * behaviour from training rows and returns an immutable {@link FittedMultivariateDetector}.
 */
public interface MultivariateDetector {

    /** The detector's name, e.g. {@code pca-residual}. */
    String name();

    /** The parameters this detector was configured with, as a Jackson-bindable record. */
    Record params();

    /**
     * @param rows training rows in time order, each with the same number of finite values
     * @throws IllegalArgumentException when there are too few rows or they differ in width
     */
    FittedMultivariateDetector fit(double[][] rows);
}
