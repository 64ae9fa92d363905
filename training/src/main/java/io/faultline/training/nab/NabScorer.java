package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCostProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores a detector's output on a NAB corpus exactly as NAB v1.1 does (Lavin and Ahmad, "Evaluating
 * Real-time Anomaly Detection Algorithms - the Numenta Anomaly Benchmark", ICMLA 2015; the code of
 * {@code nab/sweeper.py}, {@code nab/optimizer.py}, {@code nab/scorer.py} and {@code nab/runner.py}):
 * <ol>
 * <li>the first {@code min(floor(0.15 n), 0.15 * 5000)} rows of a file of n rows are a probation
 * period and are never scored;</li>
 * <li>each row gets the sweep score of {@link NabSigmoid}: inside a window by its position in it,
 * outside by its distance past the preceding window;</li>
 * <li>per profile, one threshold for the whole corpus: every distinct anomaly score is tried, highest
 * first, and the first of the best is kept; a row is a detection when its score is at least the
 * threshold;</li>
 * <li>a window scores its best (earliest) detection, or {@code -fnWeight} when missed; false positives
 * add their weighted sweep scores; a file's score is their sum and the corpus' raw score the sum
 * over files;</li>
 * <li>normalised = {@code 100 (raw - null) / (perfect - null)}, with null the score of a detector
 * that never fires (NAB's published null results) and perfect {@code tpWeight} per window.</li>
 * </ol>
 * Sums are taken in NAB's order, so figures agree with NAB's to the last few bits. Per-category
 * scores are normalised the same way over the category's files; NAB itself reports only the corpus.
 */
public final class NabScorer {
    /** NAB's probation share of each file. */
    public static final double PROBATION_PERCENT = 0.15;

    private final double probationPercent;

    public NabScorer() {
        this(PROBATION_PERCENT);
    }

    public NabScorer(double probationPercent) {
        if (!(probationPercent >= 0 && probationPercent < 1)) {
            throw new IllegalArgumentException("probationPercent must be in [0, 1), was " + probationPercent);
        }
        this.probationPercent = probationPercent;
    }

    /** Every profile at its own best threshold. */
    public NabReport score(List<NabResultFile> files, List<NabCostProfile> profiles) {
        if (profiles.isEmpty()) {
            throw new IllegalArgumentException("at least one cost profile is needed");
        }
        Set<String> names = new HashSet<>();
        List<NabProfileScore> scores = new ArrayList<>();
        for (NabCostProfile p : profiles) {
            if (!names.add(p.name())) {
                throw new IllegalArgumentException("profile '" + p.name() + "' is given twice");
            }
            scores.add(score(files, p));
        }
        return new NabReport(probationPercent, scores);
    }

    /** One profile at the threshold NAB's optimiser picks over the whole corpus. */
    public NabProfileScore score(List<NabResultFile> files, NabCostProfile profile) {
        List<NabSweptFile> swept = sweep(files, profile);
        double threshold = NabSweptFile.corpusWalk(swept).best(profile.fnWeight()).threshold();
        return assemble(profile, threshold, swept);
    }

    /** One profile at a threshold chosen elsewhere (for instance without the labels). */
    public NabProfileScore scoreAt(List<NabResultFile> files, NabCostProfile profile, double threshold) {
        if (Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be a number, was NaN");
        }
        return assemble(profile, threshold, sweep(files, profile));
    }

    /**
     * Each row's part of a file's score at a threshold (the {@code S(t)} columns NAB writes): a window's
     * score on the row where it starts, a false positive's on its own row, 0 elsewhere. The values sum
     * to the file's score.
     */
    public double[] rowScores(NabResultFile file, NabCostProfile profile, double threshold) {
        NabRowWeights rows = NabRowWeights.of(file.timestampsMs(), file.windows(), profile, probationPercent);
        double[] out = new double[file.size()];
        double[] best = new double[file.windows().size()];
        Arrays.fill(best, -profile.fnWeight());
        for (int i = 0; i < out.length; i++) {
            int w = rows.windowOf()[i];
            if (w == NabRowWeights.PROBATION || file.anomalyScores()[i] < threshold) {
                continue;
            }
            if (w >= 0) {
                best[w] = Math.max(best[w], rows.weight()[i]);
            } else {
                out[i] = rows.weight()[i];
            }
        }
        boolean[] scorable = rows.scorableWindows();
        for (int w = 0; w < best.length; w++) {
            if (scorable[w]) {
                out[rows.entryRow()[w]] = best[w];
            }
        }
        return out;
    }

    /**
     * NAB's normalisation ({@code Runner.normalize} of {@code nab/runner.py}):
     * {@code 100 (raw - null) / (perfect - null)}, or NaN when perfect equals null (no window).
     */
    public static double normalised(double rawScore, double nullScore, double perfectScore) {
        return perfectScore == nullScore ? Double.NaN : 100 * (rawScore - nullScore) / (perfectScore - nullScore);
    }

    /** How many leading rows of a file of this length are NAB's probation period. */
    public int probationRows(int rows) {
        return (int) Math.min(rows, Math.ceil(probationLimit(rows, probationPercent)));
    }

    /** Rows with index below this limit are in probation ({@code Sweeper._getProbationaryLength}). */
    static double probationLimit(int rows, double probationPercent) {
        return Math.min(Math.floor(probationPercent * rows), probationPercent * 5000);
    }

    private List<NabSweptFile> sweep(List<NabResultFile> files, NabCostProfile profile) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("at least one result file is needed");
        }
        Set<String> paths = new HashSet<>();
        List<NabSweptFile> swept = new ArrayList<>(files.size());
        for (NabResultFile f : files) {
            if (!paths.add(f.relativePath())) {
                throw new IllegalArgumentException(f.relativePath() + " is given twice");
            }
            swept.add(NabSweptFile.of(f, NabRowWeights.of(f.timestampsMs(), f.windows(), profile, probationPercent)));
        }
        return swept;
    }

    private NabProfileScore assemble(NabCostProfile profile, double threshold, List<NabSweptFile> swept) {
        List<NabFileScore> files = new ArrayList<>(swept.size());
        for (NabSweptFile s : swept) {
            NabThresholdWalk.Outcome o = s.walk().at(threshold, profile.fnWeight());
            double nullScore = s.walk().at(Double.POSITIVE_INFINITY, profile.fnWeight()).score();
            NabResultFile f = s.file();
            files.add(new NabFileScore(f.category(), f.name(), threshold, o.score(), nullScore, f.windows().size(),
                    o.counts(), f.size()));
        }
        Map<String, List<NabFileScore>> byCategory = new TreeMap<>();
        files.forEach(f -> byCategory.computeIfAbsent(f.category(), c -> new ArrayList<>()).add(f));
        List<NabCategoryScore> categories = new ArrayList<>();
        byCategory.forEach((c, fs) -> categories.add(total(c, fs, profile)));

        NabCategoryScore all = total("", files, profile);
        return new NabProfileScore(profile, threshold, all.rawScore(), all.nullScore(), all.perfectScore(),
                all.normalisedScore(), all.counts(), files, categories);
    }

    private static NabCategoryScore total(String category, List<NabFileScore> files, NabCostProfile profile) {
        double raw = 0;
        double nul = 0;
        int windows = 0;
        NabCounts counts = NabCounts.ZERO;
        for (NabFileScore f : files) {
            raw += f.score();
            nul += f.nullScore();
            windows += f.windows();
            counts = counts.plus(f.counts());
        }
        double perfect = windows * profile.tpWeight();
        return new NabCategoryScore(category, files.size(), windows, raw, nul, perfect, normalised(raw, nul, perfect), counts);
    }
}
