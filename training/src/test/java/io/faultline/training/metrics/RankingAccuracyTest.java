package io.faultline.training.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.training.metrics.RankingAccuracy.Case;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingAccuracyTest {

    @Test
    void countsTheTruthWithinTheTopK() {
        RankingAccuracy a = RankingAccuracy.of(List.of(
                new Case("cart", List.of("cart", "orders")),            // rank 1
                new Case("orders", List.of("cart", "orders", "user")),  // rank 2
                new Case("user", List.of("a", "b", "c", "d", "user")),  // rank 5
                new Case("db", List.of())));                            // missed
        assertEquals(new RankingAccuracy(4, 0.25, 0.5, 0.5, 0.5, 0.75, 0.5), a);
        assertEquals(0.75, a.at(5));
    }

    @Test
    void needsCases() {
        assertEquals("accuracy needs at least one case",
                assertThrows(IllegalArgumentException.class, () -> RankingAccuracy.of(List.of())).getMessage());
    }
}
