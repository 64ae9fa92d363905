package io.faultline.api.evaluate;

import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.datasets.nab.NabTimestamps;
import io.faultline.datasets.nab.NabWindow;
import io.faultline.training.nab.NabResultFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * A tiny handmade NAB corpus: three files of 600 rows of seeded Gaussian noise (mean 10, sd 1) at
 * five-minute steps. {@code spikes/a} and {@code spikes/b} each have one window of 40 rows whose first
 * row holds a spike of +50; {@code quiet/flat} has none. Any sane detector catches both spikes first.
 */
public final class NabFixture {
    public static final int ROWS = 600;
    public static final long START_MS = NabTimestamps.parse("2020-01-01 00:00:00");
    public static final long STEP_MS = 300_000;
    static final int[] SPIKE_ROWS = {300, 420};

    private NabFixture() {
    }

    public static NabCorpus corpus() {
        return new NabCorpus(List.of(series("quiet", "flat", 1, -1), series("spikes", "a", 2, SPIKE_ROWS[0]),
                series("spikes", "b", 3, SPIKE_ROWS[1])), NabCostProfile.standardProfiles());
    }

    /** What a perfect detector outputs: 1 on each window's first row, 0 elsewhere. */
    public static List<NabResultFile> oracle() {
        List<NabResultFile> files = new ArrayList<>();
        for (NabSeries s : corpus().series()) {
            double[] scores = new double[s.size()];
            for (NabWindow w : s.windows()) {
                scores[NabWindow.indexOf(s.timestampsMs(), w.startMs())] = 1;
            }
            files.add(NabResultFile.of(s, scores));
        }
        return files;
    }

    /** Writes the corpus in NAB's layout under {@code root}. */
    public static void write(Path root) throws IOException {
        List<String> entries = new ArrayList<>();
        for (NabSeries s : corpus().series()) {
            Path csv = root.resolve("data").resolve(s.category()).resolve(s.name() + ".csv");
            Files.createDirectories(csv.getParent());
            StringBuilder b = new StringBuilder("timestamp,value\n");
            for (int i = 0; i < s.size(); i++) {
                b.append(NabTimestamps.format(s.timestampsMs()[i])).append(',').append(s.values()[i]).append('\n');
            }
            Files.writeString(csv, b);
            String windows = s.windows().stream()
                    .map(w -> "[\"" + NabTimestamps.format(w.startMs()) + ".000000\", \"" + NabTimestamps.format(w.endMs())
                            + ".000000\"]")
                    .collect(Collectors.joining(", ", "[", "]"));
            entries.add("  \"" + s.relativePath() + "\": " + windows);
        }
        Path labels = root.resolve("labels/combined_windows.json");
        Files.createDirectories(labels.getParent());
        Files.writeString(labels, entries.stream().collect(Collectors.joining(",\n", "{\n", "\n}\n")));
    }

    private static NabSeries series(String category, String name, long seed, int spikeRow) {
        Random random = new Random(seed);
        long[] ts = new long[ROWS];
        double[] values = new double[ROWS];
        for (int i = 0; i < ROWS; i++) {
            ts[i] = START_MS + i * STEP_MS;
            values[i] = Math.round((10 + random.nextGaussian()) * 1000) / 1000.0;
        }
        List<NabWindow> windows = List.of();
        if (spikeRow >= 0) {
            values[spikeRow] += 50;
            windows = List.of(new NabWindow(ts[spikeRow], ts[spikeRow + 39]));
        }
        return new NabSeries(category, name, ts, values, windows);
    }
}
