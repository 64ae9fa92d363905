package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NabCorpusIT {
    private static final String WINDOWS = """
            {"b/flat.csv": [],
             "a/spike.csv": [["2020-01-01 00:02:00.000000", "2020-01-01 00:03:00.000000"]]}""";

    @TempDir
    Path root;

    @BeforeEach
    void layout() throws IOException {
        write("data/a/spike.csv", "timestamp,value\n2020-01-01 00:00:00,1\n2020-01-01 00:01:00,2\n"
                + "2020-01-01 00:02:00,9\n2020-01-01 00:03:00,8\n2020-01-01 00:04:00,1\n");
        write("data/b/flat.csv", "timestamp,value\n2020-01-01 00:00:00,5\n2020-01-01 00:01:00,5\n");
        write("data/README.md", "not a series");
        write("labels/combined_windows.json", WINDOWS);
    }

    private void write(String relative, String text) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private String error() {
        return assertThrows(InvalidInputException.class, () -> NabCorpus.load(root)).getMessage();
    }

    @Test
    void seriesAreSortedByPathWithTheirWindowsAndLabels() {
        NabCorpus corpus = NabCorpus.load(root);
        assertEquals(List.of("a/spike.csv", "b/flat.csv"), corpus.series().stream().map(NabSeries::relativePath).toList());
        NabSeries spike = corpus.series().get(0);
        assertEquals("a", spike.category());
        assertEquals("spike", spike.name());
        assertArrayEquals(new double[] {1, 2, 9, 8, 1}, spike.values());
        assertArrayEquals(new int[] {0, 0, 1, 1, 0}, spike.labels());
        assertEquals(1, corpus.windowCount());
        assertEquals(7, corpus.rowCount());
        assertEquals("nab_value{category=\"a\",file=\"spike\"}", spike.samples().key().toString());
        assertEquals(NabCostProfile.standardProfiles(), corpus.profiles());
    }

    @Test
    void profilesComeFromTheFolderWhenItHasThem() throws IOException {
        write("config/profiles.json", "{\"only\": {\"CostMatrix\": {\"tpWeight\": 1, \"fnWeight\": 4, \"fpWeight\": 0.5}}}");
        assertEquals(List.of(new NabCostProfile("only", 1, 0.5, 4, 1)), NabCorpus.load(root).profiles());
    }

    @Test
    void missingPiecesAreNamed() throws IOException {
        Files.delete(root.resolve("labels/combined_windows.json"));
        assertEquals(root + " is not a NAB folder: missing file " + root.resolve("labels/combined_windows.json"), error());

        write("labels/combined_windows.json", WINDOWS.replace("b/flat.csv", "b/gone.csv"));
        assertEquals(root.resolve("labels/combined_windows.json") + " names b/gone.csv but "
                + root.resolve("data/b/gone.csv") + " does not exist", error());

        write("labels/combined_windows.json", "{\"a/spike.csv\": []}");
        assertEquals(root.resolve("data/b/flat.csv") + " has no entry \"b/flat.csv\" in "
                + root.resolve("labels/combined_windows.json"), error());
    }

    @Test
    void badRowsAndMisalignedWindowsNameTheirFile() throws IOException {
        write("data/b/flat.csv", "timestamp,value\n2020-01-01 00:00:00,5\n2020-01-01 00:01:00,\n");
        assertEquals(root.resolve("data/b/flat.csv") + " line 3: value '' is not a number", error());

        write("data/b/flat.csv", "timestamp,value\n2020-01-01 00:00:00,5\n");
        write("labels/combined_windows.json", WINDOWS.replace("00:03:00.000000", "00:03:30.000000"));
        assertEquals(root.resolve("labels/combined_windows.json") + ": $['a/spike.csv'] does not fit "
                + root.resolve("data/a/spike.csv") + ": a/spike.csv: window 0 [2020-01-01 00:02:00, 2020-01-01 00:03:30]: "
                + "its end is not the timestamp of any row", error());
    }

    @Test
    void aFolderWithoutDataIsNotNab() throws IOException {
        Path empty = root.resolve("empty");
        Files.createDirectories(empty);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> NabCorpus.load(empty));
        assertEquals(empty + " is not a NAB folder: missing directory " + empty.resolve("data"), e.getMessage());
    }
}
