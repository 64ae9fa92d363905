package io.faultline.models.seasonal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesSamples;
import io.faultline.models.ScoredPoint;
import io.faultline.models.Scorer;
import io.faultline.models.SyntheticSeries;
import org.junit.jupiter.api.Test;

class SeasonalProfileDetectorTest {
    private static final long HOUR = 3_600_000L;
    /** Monday 2024-01-01 00:00 UTC. */
    private static final long MONDAY = 1_704_067_200_000L;

    private static SeasonalProfileParams params(SeasonalProfileKind kind) {
        return new SeasonalProfileParams(kind, 8, 4, 1000, 3, 0.0, 4.0, 0.0, 1e-9);
    }

    /** Hourly points for {@code days} days: 100 +- 1 at 03:00, 0 +- 1 otherwise, the sign alternating by day. */
    private static SeriesSamples history(int days) {
        long[] t = new long[days * 24];
        double[] v = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            t[i] = MONDAY + i * HOUR;
            double wobble = (i / 24) % 2 == 0 ? 1 : -1;
            v[i] = (i % 24 == 3 ? 100 : 0) + wobble;
        }
        return new SeriesSamples(SyntheticSeries.KEY, t, v);
    }

    @Test
    void slotsComeFromTheTimestampInUtc() {
        assertEquals(72, SeasonalProfileKind.hourOfWeek(0)); // the epoch was a Thursday
        assertEquals(0, SeasonalProfileKind.hourOfWeek(MONDAY));
        assertEquals(167, SeasonalProfileKind.hourOfWeek(MONDAY - 1));
        assertEquals(23, SeasonalProfileKind.hourOfDay(MONDAY - 1));
        assertEquals(5, SeasonalProfileKind.hourOfDay(MONDAY + 5 * HOUR + 59 * 60_000L));
    }

    @Test
    void judgesAPointAgainstItsHourOfDay() {
        Scorer scorer = new SeasonalProfileDetector(params(SeasonalProfileKind.HOUR_OF_DAY)).fit(history(10)).newScorer();
        long day11 = MONDAY + 10 * 24 * HOUR;
        // the 03:00 slot holds its last 8 values, 101 and 99 four times each: median 100, MAD 1
        double scale = 1.4826;
        assertEquals(new ScoredPoint(day11 + 3 * HOUR, 100, 100, 100 - 4 * scale, 100 + 4 * scale, 0.0, false),
                scorer.score(day11 + 3 * HOUR, 100));
        ScoredPoint usual = scorer.score(day11 + 5 * HOUR, 100); // 100 is normal at 03:00 only
        assertEquals(0.0, usual.expected());
        assertEquals(100 / scale, usual.score(), 1e-9);
        assertTrue(usual.anomalous());
    }

    @Test
    void fallsBackToTheGlobalWindowUntilASlotHasEnoughPoints() {
        Scorer scorer = new SeasonalProfileDetector(params(SeasonalProfileKind.HOUR_OF_DAY)).fit(history(2)).newScorer();
        // two days: every slot holds 2 < 4 points; the global window holds 23 x -1, 23 x 1, 99 and 101,
        // whose median is 1 (the 24th and 25th values)
        ScoredPoint p = scorer.score(MONDAY + 48 * HOUR + 3 * HOUR, 100);
        assertEquals(1.0, p.expected());
        assertTrue(p.anomalous());
    }

    @Test
    void hourOfWeekFallsBackToHourOfDay() {
        SeasonalProfileParams weekly = params(SeasonalProfileKind.HOUR_OF_WEEK);
        Scorer scorer = new SeasonalProfileDetector(weekly).fit(history(10)).newScorer();
        // day 11 is a Thursday: its 03:00 week slot holds one value (day 4), its day slot eight
        ScoredPoint p = scorer.score(MONDAY + 10 * 24 * HOUR + 3 * HOUR, 100);
        assertEquals(100.0, p.expected());
        assertFalse(p.anomalous());
    }

    @Test
    void validatesEveryField() {
        assertEquals("profile must be hour-of-day or hour-of-week, was null",
                problem(() -> new SeasonalProfileParams(null, 8, 4, 100, 3, 1, 4, 0, 1e-9)));
        assertEquals("minSlotPoints must be in [3, slotWindow=8], was 9",
                problem(() -> new SeasonalProfileParams(SeasonalProfileKind.HOUR_OF_DAY, 8, 9, 100, 3, 1, 4, 0, 1e-9)));
        assertEquals("minPoints must be in [3, globalWindow=100], was 101",
                problem(() -> new SeasonalProfileParams(SeasonalProfileKind.HOUR_OF_DAY, 8, 4, 100, 101, 1, 4, 0, 1e-9)));
        assertEquals("longScaleShare must be finite and >= 0, was NaN",
                problem(() -> new SeasonalProfileParams(SeasonalProfileKind.HOUR_OF_DAY, 8, 4, 100, 3, Double.NaN, 4, 0, 1e-9)));
    }

    private static String problem(Runnable build) {
        return assertThrows(IllegalArgumentException.class, build::run).getMessage();
    }
}
