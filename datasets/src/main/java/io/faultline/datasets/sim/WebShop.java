package io.faultline.datasets.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The standard simulated web shop, shaped like the Sock Shop and Online Boutique demos: eleven services, five
 * databases and a message queue, entered through {@code frontend}. Capacities are set so each component runs
 * at a typical utilisation (15-32 %) when {@link #REFERENCE_ENTRY_RATE} requests per second enter; more entry
 * traffic makes every component busier.
 */
public final class WebShop {
    /** Entry requests per second at which the profiles' target utilisations hold. */
    public static final double REFERENCE_ENTRY_RATE = 150.0;

    private static final long MIB = 1L << 20;

    private WebShop() {
    }

    /** The standard shop. */
    public static ShopModel standard() {
        List<CallSpec> calls = List.of(
                call("frontend", "catalogue", 0.9, 0.9, 0.5),
                call("frontend", "search", 0.2, 0.2, 0.6),
                call("frontend", "recommendation", 0.3, 0.3, 0.15),
                call("frontend", "cart", 0.5, 0.5, 0.7),
                call("frontend", "orders", 0.08, 0.12, 0.8),
                call("frontend", "user", 0.6, 0.6, 0.7),
                call("catalogue", "catalogue-db", 1.5, 1.5, 0.9),
                call("search", "catalogue-db", 1.0, 1.0, 0.8),
                call("recommendation", "catalogue", 2.0, 1.2, 0.5),
                call("recommendation", "user", 1.0, 0.8, 0.4),
                call("cart", "cart-db", 2.0, 1.6, 0.9),
                call("orders", "orders-db", 3.0, 2.0, 0.9),
                call("orders", "user", 1.0, 1.0, 0.8),
                call("orders", "cart", 1.0, 1.0, 0.8),
                call("orders", "payment", 1.0, 1.0, 0.9),
                call("orders", "inventory", 2.0, 1.5, 0.8),
                call("orders", "shipping", 1.0, 0.6, 0.5),
                call("inventory", "inventory-db", 1.5, 1.2, 0.9),
                call("shipping", "queue-master", 1.0, 1.0, 0.8),
                call("queue-master", "rabbitmq", 2.0, 1.5, 0.9),
                call("user", "user-db", 1.2, 1.0, 0.9));
        List<Row> rows = List.of(
                new Row("frontend", "service", 12.0, 0.30, 0.04, 512, 0.45, true, 0.002),
                new Row("catalogue", "service", 8.0, 0.32, 0.03, 1024, 0.45, true, 0.001),
                new Row("search", "service", 25.0, 0.30, 0.03, 1024, 0.50, true, 0.002),
                new Row("recommendation", "service", 15.0, 0.28, 0.03, 1024, 0.45, true, 0.002),
                new Row("cart", "service", 6.0, 0.27, 0.03, 1024, 0.42, true, 0.001),
                new Row("orders", "service", 20.0, 0.30, 0.03, 1024, 0.45, true, 0.003),
                new Row("payment", "service", 40.0, 0.20, 0.02, 512, 0.40, true, 0.004),
                new Row("shipping", "service", 10.0, 0.20, 0.02, 512, 0.40, true, 0.002),
                new Row("queue-master", "service", 4.0, 0.15, 0.02, 512, 0.40, true, 0.001),
                new Row("inventory", "service", 6.0, 0.24, 0.03, 512, 0.42, true, 0.001),
                new Row("user", "service", 7.0, 0.31, 0.03, 1024, 0.45, true, 0.001),
                new Row("catalogue-db", "database", 3.0, 0.25, 0.03, 2048, 0.60, false, 0.0005),
                new Row("cart-db", "database", 2.0, 0.21, 0.03, 2048, 0.55, false, 0.0005),
                new Row("orders-db", "database", 4.0, 0.18, 0.03, 2048, 0.60, false, 0.0005),
                new Row("user-db", "database", 3.0, 0.19, 0.03, 2048, 0.60, false, 0.0005),
                new Row("inventory-db", "database", 3.0, 0.18, 0.03, 2048, 0.55, false, 0.0005),
                new Row("rabbitmq", "queue", 1.5, 0.10, 0.02, 1024, 0.35, false, 0.0002));
        // Capacities come from the mean rates the fan-outs produce, so first build with a placeholder.
        List<ComponentProfile> draft = rows.stream().map(r -> r.profile(1.0)).toList();
        Map<String, Double> rates = new ShopModel(draft, calls).meanRates(REFERENCE_ENTRY_RATE);
        List<ComponentProfile> profiles = new ArrayList<>();
        for (Row r : rows) {
            profiles.add(r.profile(rates.get(r.name()) / r.targetUtilisation()));
        }
        return new ShopModel(profiles, calls);
    }

    /** A profile before its capacity is known: the utilisation it should have at the reference rate instead. */
    private record Row(String name, String kind, double serviceTimeMs, double targetUtilisation, double idleCpu,
                       int memoryMiB, double liveShare, boolean gc, double errorRatio) {
        ComponentProfile profile(double capacityRps) {
            return new ComponentProfile(name, kind, serviceTimeMs, capacityRps, idleCpu, memoryMiB * MIB, liveShare,
                    gc, errorRatio);
        }
    }

    private static CallSpec call(String caller, String callee, double calls, double latencyWeight,
                                 double errorPropagation) {
        return new CallSpec(caller, callee, calls, latencyWeight, errorPropagation);
    }
}
