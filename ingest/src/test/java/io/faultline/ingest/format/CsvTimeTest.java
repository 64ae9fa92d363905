package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import org.junit.jupiter.api.Test;

class CsvTimeTest {

    @Test
    void readsSecondsMillisecondsAndIso() {
        assertEquals(1_704_067_200_000L, CsvTime.parseMillis("1704067200"));
        assertEquals(1_704_067_200_500L, CsvTime.parseMillis("1704067200.5"));
        assertEquals(1_704_067_200_123L, CsvTime.parseMillis("1704067200123"));
        assertEquals(1_704_067_200_000L, CsvTime.parseMillis("2024-01-01T00:00:00Z"));
        assertEquals(1_704_067_200_000L, CsvTime.parseMillis("2024-01-01 00:00:00"));
        assertEquals(1_704_067_200_250L, CsvTime.parseMillis("2024-01-01T00:00:00.25"));
        assertEquals(1_704_060_000_000L, CsvTime.parseMillis("2024-01-01T00:00:00+02:00"));
    }

    @Test
    void rejectsOtherText() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CsvTime.parseMillis("yesterday"));
        assertEquals("time \"yesterday\" is not unix seconds, unix milliseconds or ISO-8601 (2024-01-01T00:00:00Z)",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> CsvTime.parseMillis("0x10"));
        assertThrows(InvalidInputException.class, () -> CsvTime.parseMillis(""));
    }
}
