package io.faultline.models.seasonal;

import java.util.Arrays;

/**
 * The recent points of every slot, oldest first: {@code weekSlots} (168 arrays, or none for an
 * hour-of-day profile), {@code daySlots} (24 arrays) and the global window.
 */
public record SeasonalProfileState(double[][] weekSlots, double[][] daySlots, double[] global) {

    public SeasonalProfileState {
        if (weekSlots == null || daySlots == null || global == null) {
            throw new IllegalArgumentException("weekSlots, daySlots and global are required");
        }
        if (weekSlots.length != 0 && weekSlots.length != SeasonalProfileKind.HOURS_PER_WEEK) {
            throw new IllegalArgumentException("weekSlots must hold 0 or 168 slots, held " + weekSlots.length);
        }
        if (daySlots.length != SeasonalProfileKind.HOURS_PER_DAY) {
            throw new IllegalArgumentException("daySlots must hold 24 slots, held " + daySlots.length);
        }
        weekSlots = copy("weekSlots", weekSlots);
        daySlots = copy("daySlots", daySlots);
        global = copy("global", new double[][] {global})[0];
    }

    static SeasonalProfileState empty(SeasonalProfileKind profile) {
        double[][] week = new double[profile.weekSlots()][0];
        return new SeasonalProfileState(week, new double[SeasonalProfileKind.HOURS_PER_DAY][0], new double[0]);
    }

    private static double[][] copy(String field, double[][] slots) {
        double[][] out = new double[slots.length][];
        for (int s = 0; s < slots.length; s++) {
            if (slots[s] == null) {
                throw new IllegalArgumentException(field + "[" + s + "] is required");
            }
            out[s] = slots[s].clone();
            for (int i = 0; i < out[s].length; i++) {
                if (!Double.isFinite(out[s][i])) {
                    throw new IllegalArgumentException(field + "[" + s + "][" + i + "] must be finite, was " + out[s][i]);
                }
            }
        }
        return out;
    }

    @Override
    public double[][] weekSlots() {
        return copy("weekSlots", weekSlots);
    }

    @Override
    public double[][] daySlots() {
        return copy("daySlots", daySlots);
    }

    @Override
    public double[] global() {
        return global.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SeasonalProfileState s && Arrays.deepEquals(weekSlots, s.weekSlots)
                && Arrays.deepEquals(daySlots, s.daySlots) && Arrays.equals(global, s.global);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.deepHashCode(weekSlots) + Arrays.deepHashCode(daySlots)) + Arrays.hashCode(global);
    }

    @Override
    public String toString() {
        return "SeasonalProfileState[" + weekSlots.length + " week slots, 24 day slots, " + global.length + " global values]";
    }
}
