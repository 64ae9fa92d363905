package io.faultline.datasets.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a root-cause ranker relies on: the culprit's signature metric moves clearly and soon, more than the
 * same metric anywhere else, while its callers show real but weaker symptoms.
 */
class FaultSignatureTest {
    private static final SimulationParams PARAMS = SimulationParams.defaults();
    private static final List<String> COMPONENTS = WebShop.standard().topology().names();

    private static SimRun run(long seed, FaultType fault, String culprit) {
        return SimRun.of(PARAMS, new Scenario(seed, fault, culprit, Duration.ofHours(1), Duration.ofMinutes(40),
                Duration.ofMinutes(10)));
    }

    /** Minutes after the onset over which the signature is judged: the first one, or 10-15 for a leak. */
    private static int[] signatureWindow(FaultType fault) {
        return fault == FaultType.MEMORY_LEAK ? new int[] {10, 15} : new int[] {0, 1};
    }

    @ParameterizedTest
    @EnumSource(FaultType.class)
    void signatureMovesOnEveryCulpritMoreThanAnywhereElse(FaultType fault) {
        int[] w = signatureWindow(fault);
        for (String culprit : COMPONENTS) {
            SimRun run = run(17, fault, culprit);
            double own = run.robustZ(fault.signatureMetric(), culprit, w[0], w[1]);
            assertTrue(own > 5, fault + " on " + culprit + ": signature z " + own);
            for (String other : COMPONENTS) {
                if (!other.equals(culprit)) {
                    double z = run.robustZ(fault.signatureMetric(), other, w[0], w[1]);
                    assertTrue(z < own, fault + " on " + culprit + ": " + other + " z " + z + " >= culprit's " + own);
                }
            }
        }
    }

    static Stream<Arguments> faultsOnComponentsWithCallers() {
        return Stream.of(FaultType.values()).flatMap(f -> Stream.of("catalogue", "cart-db", "user", "payment")
                .map(c -> Arguments.of(f, c)));
    }

    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("faultsOnComponentsWithCallers")
    void callersShowRealButWeakerSymptoms(FaultType fault, String culprit) {
        SimRun run = run(23, fault, culprit);
        SimMetric symptom = fault == FaultType.ERROR_BURST || fault == FaultType.BAD_DEPLOY ? SimMetric.ERROR_RATIO : SimMetric.REQUEST_LATENCY;
        // a leak reaches latency only once GC pressure builds up, about 17 minutes in
        int from = fault == FaultType.MEMORY_LEAK ? 30 : 2;
        int to = fault == FaultType.MEMORY_LEAK ? 40 : 10;
        double own = run.robustZ(symptom, culprit, from, to);
        double strongestCaller = Double.NEGATIVE_INFINITY;
        for (String caller : WebShop.standard().topology().callers(culprit)) {
            double z = run.robustZ(symptom, caller, from, to);
            assertTrue(z < own, fault + " on " + culprit + ": caller " + caller + " " + symptom + " z " + z
                    + " >= culprit's " + own);
            strongestCaller = Math.max(strongestCaller, z);
        }
        assertTrue(strongestCaller >= 3, fault + " on " + culprit + ": no caller shows " + symptom
                + ", strongest z " + strongestCaller);
    }

    @ParameterizedTest
    @EnumSource(value = FaultType.class, names = {"PACKET_LOSS"})
    void packetLossAlsoFailsSomeCallerRequests(FaultType fault) {
        for (String culprit : List.of("catalogue", "cart-db", "user")) {
            SimRun run = run(29, fault, culprit);
            double strongest = WebShop.standard().topology().callers(culprit).stream()
                    .mapToDouble(c -> run.robustZ(SimMetric.ERROR_RATIO, c, 2, 10)).max().orElseThrow();
            assertTrue(strongest >= 2, culprit + ": strongest caller error z " + strongest);
        }
    }

    @ParameterizedTest
    @EnumSource(FaultType.class)
    void culpritRecoversWhenTheFaultEnds(FaultType fault) {
        SimRun run = run(31, fault, "catalogue");
        // the recovery window is the 10 minutes after the 40-minute fault
        double z = run.robustZ(fault.signatureMetric(), "catalogue", 42, 50);
        assertTrue(Math.abs(z) < 3, fault + ": signature z after the fault " + z);
    }
}
