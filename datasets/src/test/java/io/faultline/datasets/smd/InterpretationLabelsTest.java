package io.faultline.datasets.smd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class InterpretationLabelsTest {
    private static final String NAME = "interpretation_label/m.txt";

    private static List<InterpretationSegment> read(String text) throws IOException {
        return InterpretationLabels.read(new BufferedReader(new StringReader(text)), NAME, 100, 38);
    }

    private static String error(String text) {
        return assertThrows(InvalidInputException.class, () -> read(text)).getMessage();
    }

    @Test
    void readsSegmentsWithZeroBasedSortedDimensionsOrderedByStart() throws IOException {
        assertEquals(List.of(
                        new InterpretationSegment(3, 5, List.of(0)),
                        new InterpretationSegment(10, 20, List.of(0, 4, 37)),
                        new InterpretationSegment(95, 100, List.of(9))),
                read("10-20:1,38,5\n3-5:1\n95-100:10\n"));
    }

    @Test
    void anEmptyFileHasNoSegments() throws IOException {
        assertEquals(List.of(), read(""));
    }

    @Test
    void namesFileAndLineOfABadSegment() {
        assertEquals(NAME + " line 2: expected 'start-end:d1,d2,...', was '7:1'", error("1-2:1\n7:1\n"));
        assertEquals(NAME + " line 1: start is not an integer: 'a'", error("a-2:1\n"));
        assertEquals(NAME + " line 1: rows 5-5 must satisfy 0 <= start < end <= 100 (the test rows)", error("5-5:1\n"));
        assertEquals(NAME + " line 1: rows 90-101 must satisfy 0 <= start < end <= 100 (the test rows)",
                error("90-101:1\n"));
        assertEquals(NAME + " line 1: dimension 39 outside 1..38", error("1-2:39\n"));
        assertEquals(NAME + " line 1: dimension 0 outside 1..38", error("1-2:0\n"));
        assertEquals(NAME + " line 1: dimension is not an integer: ''", error("1-2:\n"));
        assertEquals(NAME + " line 1: dimension 3 listed twice", error("1-2:3,4,3\n"));
    }
}
