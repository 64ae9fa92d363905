package io.faultline.training.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.datasets.nab.NabCorpus;
import io.faultline.datasets.nab.NabCostProfile;
import io.faultline.datasets.nab.NabSeries;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** NAB's results layout on disk: written, read back with and without the corpus, and rescored. */
class NabResultsLayoutIT {
    private static final List<NabCostProfile> PROFILES = NabCostProfile.standardProfiles();

    @TempDir
    Path dir;

    @Test
    void writtenResultsReadBackAndScoreTheSame() {
        Path results = dir.resolve("results");
        List<Path> written = NabResultsWriter.write(results, "faultline-x", NabHandmadeCorpus.corpus());
        assertEquals(List.of(results.resolve("faultline-x/cat1/faultline-x_a.csv"), results.resolve("faultline-x/cat2/faultline-x_b.csv")),
                written);

        List<NabResultFile> back = NabResultsReader.read(results, "faultline-x");
        assertEquals(NabHandmadeCorpus.corpus(), back);
        NabScorer scorer = new NabScorer();
        assertEquals(scorer.score(NabHandmadeCorpus.corpus(), PROFILES), scorer.score(back, PROFILES));
    }

    @Test
    void resultsOfACorpusMustCoverEveryFileRowByRow() throws IOException {
        NabCorpus corpus = corpusOf(NabHandmadeCorpus.corpus());
        Path results = dir.resolve("results");
        NabResultsWriter.write(results, "det", NabHandmadeCorpus.corpus());
        assertEquals(NabHandmadeCorpus.corpus(), NabResultsReader.read(results, "det", corpus));

        Path b = results.resolve("det/cat2/det_b.csv");
        List<String> lines = Files.readAllLines(b);
        lines.set(3, lines.get(3).replace("00:02:00", "00:02:30"));
        Files.write(b, lines);
        assertEquals(b + " line 4: timestamp 1970-01-01 00:02:30 differs from 1970-01-01 00:02:00 in cat2/b.csv",
                assertThrows(InvalidInputException.class, () -> NabResultsReader.read(results, "det", corpus)).getMessage());

        Files.write(b, lines.subList(0, 10));
        assertEquals(b + ": has 9 rows, cat2/b.csv has 60",
                assertThrows(InvalidInputException.class, () -> NabResultsReader.read(results, "det", corpus)).getMessage());

        Files.delete(b);
        assertEquals("missing results file " + b + " for cat2/b.csv",
                assertThrows(InvalidInputException.class, () -> NabResultsReader.read(results, "det", corpus)).getMessage());
    }

    @Test
    void detectorNamesMustSurviveNabsSplitAtUnderscore() {
        assertEquals("detector name must be letters, digits, '.' or '-' (NAB splits file names at '_'), was 'my_det'",
                assertThrows(IllegalArgumentException.class,
                        () -> NabResultsWriter.write(dir, "my_det", NabHandmadeCorpus.corpus())).getMessage());
        assertEquals("missing results directory " + dir.resolve("none"),
                assertThrows(InvalidInputException.class, () -> NabResultsReader.read(dir, "none")).getMessage());
    }

    private static NabCorpus corpusOf(List<NabResultFile> files) {
        return new NabCorpus(files.stream().map(f -> new NabSeries(f.category(), f.name(), f.timestampsMs(), f.values(),
                f.windows())).toList(), PROFILES);
    }
}
