package io.faultline.features.window;

import java.util.NoSuchElementException;

/**
 * The last {@code capacity} doubles added, oldest first, in a primitive array: adding to a full
 * buffer overwrites the oldest value. Every operation is O(1) except {@link #toArray()} (O(n)).
 * Not thread-safe.
 */
public final class DoubleRingBuffer {
    private final double[] values;
    private int start;
    private int size;

    public DoubleRingBuffer(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be >= 1, was " + capacity);
        }
        this.values = new double[capacity];
    }

    public int capacity() {
        return values.length;
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public boolean isFull() {
        return size == values.length;
    }

    /**
     * Appends {@code value}; when the buffer is full the oldest value is dropped.
     *
     * @return the dropped value, or {@link Double#NaN} when nothing was dropped (check
     *         {@link #isFull()} before adding when NaN is a legitimate value)
     */
    public double add(double value) {
        if (size < values.length) {
            values[(start + size) % values.length] = value;
            size++;
            return Double.NaN;
        }
        double evicted = values[start];
        values[start] = value;
        start = (start + 1) % values.length;
        return evicted;
    }

    /** The value at {@code index}, where 0 is the oldest and {@code size() - 1} the newest. */
    public double get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index must be in [0, " + size + "), was " + index);
        }
        return values[(start + index) % values.length];
    }

    public double oldest() {
        requireNotEmpty();
        return values[start];
    }

    public double newest() {
        requireNotEmpty();
        return get(size - 1);
    }

    public void clear() {
        start = 0;
        size = 0;
    }

    /** A copy of the contents, oldest first. */
    public double[] toArray() {
        double[] copy = new double[size];
        int firstPart = Math.min(size, values.length - start);
        System.arraycopy(values, start, copy, 0, firstPart);
        System.arraycopy(values, 0, copy, firstPart, size - firstPart);
        return copy;
    }

    private void requireNotEmpty() {
        if (size == 0) {
            throw new NoSuchElementException("ring buffer is empty");
        }
    }
}
