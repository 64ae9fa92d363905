package io.faultline.datasets.smd;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class SmdMatrixTest {
    private final double[] values = {1, 2, 3, 4, 5, 6};
    private final SmdMatrix m = new SmdMatrix(2, 3, values);

    @Test
    void readsRowMajorValues() {
        assertEquals(6.0, m.get(1, 2));
        assertArrayEquals(new double[] {4, 5, 6}, m.row(1));
        assertArrayEquals(new double[] {2, 5}, m.column(1));
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, m.toRows());
    }

    @Test
    void isImmutable() {
        values[0] = 99;
        m.row(0)[0] = 99;
        m.toRows()[0][0] = 99;
        assertEquals(1.0, m.get(0, 0));
    }

    @Test
    void validatesItsShapeAndValues() {
        assertEquals("values must hold rows * columns = 6 numbers, held 5",
                assertThrows(IllegalArgumentException.class, () -> new SmdMatrix(2, 3, new double[5])).getMessage());
        assertEquals("columns must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> new SmdMatrix(0, 0, new double[0])).getMessage());
        assertEquals("value at row 1, column 0 is not finite: NaN", assertThrows(IllegalArgumentException.class,
                () -> new SmdMatrix(2, 2, new double[] {0, 0, Double.NaN, 0})).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> m.get(2, 0));
    }

    @Test
    void segmentsValidateTheirRowsAndDimensions() {
        assertEquals(3, new InterpretationSegment(2, 5, List.of(1)).length());
        assertEquals("end must be > start 4, was 4",
                assertThrows(IllegalArgumentException.class, () -> new InterpretationSegment(4, 4, List.of(1))).getMessage());
        assertEquals("dimensions must be distinct and ascending, were [3, 2]", assertThrows(IllegalArgumentException.class,
                () -> new InterpretationSegment(0, 4, List.of(3, 2))).getMessage());
        assertEquals("dimensions must not be empty",
                assertThrows(IllegalArgumentException.class, () -> new InterpretationSegment(0, 4, List.of())).getMessage());
    }
}
