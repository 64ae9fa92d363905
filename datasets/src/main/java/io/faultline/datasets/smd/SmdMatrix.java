package io.faultline.datasets.smd;

import java.util.Arrays;

/**
 * An immutable matrix of finite doubles stored row-major in one array, as read from an SMD CSV file
 * (one row per minute, one column per metric). Accessors that return arrays return copies.
 */
public final class SmdMatrix {
    private final int rows;
    private final int columns;
    private final double[] values;

    /**
     * @param rows    row count, >= 0
     * @param columns column count, >= 1
     * @param values  {@code rows * columns} values, row after row; copied
     */
    public SmdMatrix(int rows, int columns, double[] values) {
        this(values.clone(), rows, columns);
    }

    /** Takes {@code values} without copying: only for the loader's own buffers. */
    static SmdMatrix adopt(int rows, int columns, double[] values) {
        return new SmdMatrix(values, rows, columns);
    }

    private SmdMatrix(double[] values, int rows, int columns) {
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, was " + rows);
        }
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        if (values.length != (long) rows * columns) {
            throw new IllegalArgumentException("values must hold rows * columns = " + (long) rows * columns
                    + " numbers, held " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value at row " + i / columns + ", column " + i % columns
                        + " is not finite: " + values[i]);
            }
        }
        this.rows = rows;
        this.columns = columns;
        this.values = values;
    }

    public int rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public double get(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("(" + row + ", " + column + ") outside " + rows + " x " + columns);
        }
        return values[row * columns + column];
    }

    /** A copy of one row. */
    public double[] row(int row) {
        if (row < 0 || row >= rows) {
            throw new IndexOutOfBoundsException("row " + row + " outside 0.." + (rows - 1));
        }
        return Arrays.copyOfRange(values, row * columns, (row + 1) * columns);
    }

    /** A copy of one column. */
    public double[] column(int column) {
        if (column < 0 || column >= columns) {
            throw new IndexOutOfBoundsException("column " + column + " outside 0.." + (columns - 1));
        }
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = values[r * columns + column];
        }
        return out;
    }

    /** A copy of the whole matrix, one array per row. */
    public double[][] toRows() {
        double[][] out = new double[rows][];
        for (int r = 0; r < rows; r++) {
            out[r] = Arrays.copyOfRange(values, r * columns, (r + 1) * columns);
        }
        return out;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SmdMatrix m && m.rows == rows && m.columns == columns && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + columns) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SmdMatrix[" + rows + " x " + columns + "]";
    }
}
