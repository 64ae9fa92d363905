package io.faultline.ingest.store;

import static io.faultline.ingest.store.DuckDbMetricStoreTest.T0;
import static io.faultline.ingest.store.DuckDbMetricStoreTest.series;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code readAll} of many series (one query) gives exactly what {@code read} gives series by series. */
class BulkReadTest {
    @Test
    void readAllEqualsOneReadPerSeriesAcrossBothTablesAndUnknownKeys() {
        // compaction every 50 rows: part of the data is in samples, part in samples_recent
        try (DuckDbMetricStore store = DuckDbMetricStore.open(DuckDbMetricStore.IN_MEMORY, WriteHook.NONE, 50)) {
            List<SeriesKey> keys = new ArrayList<>();
            for (int i = 0; i < DuckDbMetricStore.BULK_READ_MIN_SERIES + 8; i++) {
                keys.add(SeriesKey.of("bulk_test", "i", Integer.toString(i)));
            }
            for (int round = 0; round < 3; round++) {
                List<SeriesSamples> batch = new ArrayList<>();
                for (int i = 0; i < keys.size(); i++) {
                    if ((i + round) % 3 != 0) { // not every series in every round
                        batch.add(series(keys.get(i), T0 + round * 60_000L, 4, i * 100 + round * 10));
                    }
                }
                store.append(new SampleBatch(batch));
            }
            List<SeriesKey> asked = new ArrayList<>(keys);
            asked.add(SeriesKey.of("bulk_test", "i", "never_stored"));
            asked.add(keys.get(3)); // asked twice
            long from = T0 + 30_000;
            long to = T0 + 150_000;
            List<SeriesSamples> all = store.readAll(asked, from, to);
            assertEquals(asked.size(), all.size());
            int nonEmpty = 0;
            for (int i = 0; i < asked.size(); i++) {
                SeriesSamples one = store.read(asked.get(i), from, to);
                assertEquals(asked.get(i), all.get(i).key());
                assertArrayEquals(one.timestampsMs(), all.get(i).timestampsMs(), "timestamps of " + asked.get(i));
                assertArrayEquals(one.values(), all.get(i).values(), "values of " + asked.get(i));
                nonEmpty += one.size() > 0 ? 1 : 0;
            }
            assertEquals(keys.size() + 1, nonEmpty);
        }
    }
}
