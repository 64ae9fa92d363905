package io.faultline.ingest.store;

import java.sql.SQLException;

/** Called inside the append transaction after each series' rows went to the appender; lets tests fail a batch midway. */
@FunctionalInterface
interface WriteHook {
    WriteHook NONE = position -> { };

    void afterSeries(int position) throws SQLException;
}
