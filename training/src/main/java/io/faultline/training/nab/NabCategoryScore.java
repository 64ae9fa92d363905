package io.faultline.training.nab;

/**
 * The files of one NAB category at the corpus' threshold, normalised as the corpus is: raw and null
 * scores are sums over the category's files and the perfect score is {@code tpWeight} per window.
 *
 * @param normalisedScore {@code 100 (raw - null) / (perfect - null)}, or NaN for a category without
 *     windows (such as {@code artificialNoAnomaly}), where it is undefined
 */
public record NabCategoryScore(String category, int files, int windows, double rawScore, double nullScore,
        double perfectScore, double normalisedScore, NabCounts counts) {
}
