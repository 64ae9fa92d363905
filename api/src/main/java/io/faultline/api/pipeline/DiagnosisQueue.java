package io.faultline.api.pipeline;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the correlation and diagnosis of scored batches off the request threads: one background
 * worker takes the tasks in the order they were submitted, from a queue of at most
 * {@code capacity} tasks. When the queue is full, the submitting request thread waits for room
 * (back-pressure: nothing is dropped and the order is kept), and the wait is counted. The worker
 * thread starts with the first task and stops after a second without work.
 *
 * <p>{@link #flush()} waits until every task submitted before it has run, so a reader sees the
 * incidents of every batch it was answered for. {@link #inline()} runs each task on the submitting
 * thread instead (deterministic, for tests and the offline evaluations).
 */
public final class DiagnosisQueue {
    private static final Logger LOG = LoggerFactory.getLogger(DiagnosisQueue.class);
    /** Tasks the default queue holds: at 10 series per batch and more, seconds of data at 1M samples/s. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final ExecutorService worker; // null: inline
    private final AtomicLong submitted = new AtomicLong();
    private final Object doneLock = new Object();
    private long done; // guarded by doneLock
    private final LongAdder fullWaits = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private volatile Thread workerThread;

    private DiagnosisQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("diagnosis queue capacity must be >= 1, was " + capacity);
        }
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new ArrayBlockingQueue<>(capacity), r -> {
            Thread t = new Thread(r, "faultline-diagnosis");
            t.setDaemon(true);
            return t;
        }, (task, executor) -> {
            fullWaits.increment();
            try {
                executor.getQueue().put(task);
                // the worker may have timed out while this thread waited: make sure one takes the task
                executor.prestartCoreThread();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RejectedExecutionException("interrupted while waiting for room in the diagnosis queue", e);
            }
        });
        pool.allowCoreThreadTimeOut(true);
        this.worker = pool;
    }

    private DiagnosisQueue() {
        this.worker = null;
    }

    /** A background worker with a queue of {@code capacity} tasks. */
    public static DiagnosisQueue background(int capacity) {
        return new DiagnosisQueue(capacity);
    }

    /** Every task runs on the thread that submits it, before {@link #submit} returns. */
    public static DiagnosisQueue inline() {
        return new DiagnosisQueue();
    }

    /** Runs {@code task} after the tasks submitted before it; waits for room when the queue is full. */
    void submit(Runnable task) {
        submitted.incrementAndGet();
        Runnable counted = () -> {
            workerThread = Thread.currentThread();
            try {
                task.run();
            } catch (RuntimeException e) {
                failures.increment();
                if (worker == null) {
                    throw e;
                }
                // on the worker, one bad batch must not stop the diagnosis of the next ones
                LOG.warn("diagnosis of a batch failed, going on with the next: {}", e.toString());
                LOG.debug("diagnosis failure", e);
            } finally {
                markDone();
            }
        };
        if (worker == null) {
            counted.run();
            return;
        }
        try {
            worker.execute(counted);
        } catch (RejectedExecutionException e) {
            markDone(); // never to run: a flush must not wait for it
            throw e;
        }
    }

    private void markDone() {
        synchronized (doneLock) {
            done++;
            doneLock.notifyAll();
        }
    }

    /**
     * Waits until every task submitted before this call has run. Returns at once on the worker
     * thread itself (a listener reading incidents) or when {@code heldLock} is held by the caller.
     */
    void flush(Object heldLock) {
        if (worker == null || Thread.currentThread() == workerThread || Thread.holdsLock(heldLock)) {
            return;
        }
        long target = submitted.get();
        synchronized (doneLock) {
            while (done < target) {
                try {
                    doneLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Tasks submitted and not yet run. */
    long pending() {
        synchronized (doneLock) {
            return submitted.get() - done;
        }
    }

    /** Submissions that found the queue full and waited for room. */
    long fullWaits() {
        return fullWaits.sum();
    }

    /** Tasks that threw; the worker went on with the next one. */
    long failures() {
        return failures.sum();
    }
}
