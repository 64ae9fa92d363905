package io.faultline.training.nab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabCostProfile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proof that {@link NabScorer} is NAB's scorer: fed NAB's own per-row output of its Windowed Gaussian
 * baseline, it reproduces NAB's published figures (39.65 / 20.87 / 47.41), every file's score and
 * counts of NAB's {@code windowedGaussian_<profile>_scores.csv}, the null detector's totals and each
 * row's {@code S(t)} column. Runs only when the shared NAB folder is present
 * ({@code -Dfaultline.data=DIR}, or {@code shared/data/nab} above the working directory).
 */
class NabWindowedGaussianIT {
    private static final String DETECTOR = "windowedGaussian";

    private static Path nab;
    private static NabCorpus corpus;
    private static List<NabResultFile> results;
    private static NabReport report;

    @BeforeAll
    static void scoreNabsOwnOutput() {
        Optional<Path> located = NabData.locate();
        if (located.isEmpty()) {
            return;
        }
        nab = located.get();
        corpus = NabCorpus.load(nab);
        results = NabResultsReader.read(nab.resolve("results"), DETECTOR, corpus);
        report = new NabScorer().score(results, corpus.profiles());
        System.out.println(summary());
    }

    @BeforeEach
    void requireData() {
        assumeTrue(nab != null, "NAB data folder not found (set -Dfaultline.data)");
    }

    @Test
    void normalisedScoresAreNabsPublishedFigures() {
        assertEquals("39.65", twoDecimals(report.profile("standard").normalisedScore()));
        assertEquals("20.87", twoDecimals(report.profile("reward_low_FP_rate").normalisedScore()));
        assertEquals("47.41", twoDecimals(report.profile("reward_low_FN_rate").normalisedScore()));
    }

    @Test
    void normalisedScoresMatchFinalResultsJsonToNineDecimals() throws IOException {
        JsonNode published = new ObjectMapper().readTree(nab.resolve("results/final_results.json").toFile()).get(DETECTOR);
        for (NabProfileScore p : report.profiles()) {
            assertEquals(published.get(p.profile().name()).asDouble(), p.normalisedScore(), 1e-9, p.profile().name());
        }
    }

    @Test
    void theLabelColumnAloneGivesTheSameWindowsAndScores() {
        List<NabResultFile> fromLabels = NabResultsReader.read(nab.resolve("results"), DETECTOR);
        assertEquals(results, fromLabels);
        assertEquals(report, new NabScorer().score(fromLabels, corpus.profiles()));
    }

    /**
     * Only Windowed Gaussian's rows are in the folder, but every detector's score tables check the
     * normalisation. Except {@code random}: NAB's own files disagree there (its score tables give
     * 38.84 / 32.50 / 53.48, final_results.json 16.83 / 5.76 / 25.88), so it proves nothing either way.
     */
    @Test
    void everyPublishedDetectorNormalisesAsInFinalResultsJson() throws IOException {
        JsonNode published = new ObjectMapper().readTree(nab.resolve("results/final_results.json").toFile());
        int checked = 0;
        for (Map.Entry<String, JsonNode> detector : published.properties()) {
            if (detector.getKey().equals("random")) {
                continue;
            }
            for (NabCostProfile p : corpus.profiles()) {
                Path table = nab.resolve("results").resolve(detector.getKey())
                        .resolve(detector.getKey() + "_" + p.name() + "_scores.csv");
                Path nullTable = nab.resolve("results/null/null_" + p.name() + "_scores.csv");
                double raw = Double.parseDouble(lastLine(table).split(",")[4]);
                double nul = Double.parseDouble(lastLine(nullTable).split(",")[4]);
                assertEquals(detector.getValue().get(p.name()).asDouble(),
                        NabScorer.normalised(raw, nul, corpus.windowCount() * p.tpWeight()), 1e-8, detector.getKey() + " " + p.name());
                checked++;
            }
        }
        assertEquals(14 * 3, checked);
    }

