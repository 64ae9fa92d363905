package io.faultline.datasets.rcaeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
    @Test
    void readsCellsAsPandasDoes() {
        assertEquals(Double.NaN, CsvCells.value(""));
        assertEquals(Double.NaN, CsvCells.value("nan"));
        assertEquals(Double.POSITIVE_INFINITY, CsvCells.value("inf"));
        assertEquals(Double.NEGATIVE_INFINITY, CsvCells.value("-inf"));
        assertEquals(1.25e-5, CsvCells.value("1.25e-05"));
        assertEquals(342642688.0, CsvCells.value("342642688"));
        assertEquals(7.0, CsvCells.value("7."));
        assertThrows(NumberFormatException.class, () -> CsvCells.value("1d"));
        assertThrows(NumberFormatException.class, () -> CsvCells.value("abc"));
    }

    @Test
    void readsUnixSecondsToTheMillisecond() {
        assertEquals(1652565600000L, CsvCells.unixSecondsToMillis("1652565600"));
        assertEquals(1692784800000L, CsvCells.unixSecondsToMillis("1692784800.0"));
        assertEquals(1500L, CsvCells.unixSecondsToMillis("1.5"));
        assertThrows(NumberFormatException.class, () -> CsvCells.unixSecondsToMillis("1.0005"));
        assertThrows(NumberFormatException.class, () -> CsvCells.unixSecondsToMillis("soon"));
    }

    @Test
    void ordersFolderNamesWithNumbersAsNumbers() {
        List<String> names = List.of("issue_10", "issue_2", "issue_1", "b", "a10", "a9", "issue_02");
        assertEquals(List.of("a9", "a10", "b", "issue_1", "issue_02", "issue_2", "issue_10"),
                names.stream().sorted(CaseFolders.NATURAL_ORDER).toList());
    }
}
