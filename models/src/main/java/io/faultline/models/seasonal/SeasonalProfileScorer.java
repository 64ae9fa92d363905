package io.faultline.models.seasonal;

import io.faultline.features.stats.RobustScale;
import io.faultline.features.stats.RollingMoments;
import io.faultline.features.stats.RollingQuantiles;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;

/**
 * Scores a point against the most specific baseline that has enough history: its hour-of-week
 * slot, else its hour-of-day slot, else the global window; then adds it to all three. The
 * spread comes from the first of them whose MAD is positive; where every MAD is 0 (a mostly
 * constant series) it is the global window's standard deviation, as Iglewicz and Hoaglin advise,
 * so that rare departures of a sparse series are not all flagged. O(log^2 n) per point.
 */
final class SeasonalProfileScorer implements Scorer {
    private final SeasonalProfileParams params;
    private final RollingQuantiles[] week;
    private final RollingQuantiles[] day;
    private final RollingQuantiles global;
    private final RollingMoments globalMoments;

    SeasonalProfileScorer(SeasonalProfileParams params, SeasonalProfileState state) {
        this.params = params;
        this.week = slots(state.weekSlots(), params.slotWindow());
        this.day = slots(state.daySlots(), params.slotWindow());
        this.global = new RollingQuantiles(params.globalWindow());
        this.globalMoments = new RollingMoments(params.globalWindow());
        for (double v : state.global()) {
            global.add(v);
            globalMoments.add(v);
        }
    }

    private static RollingQuantiles[] slots(double[][] values, int capacity) {
        RollingQuantiles[] slots = new RollingQuantiles[values.length];
        for (int s = 0; s < values.length; s++) {
            slots[s] = new RollingQuantiles(capacity);
            for (double v : values[s]) {
                slots[s].add(v);
            }
        }
        return slots;
    }

    SeasonalProfileState state() {
        double[][] w = new double[week.length][];
        for (int s = 0; s < week.length; s++) {
            w[s] = week[s].values();
        }
        double[][] d = new double[day.length][];
        for (int s = 0; s < day.length; s++) {
            d[s] = day[s].values();
        }
        return new SeasonalProfileState(w, d, global.values());
    }

    @Override
    public ScoredPoint score(long timestampMs, double value) {
        if (!Double.isFinite(value)) {
            return ScoredPoint.warmingUp(timestampMs, value);
        }
        RollingQuantiles weekSlot = week.length == 0 ? null : week[SeasonalProfileKind.hourOfWeek(timestampMs)];
        RollingQuantiles daySlot = day[SeasonalProfileKind.hourOfDay(timestampMs)];
        ScoredPoint point = global.size() < params.minPoints()
                ? ScoredPoint.warmingUp(timestampMs, value)
                : judge(timestampMs, value, weekSlot, daySlot);
        if (weekSlot != null) {
            weekSlot.add(value);
        }
        daySlot.add(value);
        global.add(value);
        globalMoments.add(value);
        return point;
    }

    private ScoredPoint judge(long timestampMs, double value, RollingQuantiles weekSlot, RollingQuantiles daySlot) {
        RollingQuantiles[] chain = weekSlot != null && weekSlot.size() >= params.minSlotPoints()
                ? new RollingQuantiles[] {weekSlot, daySlot, global}
                : daySlot.size() >= params.minSlotPoints() ? new RollingQuantiles[] {daySlot, global}
                : new RollingQuantiles[] {global};
        double median = chain[0].median();
        double spread = 0;
        for (RollingQuantiles baseline : chain) {
            if (baseline.size() >= params.minSlotPoints() || baseline == global) {
                spread = baseline.medianAbsoluteDeviation();
                if (spread > 0) {
                    break;
                }
            }
        }
        if (!(spread > 0) && globalMoments.size() >= 2) {
            spread = globalMoments.standardDeviation() / RobustScale.MAD_TO_SIGMA;
        }
        if (globalMoments.size() >= 2) {
            spread = Math.max(spread, params.longScaleShare() * globalMoments.standardDeviation() / RobustScale.MAD_TO_SIGMA);
        }
        RobustScale robust = RobustScale.of(median, spread, params.relativeScaleFloor(), params.absoluteScaleFloor());
        double score = Math.abs(value - median) / robust.scale();
        double halfWidth = params.threshold() * robust.scale();
        return new ScoredPoint(timestampMs, value, median, median - halfWidth, median + halfWidth, score,
                score > params.threshold());
    }
}
