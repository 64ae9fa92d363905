package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NabTimestampsTest {
    // 2014-02-19 10:50:00 UTC
    private static final long T = 1_392_807_000_000L;

    @Test
    void dataAndLabelFormsReadAsUtc() {
        assertEquals(T, NabTimestamps.parse("2014-02-19 10:50:00"));
        assertEquals(T, NabTimestamps.parse("2014-02-19 10:50:00.000000"));
        assertEquals(T + 250, NabTimestamps.parse("2014-02-19 10:50:00.25"));
        assertEquals(T + 7, NabTimestamps.parse("2014-02-19 10:50:00.007000000"));
    }

    @Test
    void formatWritesSecondsAndMillisOnlyWhenPresent() {
        assertEquals("2014-02-19 10:50:00", NabTimestamps.format(T));
        assertEquals("2014-02-19 10:50:00.007", NabTimestamps.format(T + 7));
        assertEquals("1969-12-31 23:59:59.999", NabTimestamps.format(-1));
        assertEquals(T + 7, NabTimestamps.parse(NabTimestamps.format(T + 7)));
    }

    @Test
    void badTextIsNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19T10:50:00"));
        assertEquals("timestamp '2014-02-19T10:50:00' is not of the form yyyy-MM-dd HH:mm:ss[.ffffff]", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19 10:50"));
        assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19 10:50:00."));
        assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19 10:50:00.1234567890"));
        assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19 10:50:00.12a"));
    }

    @Test
    void impossibleDatesAndSubMillisecondFractionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-30 10:50:00"));
        assertEquals("timestamp '2014-02-30 10:50:00' is not a valid date and time: Invalid date 'FEBRUARY 30'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> NabTimestamps.parse("2014-02-19 10:50:00.0001"));
        assertEquals("timestamp '2014-02-19 10:50:00.0001' is finer than a millisecond, which is not supported", e.getMessage());
    }
}
