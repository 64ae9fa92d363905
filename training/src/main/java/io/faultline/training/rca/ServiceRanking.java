package io.faultline.training.rca;

import io.faultline.training.metrics.RankingAccuracy;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A ranking of services made from a ranking of metrics the way RCAEval scores at service ("coarse-grained")
 * level (Pham et al., RCAEval, WWW 2025 companion; its {@code main.py}): the service of a metric is its
 * column name up to the first {@code _} with every {@code -db} removed ({@code x.split("_")[0].replace("-db", "")},
 * so {@code carts-db_mem} counts for {@code carts}), and a service keeps the position of its first metric.
 * The true service is compared as the dataset names it, unchanged, as RCAEval does; so a culprit that is
 * itself a {@code -db} component can never be found this way. That is right for RCAEval parity on metric
 * rankings; rankings of components (PetShop, the simulator, whose culprits include {@code cart-db}) are
 * scored as they are, with {@link RankingAccuracy.Case} directly.
 */
public record ServiceRanking(List<String> services) {
    public ServiceRanking {
        services = List.copyOf(services);
        if (new LinkedHashSet<>(services).size() != services.size()) {
            throw new IllegalArgumentException("a service ranking names each service once, was " + services);
        }
    }

    /** The service of a metric column: its name up to the first {@code _}, with {@code -db} removed. */
    public static String serviceOf(String metric) {
        int cut = metric.indexOf('_');
        return (cut < 0 ? metric : metric.substring(0, cut)).replace("-db", "");
    }

    /** The services of {@code metricRanking} (best first), each at the position of its first metric. */
    public static ServiceRanking fromMetrics(List<String> metricRanking) {
        Set<String> services = new LinkedHashSet<>();
        for (String metric : metricRanking) {
            services.add(serviceOf(metric));
        }
        return new ServiceRanking(new ArrayList<>(services));
    }

    /** One case for {@link RankingAccuracy}: the true service against the services of a metric ranking. */
    public static RankingAccuracy.Case serviceCase(String trueService, List<String> metricRanking) {
        return new RankingAccuracy.Case(trueService, fromMetrics(metricRanking).services());
    }
}
