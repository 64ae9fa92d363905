package io.faultline.ingest.store;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads {@code [from, to)} of many series in one query over both sample tables, instead of one query
 * per series: a diagnosis reads every series of the components in scope, and thousands of small
 * queries cost far more than one scan of the range (the rows of series not asked for are skipped here).
 */
final class BulkRead {
    static final String SQL = "SELECT series_id, ts, value FROM (SELECT series_id, ts, value FROM samples WHERE ts >= $1 AND ts < $2"
            + " UNION ALL SELECT series_id, ts, value FROM samples_recent WHERE ts >= $1 AND ts < $2) ORDER BY series_id, ts";

    private BulkRead() {
    }

    /**
     * The samples of each key, in the order of {@code keys}; {@code ids[i]} is the store's id of
     * {@code keys.get(i)}, or a negative number for a series the store does not have.
     */
    static List<SeriesSamples> run(ReaderPool.Reader reader, List<SeriesKey> keys, int[] ids, long fromMs, long toMs)
            throws SQLException {
        int maxId = -1;
        for (int id : ids) {
            maxId = Math.max(maxId, id);
        }
        Column[] columns = new Column[maxId + 1];
        for (int id : ids) {
            if (id >= 0 && columns[id] == null) {
                columns[id] = new Column();
            }
        }
        if (maxId >= 0) {
            try (PreparedStatement st = reader.connection.prepareStatement(SQL)) {
                st.setLong(1, fromMs);
                st.setLong(2, toMs);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int id = rs.getInt(1);
                        Column c = id <= maxId ? columns[id] : null;
                        if (c != null) {
                            c.add(rs.getLong(2), rs.getDouble(3));
                        }
                    }
                }
            }
        }
        List<SeriesSamples> result = new ArrayList<>(keys.size());
        for (int i = 0; i < ids.length; i++) {
            Column c = ids[i] >= 0 ? columns[ids[i]] : null;
            result.add(c == null ? new SeriesSamples(keys.get(i), new long[0], new double[0])
                    : new SeriesSamples(keys.get(i), Arrays.copyOf(c.ts, c.n), Arrays.copyOf(c.values, c.n)));
        }
        return result;
    }

    private static final class Column {
        long[] ts = new long[16];
        double[] values = new double[16];
        int n;

        void add(long t, double v) {
            if (n == ts.length) {
                ts = Arrays.copyOf(ts, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            ts[n] = t;
            values[n] = v;
            n++;
        }
    }
}
