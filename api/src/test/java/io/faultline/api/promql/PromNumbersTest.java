package io.faultline.api.promql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PromNumbersTest {

    @Test
    void valuesAreGoShortestPlainDecimals() {
        assertEquals("1", PromNumbers.value(1.0));
        assertEquals("0", PromNumbers.value(0.0));
        assertEquals("-0", PromNumbers.value(-0.0));
        assertEquals("0.1", PromNumbers.value(0.1));
        assertEquals("-2.5", PromNumbers.value(-2.5));
        assertEquals("0.30000000000000004", PromNumbers.value(0.1 + 0.2));
        assertEquals("0.000001", PromNumbers.value(1e-6));
        assertEquals("1000000000000000000000", PromNumbers.value(1e21));
        assertEquals("123456789012345680000", PromNumbers.value(1.2345678901234568e20));
        assertEquals("0.0000002", PromNumbers.value(2e-7));
        assertEquals("NaN", PromNumbers.value(Double.NaN));
        assertEquals("+Inf", PromNumbers.value(Double.POSITIVE_INFINITY));
        assertEquals("-Inf", PromNumbers.value(Double.NEGATIVE_INFINITY));
    }

    @Test
    void java17DoubleToStringIsNotAlwaysShortestButTheseAre() {
        // Double.toString(2.0E-3) is fine, but 1.0E23 and 8.41E21 print with extra digits on Java 17
        assertEquals("100000000000000000000000", PromNumbers.value(1e23));
        assertEquals("8410000000000000000000", PromNumbers.value(8.41e21));
        assertEquals("0." + "0".repeat(323) + "5", PromNumbers.value(Double.MIN_VALUE));
    }

    @Test
    void timestampsAreSecondsWithThreeDigitMilliseconds() {
        assertEquals("1700000000", PromNumbers.timestamp(1_700_000_000_000L));
        assertEquals("1700000000.500", PromNumbers.timestamp(1_700_000_000_500L));
        assertEquals("1700000000.005", PromNumbers.timestamp(1_700_000_000_005L));
        assertEquals("1700000000.050", PromNumbers.timestamp(1_700_000_000_050L));
        assertEquals("-1.500", PromNumbers.timestamp(-1_500L));
    }
}
