package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.datasets.circa.CausalEdge;
import io.faultline.datasets.circa.CircaCase;
import io.faultline.datasets.circa.CircaGenerator;
import io.faultline.datasets.circa.CircaParams;
import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import io.faultline.rca.RootCauseRanker;
import io.faultline.rca.SignalKind;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CircaEvaluationTest {
    private static final CircaParams SMALL = CircaParams.forNodes(10).withLengths(120, 2, 10);

    @Test
    void theCaseMapsCausalEdgesToCallsFromEffectToCause() {
        CircaCase c = new CircaGenerator(SMALL).generate(5);
        RcaCase rca = CircaEvaluation.rcaCase(c, 60_000);
        assertEquals(c.nodes(), List.copyOf(rca.graph().componentNames()));
        for (CausalEdge e : c.edges()) {
            assertTrue(rca.graph().callees(e.effect()).contains(e.cause()), e.toString());
        }
        assertEquals(c.edges().size(), rca.graph().edges().size());
        assertTrue(rca.graph().callers("n0").isEmpty(), "the SLI is the entry point nothing calls");
        assertEquals(c.faultTimeMs() + 60_000, rca.onsetMs());
        assertEquals(c.endMs(), rca.endMs());
        assertEquals("n3", rca.series().get(3).component());
        assertEquals(SignalKind.OTHER, rca.series().get(3).signal());
        assertEquals(c.series().get(3), rca.series().get(3).samples());
    }

    @Test
    void anOracleRankerScoresOneBothWaysAndTheSliFirstScoresWhatItDeserves() {
        CircaGenerator generator = new CircaGenerator(SMALL);
        RootCauseRanker sliFirst = ranker("sli-first", rca -> new ArrayList<>(rca.graph().componentNames()));
        CircaEvaluation.Summary s = new CircaEvaluation(SMALL, sliFirst, 0).run(1, 5, o -> { });
        List<CircaAccuracy.Case> expected = new ArrayList<>();
        for (long seed = 1; seed <= 5; seed++) {
            expected.add(new CircaAccuracy.Case(generator.generate(seed).rootCauses(), CircaGenerator.nodeNames(10)));
        }
        assertEquals(CircaAccuracy.of(expected), s.circa());
        assertEquals(5, s.cases());
        assertEquals("circa-10", s.benchmark());

        List<List<String>> truths = new ArrayList<>();
        CircaEvaluation.Summary oracle = new CircaEvaluation(SMALL, ranker("oracle", rca -> List.of()), 0)
                .run(1, 5, o -> truths.add(o.rootCauses()));
        assertEquals(5, oracle.unranked());
        assertEquals(0.0, oracle.circa().avg5());
        int[] i = {0};
        CircaEvaluation.Summary perfect = new CircaEvaluation(SMALL, ranker("perfect", rca -> truths.get(i[0]++)), 0)
                .run(1, 5, o -> { });
        assertEquals(1.0, perfect.circa().avg5(), 1e-12);
        assertEquals(1.0, perfect.anyRootCause().avg5(), 1e-12);
    }

    private static RootCauseRanker ranker(String name, java.util.function.Function<RcaCase, List<String>> order) {
        return new RootCauseRanker() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<RankedCause> rank(RcaCase rcaCase) {
                List<String> names = order.apply(rcaCase);
                List<RankedCause> out = new ArrayList<>();
                for (int k = 0; k < names.size(); k++) {
                    out.add(new RankedCause(names.get(k), names.size() - k, io.faultline.rca.FaultKind.values()[0],
                            List.of(), List.of(names.get(k))));
                }
                return out;
            }
        };
    }
}
