package io.faultline.rca.rank;

import io.faultline.rca.RankedCause;
import io.faultline.rca.RcaCase;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NSigmaRankerTest {
    private final NSigmaRanker nsigma = new NSigmaRanker(NSigmaParams.DEFAULTS);
    private final BaroRanker baro = new BaroRanker(BaroParams.DEFAULTS);

    private static List<String> components(List<RankedCause> causes) {
        return causes.stream().map(RankedCause::component).toList();
    }

    @Test
    void scoresByDistanceFromTheMeanInStandardDeviations() {
        List<ScoredMetric> metrics = nsigma.rankMetrics(new WideCase()
                .column("a_cpu", 1, 2, 3, 4, 6, 5)
                .column("b_mem", 1e6, 3e6, 1e6, 3e6, 6e6, 1e6)
                .at(4));
        assertEquals(List.of("b_mem", "a_cpu"), metrics.stream().map(ScoredMetric::column).toList());
        assertEquals(4.0, metrics.get(0).score());
        assertEquals((6 - 2.5) / Math.sqrt(1.25), metrics.get(1).score());
    }

    /**
     * Why N-Sigma collapses when the fault time comes late and BARO does not: the culprit's cpu jumps at
     * second 20 and the onset is given at 24, so four fault rows sit in the normal part. They drag the mean
     * up and blow the deviation up; the median and IQR barely move. A caller whose latency rises only from
     * second 25, after the given onset, then looks worse to N-Sigma than the culprit.
     */
    @Test
    void aLateOnsetHidesTheCulpritFromNSigmaButNotFromBaro() {
        double[] cpu = new double[40];
        double[] latency = new double[40];
        for (int i = 0; i < 40; i++) {
            cpu[i] = (i < 20 ? 10 : 50) + (i % 2);
            latency[i] = (i < 25 ? 100 : 103) + (i % 2);
        }
        RcaCase late = new WideCase().column("db_cpu", cpu).column("web_latency", latency).at(24);
        RcaCase onTime = new WideCase().column("db_cpu", cpu).column("web_latency", latency).at(20);

        assertEquals(List.of("db", "web"), components(nsigma.rank(onTime)));
        assertEquals(List.of("web", "db"), components(nsigma.rank(late)));
        assertEquals(List.of("db", "web"), components(baro.rank(late)));
    }
}
