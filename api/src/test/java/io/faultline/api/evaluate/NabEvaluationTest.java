package io.faultline.api.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.faultline.datasets.nab.NabCorpus;
import io.faultline.models.registry.DetectorRegistry;
import io.faultline.training.nab.NabReport;
import io.faultline.training.nab.NabScorer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Streaming a NAB corpus through registered detectors, on the in-memory fixture. */
class NabEvaluationTest {
    private static final DetectorRegistry REGISTRY = DetectorRegistry.defaultRegistry();

    private static NabRun run(int threads, String detector) {
        AtomicLong clock = new AtomicLong();
        return new NabEvaluation(REGISTRY, threads, () -> clock.addAndGet(1_000_000)).run(NabFixture.corpus(), detector,
                null, done -> { });
    }

    @ParameterizedTest
    @ValueSource(strings = {"robust-zscore", "kmeans-window"})
    void parallelFilesGiveTheSameNumbersAsSequential(String detector) {
        NabRun sequential = run(1, detector);
        for (int threads : new int[] {2, 3}) {
            NabRun parallel = run(threads, detector);
            assertEquals(sequential.files(), parallel.files(), detector + " on " + threads + " threads");
            assertEquals(sequential.report(), parallel.report(), detector + " on " + threads + " threads");
            assertEquals(sequential.ownThreshold(), parallel.ownThreshold(), detector + " on " + threads + " threads");
        }
    }

    @Test
    void robustZScoreCatchesBothPlantedSpikesAtTheirWindowsStartsAndNothingElse() {
        NabRun run = run(2, "robust-zscore");
        NabReport perfect = new NabScorer().score(NabFixture.oracle(), NabFixture.corpus().profiles());
        for (int p = 0; p < 3; p++) {
            assertEquals(perfect.profiles().get(p).normalisedScore(), run.report().profiles().get(p).normalisedScore(), 1e-12,
                    run.report().profiles().get(p).profile().name());
        }
        assertEquals(3 * NabFixture.ROWS, run.rows());
        assertEquals("robust-zscore", run.detector());
    }

    @Test
    void everyRowIsScoredBeforeTheDetectorSeesTheNextAndProgressCountsFilesInOrder() {
        List<Integer> progress = new ArrayList<>();
        NabCorpus corpus = NabFixture.corpus();
        NabRun run = new NabEvaluation(REGISTRY, 2, () -> 0).run(corpus, "robust-zscore", null, progress::add);
        assertEquals(List.of(1, 2, 3), progress);
        for (int i = 0; i < corpus.series().size(); i++) {
            assertEquals(corpus.series().get(i).relativePath(), run.files().get(i).relativePath());
            // the first minPoints rows are warm-up: nothing seen yet, so nothing scored
            assertEquals(0.0, run.files().get(i).anomalyScores()[0]);
        }
    }

    @Test
    void timingComesFromTheInjectedClock() {
        NabRun run = run(1, "robust-zscore");
        assertEquals(1_000_000, run.detectNanos());
        assertEquals(1_000_000, run.scoreNanos());
        assertEquals(3 * NabFixture.ROWS / 0.001, run.pointsPerSecond(), 1e-6);
    }

    @Test
    void badParamsFailBeforeAnyFileIsStreamed() {
        var params = JsonNodeFactory.instance.objectNode().put("window", 1);
        List<Integer> progress = new ArrayList<>();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new NabEvaluation(REGISTRY, 2, () -> 0)
                .run(NabFixture.corpus(), "robust-zscore", params, progress::add));
        assertTrue(e.getMessage().contains("window must be >= 3, was 1"), e.getMessage());
        assertTrue(progress.isEmpty());
        assertThrows(IllegalArgumentException.class, () -> new NabEvaluation(REGISTRY, 0, () -> 0));
    }
}
