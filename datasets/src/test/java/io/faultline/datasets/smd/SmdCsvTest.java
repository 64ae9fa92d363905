package io.faultline.datasets.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SmdCsvTest {

    private static SmdMatrix matrix(String text, int columns) throws IOException {
        return SmdCsv.readMatrix(new BufferedReader(new StringReader(text)), "m_test.csv", columns);
    }

    private static String matrixError(String text, int columns) {
        return assertThrows(InvalidInputException.class, () -> matrix(text, columns)).getMessage();
    }

    private static boolean[] labels(String text) throws IOException {
        return SmdCsv.readLabels(new BufferedReader(new StringReader(text)), "m_test_label.csv");
    }

    @Test
    void readsRowsOfNumbersIncludingExponentsAndTrailingBlankLines() throws IOException {
        SmdMatrix m = matrix("0.5,1,0\n5.4e-05, 2 ,-1\n\n\n", 3);
        assertEquals(new SmdMatrix(2, 3, new double[] {0.5, 1, 0, 5.4e-05, 2, -1}), m);
    }

    @Test
    void growsBeyondItsFirstBuffer() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            text.append(i).append(',').append(-i).append('\n');
        }
        SmdMatrix m = matrix(text.toString(), 2);
        assertEquals(3000, m.rows());
        assertArrayEquals(new double[] {2999, -2999}, m.row(2999));
    }

    @Test
    void anEmptyFileHasNoRows() throws IOException {
        assertEquals(0, matrix("", 38).rows());
    }

    @Test
    void namesFileAndLineOfAWrongColumnCount() {
        assertEquals("m_test.csv line 2: expected 3 columns, found 2", matrixError("1,2,3\n1,2\n", 3));
        assertEquals("m_test.csv line 1: expected 3 columns, found 4", matrixError("1,2,3,4\n", 3));
        assertEquals("m_test.csv line 1: expected 1 columns, found 2", matrixError("1,2\n", 1));
    }

    @Test
    void namesFileLineAndColumnOfANonNumber() {
        assertEquals("m_test.csv line 2, column 3: not a number: 'x'", matrixError("1,2,3\n1,2,x\n", 3));
        assertEquals("m_test.csv line 1, column 1: not a number: ''", matrixError(",2,3\n", 3));
        assertEquals("m_test.csv line 1, column 2: not a finite number: 'NaN'", matrixError("1,NaN,3\n", 3));
        assertEquals("m_test.csv line 1, column 3: not a finite number: 'Infinity'", matrixError("1,2,Infinity\n", 3));
    }

    @Test
    void aBlankLineBeforeMoreDataIsAnError() {
        assertEquals("m_test.csv line 2: empty line", matrixError("1,2\n\n3,4\n", 2));
    }

    @Test
    void readsLabels() throws IOException {
        assertArrayEquals(new boolean[] {false, true, true, false}, labels("0\n1\n1\r\n0\n"));
    }

    @Test
    void namesFileAndLineOfABadLabel() {
        assertEquals("m_test_label.csv line 3: label must be 0 or 1, was '2'",
                assertThrows(InvalidInputException.class, () -> labels("0\n1\n2\n")).getMessage());
        assertEquals("m_test_label.csv line 1: label must be 0 or 1, was '1.0'",
                assertThrows(InvalidInputException.class, () -> labels("1.0\n")).getMessage());
    }
}
