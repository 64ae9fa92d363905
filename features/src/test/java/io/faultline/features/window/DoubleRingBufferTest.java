package io.faultline.features.window;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DoubleRingBufferTest {

    @Test
    void rejectsCapacityBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new DoubleRingBuffer(0));
        assertEquals("capacity must be >= 1, was 0", e.getMessage());
    }

    @Test
    void keepsTheLastCapacityValuesOldestFirst() {
        DoubleRingBuffer buffer = new DoubleRingBuffer(3);
        assertTrue(buffer.isEmpty());
        assertTrue(Double.isNaN(buffer.add(1)));
        assertTrue(Double.isNaN(buffer.add(2)));
        assertFalse(buffer.isFull());
        assertTrue(Double.isNaN(buffer.add(3)));
        assertTrue(buffer.isFull());
        assertEquals(1.0, buffer.add(4));
        assertEquals(2.0, buffer.add(5));
        assertArrayEquals(new double[] {3, 4, 5}, buffer.toArray());
        assertEquals(3.0, buffer.oldest());
        assertEquals(5.0, buffer.newest());
        assertEquals(4.0, buffer.get(1));
        assertEquals(3, buffer.size());
    }

    @Test
    void matchesADequeOverARandomSequence() {
        Random random = new Random(7);
        DoubleRingBuffer buffer = new DoubleRingBuffer(5);
        ArrayDeque<Double> expected = new ArrayDeque<>();
        for (int i = 0; i < 200; i++) {
            double value = random.nextInt(10);
            if (expected.size() == 5) {
                assertEquals(expected.removeFirst(), buffer.add(value));
            } else {
                buffer.add(value);
            }
            expected.addLast(value);
            assertArrayEquals(expected.stream().mapToDouble(Double::doubleValue).toArray(), buffer.toArray());
        }
    }

    @Test
    void refusesReadsOutsideTheContents() {
        DoubleRingBuffer buffer = new DoubleRingBuffer(2);
        assertThrows(NoSuchElementException.class, buffer::oldest);
        assertThrows(NoSuchElementException.class, buffer::newest);
        buffer.add(1);
        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> buffer.get(1));
        assertEquals("index must be in [0, 1), was 1", e.getMessage());
        buffer.clear();
        assertEquals(0, buffer.toArray().length);
    }
}
