package io.faultline.training.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryChunksTest {

    @Test
    void stepsBeforeTheEndInChunksOfAtMostMaxPoints() {
        // steps 0, 10, ..., 90 (100 is excluded: the range is half-open), four points per query
        assertEquals(List.of(new QueryChunks.Chunk(0, 30), new QueryChunks.Chunk(40, 70), new QueryChunks.Chunk(80, 90)),
                QueryChunks.plan(new TimeRange(0, 100), 10, 4));
        assertEquals(List.of(new QueryChunks.Chunk(0, 30), new QueryChunks.Chunk(40, 70)),
                QueryChunks.plan(new TimeRange(0, 71), 10, 4));
        assertEquals(List.of(new QueryChunks.Chunk(5, 5)), QueryChunks.plan(new TimeRange(5, 6), 10, 4));
    }

    @Test
    void sevenDaysAtFifteenSecondsStaysUnderPrometheusLimit() {
        List<QueryChunks.Chunk> chunks = QueryChunks.plan(new TimeRange(0, 7 * 86_400_000L), 15_000, QueryChunks.MAX_POINTS);
        assertEquals(5, chunks.size()); // 40,320 steps
        for (QueryChunks.Chunk c : chunks) {
            assertEquals(true, (c.endMs() - c.startMs()) / 15_000 + 1 <= 10_000, c.toString());
        }
        assertEquals(new QueryChunks.Chunk(4 * 150_000_000L, 7 * 86_400_000L - 15_000), chunks.get(4));
    }
}
