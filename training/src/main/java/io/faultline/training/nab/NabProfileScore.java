package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCostProfile;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A detector's NAB result for one cost profile: the one threshold used for the whole corpus, the raw
 * score (the sum of the files' scores, NAB's "Totals" row), the null and perfect scores it is
 * normalised against, and the breakdowns by file and category.
 *
 * @param normalisedScore {@code 100 (raw - null) / (perfect - null)}: NAB's published figure; NaN
 *     when the files have no window
 */
public record NabProfileScore(NabCostProfile profile, double threshold, double rawScore, double nullScore,
        double perfectScore, double normalisedScore, NabCounts counts, List<NabFileScore> files,
        List<NabCategoryScore> categories) {

    public NabProfileScore {
        files = List.copyOf(files);
        categories = List.copyOf(categories);
    }

    public NabCategoryScore category(String name) {
        return categories.stream().filter(c -> c.category().equals(name)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no category '" + name + "', have "
                        + categories.stream().map(NabCategoryScore::category).toList()));
    }

    public NabFileScore file(String relativePath) {
        return files.stream().filter(f -> f.relativePath().equals(relativePath)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no file '" + relativePath + "'"));
    }
}
