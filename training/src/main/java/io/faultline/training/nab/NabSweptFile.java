package io.faultline.training.nab;

import java.util.List;

/**
 * One file's scorable rows (those after probation) ready for the threshold walk, with the window
 * ids local to the file.
 */
record NabSweptFile(NabResultFile file, double[] scores, double[] weights, int[] window, NabThresholdWalk walk) {

    static NabSweptFile of(NabResultFile file, NabRowWeights rows) {
        int n = 0;
        for (int w : rows.windowOf()) {
            if (w != NabRowWeights.PROBATION) {
                n++;
            }
        }
        double[] scores = new double[n];
        double[] weights = new double[n];
        int[] window = new int[n];
        int k = 0;
        for (int i = 0; i < rows.windowOf().length; i++) {
            if (rows.windowOf()[i] != NabRowWeights.PROBATION) {
                scores[k] = file.anomalyScores()[i];
                weights[k] = rows.weight()[i];
                window[k] = rows.windowOf()[i];
                k++;
            }
        }
        int windows = file.windows().size();
        return new NabSweptFile(file, scores, weights, window, new NabThresholdWalk(scores, weights, window, windows));
    }

    /** The walk over every file's rows at once, files in the given order, window ids made global. */
    static NabThresholdWalk corpusWalk(List<NabSweptFile> files) {
        int n = files.stream().mapToInt(f -> f.scores.length).sum();
        double[] scores = new double[n];
        double[] weights = new double[n];
        int[] window = new int[n];
        int at = 0;
        int windowOffset = 0;
        for (NabSweptFile f : files) {
            System.arraycopy(f.scores, 0, scores, at, f.scores.length);
            System.arraycopy(f.weights, 0, weights, at, f.weights.length);
            for (int i = 0; i < f.window.length; i++) {
                window[at + i] = f.window[i] < 0 ? f.window[i] : f.window[i] + windowOffset;
            }
            at += f.scores.length;
            windowOffset += f.file.windows().size();
        }
        return new NabThresholdWalk(scores, weights, window, windowOffset);
    }
}
