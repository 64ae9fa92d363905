package io.faultline.training.nab;

import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.models.cad.CadOseCore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Checks the CAD-OSE port against its published NAB figures (69.90 / 66.98 / 73.18) by running it the
 * way NAB does, look-ahead included: each file's own minimum and maximum as the range and a fifth of
 * the file's probation as the rest period. Those are per-file settings, so this is a check of the
 * port, not a detector Faultline may report; {@code faultline evaluate nab --detector cad-ose} gives
 * the online detector's figures. A plain main (test scope, reads the NAB folder given as argument):
 * {@code java -cp ... io.faultline.training.nab.CadOseNabFidelity ../shared/data/nab}.
 */
public final class CadOseNabFidelity {

    private CadOseNabFidelity() {
    }

    public static void main(String[] args) {
        NabCorpus corpus = NabCorpus.load(Path.of(args[0]));
        NabScorer scorer = new NabScorer();
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
            // NAB: probationaryPeriod = min(floor(0.15 n), 0.15 * 5000); restPeriod = probationaryPeriod / 5.0, truncated
            double probation = Math.min(Math.floor(0.15 * values.length), 750.0);
            int rest = Math.max(1, (int) (probation / 5.0));
            CadOseCore core = new CadOseCore(min, max, 3, 0.75, rest, 7, 15);
            double[] scores = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                scores[i] = core.score(values[i]);
            }
            files.add(NabResultFile.of(s, scores));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        NabReport report = scorer.score(files, corpus.profiles());
        StringBuilder b = new StringBuilder("{\"detector\":\"cad-ose-nab-reference\"");
        for (NabProfileScore p : report.profiles()) {
            b.append(String.format(Locale.ROOT, ",\"%s\":%.2f", p.profile().name(), p.normalisedScore()));
        }
        b.append(String.format(Locale.ROOT, ",\"rows\":%d,\"seconds\":%.2f}", corpus.rowCount(), seconds));
        System.out.println(b);
    }
}
