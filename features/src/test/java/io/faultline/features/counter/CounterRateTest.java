package io.faultline.features.counter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.StaleMarker;
import org.junit.jupiter.api.Test;

class CounterRateTest {

    @Test
    void firstSampleGivesNoRateThenIncreasePerSecond() {
        CounterRate counter = new CounterRate();
        assertTrue(Double.isNaN(counter.next(10_000, 100)));
        assertEquals(2.0, counter.next(25_000, 130));   // 30 over 15 s
        assertEquals(0.0, counter.next(40_000, 130));
        assertEquals(0.5, counter.next(42_000, 131));   // 1 over 2 s
        assertEquals(0, counter.resets());
    }

    @Test
    void aDecreaseIsAResetAndTheNewValueCountsFromZero() {
        CounterRate counter = new CounterRate();
        counter.next(0, 500);
        assertEquals(1.0, counter.next(10_000, 510));
        // Restarted process: 20 requests since the restart over the 10 s interval, not -490.
        assertEquals(2.0, counter.next(20_000, 20));
        assertEquals(1, counter.resets());
        assertEquals(3.0, counter.next(30_000, 50));
        assertEquals(0.0, counter.next(40_000, 0)); // down to exactly zero: a reset with no increase
        assertEquals(2, counter.resets());
    }

    @Test
    void equalAndEarlierTimestampsAreIgnored() {
        CounterRate counter = new CounterRate();
        counter.next(10_000, 100);
        assertTrue(Double.isNaN(counter.next(10_000, 140)));
        assertTrue(Double.isNaN(counter.next(5_000, 90)));
        assertEquals(0, counter.resets(), "an earlier, lower sample is not a reset");
        assertEquals(1.0, counter.next(20_000, 110), "the interval still starts at the first sample");
    }

    @Test
    void aStalenessMarkerEndsTheSeriesSoTheNextSampleStartsAfresh() {
        CounterRate counter = new CounterRate();
        counter.next(0, 100);
        assertEquals(1.0, counter.next(10_000, 110));
        assertTrue(Double.isNaN(counter.next(20_000, StaleMarker.VALUE)));
        assertEquals(1, counter.staleMarkers());
        assertTrue(Double.isNaN(counter.next(60_000, 5)), "first sample after the marker");
        assertEquals(0, counter.resets(), "5 after 110 across a marker is a new series, not a reset");
        assertEquals(0.5, counter.next(70_000, 10));
    }

    @Test
    void anOrdinaryNaNBreaksTheCounterButIsNotAMarker() {
        CounterRate counter = new CounterRate();
        counter.next(0, 1);
        assertTrue(Double.isNaN(counter.next(1_000, Double.NaN)));
        assertTrue(Double.isNaN(counter.next(2_000, Double.POSITIVE_INFINITY)));
        assertEquals(0, counter.staleMarkers());
        assertTrue(Double.isNaN(counter.next(3_000, 4)));
        assertEquals(1.0, counter.next(4_000, 5));
    }

    @Test
    void explicitResetForgetsThePreviousSample() {
        CounterRate counter = new CounterRate();
        counter.next(0, 100);
        counter.reset();
        assertTrue(Double.isNaN(counter.next(1_000, 200)));
        assertEquals(100.0, counter.next(2_000, 300));
    }

    @Test
    void feedConvertsHistoryAndContinuesFromItsLastSample() {
        SeriesKey key = SeriesKey.of("http_requests_total", "service", "cart");
        SeriesSamples raw = new SeriesSamples(key, new long[] {0, 1_000, 2_000, 3_000}, new double[] {5, 7, 1, 4});
        CounterRate counter = new CounterRate();
        SeriesSamples rates = counter.feed(raw);
        assertEquals(key, rates.key());
        assertArrayEquals(new long[] {1_000, 2_000, 3_000}, rates.timestampsMs());
        assertArrayEquals(new double[] {2, 1, 3}, rates.values());
        assertEquals(1, counter.resets());
        assertEquals(6.0, counter.next(4_000, 10), "live samples continue from the history's last value");
        assertEquals(rates, CounterRate.rates(raw));
    }

    @Test
    void countersAreRecognisedByTheTotalSuffix() {
        assertTrue(CounterRate.isCounter(SeriesKey.of("http_requests_total")));
        assertFalse(CounterRate.isCounter(SeriesKey.of("http_requests_totals")));
        assertFalse(CounterRate.isCounter(SeriesKey.of("cpu_usage_ratio", "name", "x_total")));
    }
}
