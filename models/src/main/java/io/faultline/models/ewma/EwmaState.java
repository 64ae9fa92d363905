package io.faultline.models.ewma;

import java.util.Arrays;

/**
 * The smoother after some points: level, trend, the season's offsets (empty without a season) and
 * the position of the next point in it, the running mean absolute residual before bias correction,
 * and how many points were learned.
 */
public record EwmaState(double level, double trend, double[] season, int seasonIndex, double meanAbsResidual,
        double meanSquaredResidual, long count) {

    public EwmaState {
        if (season == null) {
            throw new IllegalArgumentException("season is required");
        }
        season = season.clone();
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, was " + count);
        }
        if (season.length == 0 ? seasonIndex != 0 : seasonIndex < 0 || seasonIndex >= season.length) {
            throw new IllegalArgumentException("seasonIndex must be in [0, " + Math.max(1, season.length) + "), was " + seasonIndex);
        }
        if (count > 0 && !(Double.isFinite(level) && Double.isFinite(trend))) {
            throw new IllegalArgumentException("level and trend must be finite, were " + level + " and " + trend);
        }
        if (!(meanAbsResidual >= 0 && Double.isFinite(meanAbsResidual))) {
            throw new IllegalArgumentException("meanAbsResidual must be finite and >= 0, was " + meanAbsResidual);
        }
        if (!(meanSquaredResidual >= 0 && Double.isFinite(meanSquaredResidual))) {
            throw new IllegalArgumentException("meanSquaredResidual must be finite and >= 0, was " + meanSquaredResidual);
        }
        for (int i = 0; i < season.length; i++) {
            if (!Double.isFinite(season[i])) {
                throw new IllegalArgumentException("season[" + i + "] must be finite, was " + season[i]);
            }
        }
    }

    /** Before any point. */
    static EwmaState initial(int seasonLength) {
        return new EwmaState(0.0, 0.0, new double[seasonLength], 0, 0.0, 0.0, 0L);
    }

    @Override
    public double[] season() {
        return season.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EwmaState s && Double.compare(level, s.level) == 0 && Double.compare(trend, s.trend) == 0
                && Arrays.equals(season, s.season) && seasonIndex == s.seasonIndex
                && Double.compare(meanAbsResidual, s.meanAbsResidual) == 0
                && Double.compare(meanSquaredResidual, s.meanSquaredResidual) == 0 && count == s.count;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new double[] {level, trend, meanAbsResidual, meanSquaredResidual, seasonIndex, count}) * 31 + Arrays.hashCode(season);
    }

    @Override
    public String toString() {
        return "EwmaState[level=" + level + ", trend=" + trend + ", season of " + season.length + ", count=" + count + "]";
    }
}
