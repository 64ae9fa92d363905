package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import io.faultline.ingest.store.DuckDbMetricStore;
import io.faultline.rca.RecoveryKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log and the metric store in one DuckDB file, open at the same time, both kept on close. */
class RecoveryAuditLogIT {
    @TempDir
    Path dir;

    private static AuditEntry execution(long atMs, String component) {
        return new AuditEntry(0, atMs, "inc-1", component, RecoveryKind.RESTART, AuditEntry.Event.EXECUTION,
                AuditEntry.SUCCEEDED, "restarted", "oncall", "kubernetes", false, null);
    }

    @Test
    void sharesTheStoresFileAndSurvivesReopening() {
        String path = dir.resolve("db/faultline.duckdb").toString();
        SeriesKey key = SeriesKey.of("cpu", "service", "checkout");
        try (DuckDbMetricStore store = DuckDbMetricStore.open(path); RecoveryAuditLog audit = RecoveryAuditLog.open(path)) {
            store.append(new SampleBatch(List.of(new SeriesSamples(key, new long[] {1000, 2000}, new double[] {1, 2}))));
            assertEquals(1, audit.append(execution(5_000, "checkout")).id());
            audit.append(new AuditEntry(0, 6_000, "inc-1", "checkout", RecoveryKind.RESTART, AuditEntry.Event.DECISION,
                    "COOLDOWN", "too soon", "oncall", "kubernetes", false, 0.8));
            assertEquals(3, audit.append(execution(7_000, "payment")).id());
        }
        try (RecoveryAuditLog audit = RecoveryAuditLog.open(path); DuckDbMetricStore store = DuckDbMetricStore.open(path)) {
            assertEquals(2, store.sampleCount());
            assertEquals(List.of(5_000L), audit.executedSince("checkout", 0));
            assertEquals(List.of(), audit.executedSince("checkout", 5_001));
            List<AuditEntry> newestFirst = audit.list("inc-1", 10);
            assertEquals(List.of(3L, 2L, 1L), newestFirst.stream().map(AuditEntry::id).toList());
            assertEquals(new AuditEntry(2, 6_000, "inc-1", "checkout", RecoveryKind.RESTART, AuditEntry.Event.DECISION,
                    "COOLDOWN", "too soon", "oncall", "kubernetes", false, 0.8), newestFirst.get(1));
            assertEquals(4, audit.append(execution(8_000, "checkout")).id());
        }
    }
}
