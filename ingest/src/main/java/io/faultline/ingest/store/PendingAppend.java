package io.faultline.ingest.store;

import io.faultline.ingest.SampleBatch;

/**
 * One append waiting for the writer: written by whichever thread holds the write lock next, alone or
 * with the appends that queued meanwhile (group commit). Its fields are set under the write lock and
 * read by its own thread after taking that lock, which orders them.
 */
final class PendingAppend {
    final SampleBatch batch;
    WritePlan plan;
    boolean done;
    RuntimeException failure;

    PendingAppend(SampleBatch batch) {
        this.batch = batch;
    }

    void succeed() {
        done = true;
    }

    void fail(RuntimeException e) {
        done = true;
        failure = e;
    }
}
