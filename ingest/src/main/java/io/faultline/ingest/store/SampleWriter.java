package io.faultline.ingest.store;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.sql.SQLException;
import java.util.BitSet;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Writes a planned batch through DuckDB appenders, inside the caller's transaction: one appender for
 * the new series rows and one for all samples (into {@code samples_recent}), so a batch costs two native appenders and no SQL per
 * sample. Appenders are flushed explicitly, because closing an appender whose flush fails drops the
 * rows without an exception (seen with duckdb_jdbc 2.0.0.1).
 */
final class SampleWriter {
    private SampleWriter() {
    }

    static void write(DuckDBConnection connection, WritePlan plan, WriteHook hook) throws SQLException {
        if (!plan.newKeys.isEmpty()) {
            try (DuckDBAppender appender = connection.createAppender("series")) {
                int id = plan.firstNewId;
                for (SeriesKey key : plan.newKeys) {
                    appender.beginRow().append(id++).append(key.metric()).append(key.labels())
                            .append(key.toString()).endRow();
                }
                appender.flush();
            }
        }
        try (DuckDBAppender appender = connection.createAppender("samples_recent")) {
            for (int i = 0; i < plan.series.length; i++) {
                SeriesSamples s = plan.series[i];
                int id = plan.ids[i];
                long[] ts = s.timestampsMs();
                double[] values = s.values();
                BitSet skip = plan.skipped(i);
                for (int j = 0; j < ts.length; j++) {
                    if (skip == null || !skip.get(j)) {
                        appender.beginRow().append(id).append(ts[j]).append(values[j]).endRow();
                    }
                }
                hook.afterSeries(i);
            }
            appender.flush();
        }
    }
}
