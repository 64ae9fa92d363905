package io.faultline.ingest.store;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SeriesSamples;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Duplicate timestamps against what is stored, the way Prometheus treats them: a sample whose series
 * already has a sample at that time is dropped when the value is the same (a retried push is harmless)
 * and rejects the whole batch when the value differs. Only series whose batch starts at or before their
 * newest stored sample are looked at, so the usual in-order stream costs no query at all.
 */
final class OverlapCheck {
    private OverlapCheck() {
    }

    /** Marks the samples to skip in the plan, or throws when a stored sample has another value. */
    static void apply(WritePlan plan, SeriesBounds bounds, Connection connection) throws SQLException {
        Map<Integer, Integer> positionOfId = new HashMap<>();
        StringBuilder ids = new StringBuilder();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (int i = 0; i < plan.series.length; i++) {
            if (plan.isNew(i)) {
                continue;
            }
            long[] ts = plan.series[i].timestampsMs();
            long newest = bounds.newest(plan.ids[i]);
            if (ts[0] > newest) {
                continue;
            }
            positionOfId.put(plan.ids[i], i);
            ids.append(ids.length() == 0 ? "" : ",").append(plan.ids[i]);
            from = Math.min(from, ts[0]);
            to = Math.max(to, Math.min(ts[ts.length - 1], newest));
        }
        if (positionOfId.isEmpty()) {
            return;
        }
        String where = " WHERE series_id IN (" + ids + ") AND ts BETWEEN " + from + " AND " + to;
        String sql = "SELECT series_id, ts, value FROM samples" + where + " UNION ALL SELECT series_id, ts, value FROM samples_recent" + where;
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                int position = positionOfId.get(rs.getInt(1));
                SeriesSamples s = plan.series[position];
                long ts = rs.getLong(2);
                int j = Arrays.binarySearch(s.timestampsMs(), ts);
                if (j < 0) {
                    continue;
                }
                double stored = rs.getDouble(3);
                if (Double.doubleToLongBits(stored) != Double.doubleToLongBits(s.values()[j])) {
                    throw new InvalidInputException("series " + s.key() + " already has value " + stored + " at time "
                            + ts + ", the new value is " + s.values()[j]
                            + "; a stored sample can only be sent again with the same value");
                }
                plan.skip(position, j);
            }
        }
    }
}
