package io.faultline.datasets.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A small handmade SMD-layout folder on disk (no benchmark data needed). */
class SmdDatasetIT {
    @TempDir
    Path dir;

    private void machine(String name, String train, String test, String labels, String interpretation) throws IOException {
        Files.createDirectories(dir.resolve("interpretation_label"));
        Files.writeString(dir.resolve(name + "_train.csv"), train);
        Files.writeString(dir.resolve(name + "_test.csv"), test);
        Files.writeString(dir.resolve(name + "_test_label.csv"), labels);
        Files.writeString(dir.resolve("interpretation_label/" + name + ".txt"), interpretation);
    }

    @Test
    void listsAndLoadsMachines() throws IOException {
        machine("machine-2-1", "1,2\n3,4\n5,6\n", "0,0\n9,9\n1,1\n", "0\n1\n0\n", "1-2:2\n");
        machine("machine-1-1", "1,1\n", "1,1\n", "0\n", "");
        Files.writeString(dir.resolve("README.txt"), "not a machine");

        SmdDataset smd = SmdDataset.open(dir, 2);
        assertEquals(List.of("machine-1-1", "machine-2-1"), smd.machines());

        SmdMachine m = smd.load("machine-2-1");
        assertEquals("machine-2-1", m.name());
        assertEquals(new SmdMatrix(3, 2, new double[] {1, 2, 3, 4, 5, 6}), m.train());
        assertEquals(new SmdMatrix(3, 2, new double[] {0, 0, 9, 9, 1, 1}), m.test());
        assertArrayEquals(new boolean[] {false, true, false}, m.labels());
        assertEquals(1, m.anomalousRows());
        assertEquals(List.of(new InterpretationSegment(1, 2, List.of(1))), m.interpretation());
    }

    @Test
    void theDefaultWidthIsThatOfSmd() throws IOException {
        machine("m", "1,2\n", "1,2\n", "0\n", "");
        assertEquals("m_train.csv line 1: expected 38 columns, found 2",
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir).load("m")).getMessage());
    }

    @Test
    void namesAMissingCompanionFile() throws IOException {
        machine("m", "1\n", "1\n", "0\n", "");
        Files.delete(dir.resolve("interpretation_label/m.txt"));
        assertEquals("machine m: missing file interpretation_label/m.txt in " + dir,
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir, 1)).getMessage());
    }

    @Test
    void rejectsAFolderWithoutMachines() throws IOException {
        assertEquals("no *_train.csv file in " + dir + ": not an SMD-layout folder",
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir)).getMessage());
        assertEquals("not a folder: " + dir.resolve("absent"),
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir.resolve("absent"))).getMessage());
    }

    @Test
    void labelsMustMatchTheTestRows() throws IOException {
        machine("m", "1\n", "1\n2\n", "0\n", "");
        assertEquals("m_test_label.csv has 1 labels but m_test.csv has 2 rows",
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir, 1).load("m")).getMessage());
    }

    @Test
    void segmentsMustLieWithinTheTestRows() throws IOException {
        machine("m", "1\n", "1\n2\n", "0\n1\n", "1-3:1\n");
        assertEquals("interpretation_label/m.txt line 1: rows 1-3 must satisfy 0 <= start < end <= 2 (the test rows)",
                assertThrows(InvalidInputException.class, () -> SmdDataset.open(dir, 1).load("m")).getMessage());
    }

    @Test
    void unknownMachinesAreNamed() throws IOException {
        machine("m", "1\n", "1\n", "0\n", "");
        assertEquals("unknown machine 'x', expected one of [m]",
                assertThrows(IllegalArgumentException.class, () -> SmdDataset.open(dir, 1).load("x")).getMessage());
    }
}
