package io.faultline.training.rca;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.training.metrics.RankingAccuracy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceRankingTest {
    @Test
    void theServiceOfAMetricIsItsNameUpToTheFirstUnderscoreWithoutDb() {
        assertEquals("carts", ServiceRanking.serviceOf("carts_cpu"));
        assertEquals("carts", ServiceRanking.serviceOf("carts-db_mem"));
        assertEquals("front-end", ServiceRanking.serviceOf("front-end_lat_90"));
        assertEquals("queue-master", ServiceRanking.serviceOf("queue-master_cpu"));
        assertEquals("checkoutservice", ServiceRanking.serviceOf("checkoutservice_latency-90"));
        assertEquals("user", ServiceRanking.serviceOf("user"));
        // RCAEval removes "-db" wherever it is, not only at the end
        assertEquals("ts-service", ServiceRanking.serviceOf("ts-db-service_cpu"));
    }

    @Test
    void eachServiceKeepsThePositionOfItsFirstMetric() {
        assertEquals(List.of("orders", "carts", "front-end"), ServiceRanking.fromMetrics(List.of(
                "orders-db_cpu", "carts_mem", "orders_cpu", "front-end_cpu", "carts-db_cpu")).services());
        assertEquals(List.of(), ServiceRanking.fromMetrics(List.of()).services());
    }

    @Test
    void scoresServiceLevelAccuracyAsRcaEvalDoes() {
        RankingAccuracy accuracy = RankingAccuracy.of(List.of(
                ServiceRanking.serviceCase("carts", List.of("carts-db_mem", "carts_cpu", "user_cpu")),       // 1
                ServiceRanking.serviceCase("user", List.of("carts_cpu", "carts_mem", "user-db_mem")),        // 2
                ServiceRanking.serviceCase("payment", List.of("a_x", "a_y", "b_x", "c_x", "d_x", "payment_cpu")), // 5
                ServiceRanking.serviceCase("orders", List.of("a_x", "b_x", "c_x", "d_x", "e_x", "orders_cpu")),   // 6
                ServiceRanking.serviceCase("catalogue", List.of())));
        assertEquals(new RankingAccuracy(5, 0.2, 0.4, 0.4, 0.4, 0.6, 0.4), accuracy);
    }

    @Test
    void aServiceRankingNamesEachServiceOnce() {
        assertEquals("a service ranking names each service once, was [a, a]",
                assertThrows(IllegalArgumentException.class, () -> new ServiceRanking(List.of("a", "a"))).getMessage());
    }
}
