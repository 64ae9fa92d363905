package io.faultline.training.nab;

/**
 * One file's NAB score at a threshold: a row of NAB's {@code <detector>_<profile>_scores.csv}.
 *
 * @param score the raw score: scored windows plus weighted false positives
 * @param nullScore what a detector that never fires scores here: {@code -fnWeight} per scored window
 * @param windows the file's labelled windows, scored or not (a window wholly inside the probation
 *     period is not scored, but still counts towards the perfect score, as in NAB)
 * @param rows every row of the file, probation included (NAB's {@code Total_Count})
 */
public record NabFileScore(String category, String name, double threshold, double score, double nullScore,
        int windows, NabCounts counts, int rows) {

    /** NAB's key for the file, e.g. {@code realKnownCause/nyc_taxi.csv}. */
    public String relativePath() {
        return category + "/" + name + ".csv";
    }
}
