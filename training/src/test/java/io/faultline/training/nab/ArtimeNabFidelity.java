package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.models.artime.ArtimeCore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks the ARTime port against its published NAB figures (74.9 / 65.1 / 80.4) by running it the way
 * NAB does, look-ahead included: each file's own minimum and maximum as the range and its probation
 * (15 % of the file, at most 750 rows) known up front. Those are per-file settings, so this is a check
 * of the port, not a detector Faultline may report. With {@code --files}, each file's TP/FP/FN at the
 * standard profile is printed beside the row of NAB's published {@code ARTime_standard_scores.csv}
 * where they differ. A plain main (test scope):
 * {@code java -cp ... io.faultline.training.nab.ArtimeNabFidelity ../shared/data/nab [--files]}.
 */
public final class ArtimeNabFidelity {

    private ArtimeNabFidelity() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args[0]);
        NabCorpus corpus = NabCorpus.load(root);
        List<NabResultFile> files = new ArrayList<>();
        long start = System.nanoTime();
        for (NabSeries s : corpus.series()) {
            double[] values = s.values();
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            int probation = values.length < 5000 ? (int) Math.floor(0.15 * values.length) : 750;
            ArtimeCore core = new ArtimeCore(min, max, probation);
            double[] scores = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                scores[i] = core.score(values[i]);
            }
            files.add(NabResultFile.of(s, scores));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        NabReport report = new NabScorer().score(files, corpus.profiles());
        if (args.length > 1 && args[1].equals("--files")) {
            printDifferences(report.profile("standard"),
                    root.resolve("results/ARTime/ARTime_standard_scores.csv"));
        }
        StringBuilder b = new StringBuilder("{\"detector\":\"artime-nab-reference\"");
        for (NabProfileScore p : report.profiles()) {
            b.append(String.format(Locale.ROOT, ",\"%s\":%.4f", p.profile().name(), p.normalisedScore()));
        }
        b.append(String.format(Locale.ROOT, ",\"rows\":%d,\"seconds\":%.2f}", corpus.rowCount(), seconds));
        System.out.println(b);
    }

    private static void printDifferences(NabProfileScore standard, Path published) throws IOException {
        Map<String, String> rows = new HashMap<>();
        for (String line : Files.readAllLines(published)) {
            String[] c = line.split(",");
            if (c.length > 9 && c[2].endsWith(".csv")) {
                rows.put(c[2], "TP " + c[5] + " FP " + c[7] + " FN " + c[8] + " score " + c[4]);
            }
        }
        System.out.printf(Locale.ROOT, "threshold %.6f (published 0.317486)%n", standard.threshold());
        for (NabFileScore f : standard.files()) {
            NabCounts n = f.counts();
            String mine = "TP " + n.tp() + " FP " + n.fp() + " FN " + n.fn()
                    + " score " + f.score();
            System.out.println(f.relativePath() + "  ours " + mine + "  published " + rows.get(f.relativePath()));
        }
    }
}
