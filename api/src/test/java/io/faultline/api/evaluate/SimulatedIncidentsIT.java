package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.evaluate.SimulationEvaluation.Summary;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The whole live pipeline, end to end, on 24 seeded simulator scenarios covering every fault kind
 * and culprits all over the shop: the incident opened for each fault must name the injected
 * component first in at least 90% of them and among the top 3 in all, with the right fault kind
 * in at least 80%. The same run as {@code faultline evaluate sim --per-fault 4}.
 */
class SimulatedIncidentsIT {

    @Test
    void findsTheInjectedComponentAndItsFaultKind() {
        Summary summary = new SimulationEvaluation(FaultlineConfig.defaults())
                .run(SimulationEvaluation.standardScenarios(4), done -> { });
        String detail = summary.outcomes().stream()
                .map(o -> o.fault() + "/" + o.truth() + " -> " + o.ranking().stream().limit(3).toList() + " " + o.faultKind())
                .collect(Collectors.joining("\n"));
        assertEquals(24, summary.scenarios());
        assertEquals(Set.of("cpu-hog", "memory-leak", "latency", "error-burst", "packet-loss", "bad-deploy"),
                summary.outcomes().stream().map(SimulationEvaluation.Outcome::fault).collect(Collectors.toSet()));
        assertTrue(summary.accuracy().ac1() >= 0.90, "AC@1 " + summary.accuracy().ac1() + "\n" + detail);
        assertEquals(1.0, summary.accuracy().ac3(), "AC@3\n" + detail);
        assertTrue(summary.faultKindAccuracy() >= 0.80, "fault kind " + summary.faultKindAccuracy() + "\n" + detail);
    }
}
