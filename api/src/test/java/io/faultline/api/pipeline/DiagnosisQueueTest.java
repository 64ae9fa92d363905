package io.faultline.api.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The diagnosis worker keeps the order, waits for room when full, and flush() sees every earlier task done. */
class DiagnosisQueueTest {
    private final Object lock = new Object();

    @Test
    void tasksRunInOrderOffTheCallerAndFlushWaitsForThem() {
        DiagnosisQueue queue = DiagnosisQueue.background(4);
        List<Integer> ran = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int n = i;
            queue.submit(() -> {
                ran.add(n); // one worker: no two tasks at once
                threads.add(Thread.currentThread());
            });
        }
        queue.flush(lock);
        assertEquals(100, ran.size());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, ran.get(i));
        }
        assertTrue(threads.stream().noneMatch(t -> t == Thread.currentThread()));
        assertEquals(0, queue.pending());
    }

    @Test
    void aSubmitterInterruptedWhileWaitingForRoomIsRefusedAndFlushDoesNotWaitForItsTask() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DiagnosisQueue queue = fullQueueOfOne(release);
        Thread.currentThread().interrupt(); // the wait for room ends at once
        assertThrows(RejectedExecutionException.class, () -> queue.submit(() -> { }));
        assertTrue(Thread.interrupted());
        release.countDown();
        assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> queue.flush(lock), "flush waited for a task that will never run");
        assertEquals(0, queue.pending());
    }

    @Test
    void aFullQueueMakesTheSubmitterWaitAndIsCounted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        DiagnosisQueue queue = fullQueueOfOne(release);
        Thread submitter = new Thread(() -> queue.submit(() -> { }));
        submitter.start();
        while (queue.fullWaits() == 0) {
            Thread.onSpinWait();
        }
        assertEquals(3, queue.pending());
        release.countDown();
        submitter.join();
        queue.flush(lock);
        assertEquals(0, queue.pending());
        assertEquals(1, queue.fullWaits());
    }

    @Test
    void aFailingTaskIsCountedAndTheNextOneStillRuns() {
        DiagnosisQueue queue = DiagnosisQueue.background(8);
        List<String> ran = new ArrayList<>();
        queue.submit(() -> {
            throw new IllegalStateException("boom");
        });
        queue.submit(() -> ran.add("next"));
        queue.flush(lock);
        assertEquals(List.of("next"), ran);
        assertEquals(1, queue.failures());
    }

    @Test
    void inlineRunsOnTheCallerAndPassesFailuresOn() {
        DiagnosisQueue queue = DiagnosisQueue.inline();
        List<Thread> threads = new ArrayList<>();
        queue.submit(() -> threads.add(Thread.currentThread()));
        assertEquals(List.of(Thread.currentThread()), threads);
        assertEquals("boom", assertThrows(IllegalStateException.class, () -> queue.submit(() -> {
            throw new IllegalStateException("boom");
        })).getMessage());
        assertEquals("diagnosis queue capacity must be >= 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> DiagnosisQueue.background(0)).getMessage());
    }

    /** A queue of one whose worker is held on its first task until {@code release} and whose queue is full. */
    private static DiagnosisQueue fullQueueOfOne(CountDownLatch release) throws InterruptedException {
        DiagnosisQueue queue = DiagnosisQueue.background(1);
        CountDownLatch started = new CountDownLatch(1);
        queue.submit(() -> {
            started.countDown();
            await(release);
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        queue.submit(() -> { }); // fills the queue of one
        return queue;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