    @Test
    void nullAndPerfectScoresAreNabs() throws IOException {
        for (NabProfileScore p : report.profiles()) {
            String totals = lastLine(nab.resolve("results/null/null_" + p.profile().name() + "_scores.csv"));
            assertEquals(Double.parseDouble(totals.split(",")[4]), p.nullScore(), 0.0, p.profile().name());
            assertEquals(116 * p.profile().tpWeight(), p.perfectScore(), 0.0);
        }
    }

    @Test
    void everyFileScoresAsInNabsScoreTables() throws IOException {
        for (NabProfileScore p : report.profiles()) {
            Path table = nab.resolve("results").resolve(DETECTOR).resolve(DETECTOR + "_" + p.profile().name() + "_scores.csv");
            List<String> lines = Files.readAllLines(table);
            int checked = 0;
            for (String line : lines.subList(1, lines.size())) {
                String[] c = line.split(",", -1);
                if (c[0].equals("Totals")) {
                    assertEquals(Double.parseDouble(c[4]), p.rawScore(), 1e-9, "total " + p.profile().name());
                    assertEquals(List.of(c[5], c[6], c[7], c[8]), counts(p.counts()), "total counts " + p.profile().name());
                    continue;
                }
                NabFileScore f = p.file(c[2]);
                String where = p.profile().name() + " " + c[2];
                assertEquals(Double.parseDouble(c[3]), f.threshold(), 0.0, where);
                assertEquals(Double.parseDouble(c[4]), f.score(), 1e-9, where);
                assertEquals(List.of(c[5], c[6], c[7], c[8]), counts(f.counts()), where);
                assertEquals(Integer.parseInt(c[9]), f.rows(), where);
                checked++;
            }
            assertEquals(58, checked);
        }
    }

    @Test
    void everyRowScoresAsNabsStColumns() throws IOException {
        int rows = 0;
        for (NabResultFile f : results) {
            Path path = nab.resolve("results").resolve(DETECTOR).resolve(f.category()).resolve(DETECTOR + "_" + f.name() + ".csv");
            List<String> lines = Files.readAllLines(path);
            List<String> header = List.of(lines.get(0).split(","));
            for (NabProfileScore p : report.profiles()) {
                int col = header.indexOf("S(t)_" + p.profile().name());
                double[] expected = new double[f.size()];
                for (int i = 0; i < f.size(); i++) {
                    expected[i] = Double.parseDouble(lines.get(i + 1).split(",")[col]);
                }
                assertArrayEquals(expected, new NabScorer().rowScores(f, p.profile(), p.threshold()), 1e-9,
                        f.relativePath() + " " + p.profile().name());
            }
            int labelCol = header.indexOf("label");
            int[] labels = new int[f.size()];
            for (int i = 0; i < f.size(); i++) {
                labels[i] = Integer.parseInt(lines.get(i + 1).split(",")[labelCol]);
            }
            assertArrayEquals(labels, f.labels(), f.relativePath());
            rows += f.size();
        }
        assertEquals(365_558, rows);
    }

    private static List<String> counts(NabCounts c) {
        return List.of(String.valueOf(c.tp()), String.valueOf(c.tn()), String.valueOf(c.fp()), String.valueOf(c.fn()));
    }

    private static String lastLine(Path file) throws IOException {
        String last = null;
        try (BufferedReader in = Files.newBufferedReader(file)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                last = line;
            }
        }
        return last;
    }

    private static String twoDecimals(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String summary() {
        List<String> parts = new ArrayList<>();
        for (NabProfileScore p : report.profiles()) {
            NabCostProfile c = p.profile();
            parts.add(String.format(Locale.ROOT, "\"%s\":{\"normalised\":%.6f,\"raw\":%.10f,\"null\":%.1f,\"perfect\":%.1f,\"threshold\":%s}",
                    c.name(), p.normalisedScore(), p.rawScore(), p.nullScore(), p.perfectScore(), p.threshold()));
        }
        return "{\"detector\":\"" + DETECTOR + "\"," + String.join(",", parts) + "}";
    }
}
