package io.faultline.ingest.store;

import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** Reads the samples of one series in {@code [from, to)} into columns, ordered by time. */
final class RangeRead {
    private RangeRead() {
    }

    static SeriesSamples run(ReaderPool.Reader reader, SeriesKey key, int id, long fromMs, long toMs) throws SQLException {
        PreparedStatement range = reader.range();
        range.setInt(1, id);
        range.setLong(2, fromMs);
        range.setLong(3, toMs);
        long[] ts = new long[64];
        double[] values = new double[64];
        int n = 0;
        try (ResultSet rs = range.executeQuery()) {
            while (rs.next()) {
                if (n == ts.length) {
                    ts = Arrays.copyOf(ts, n * 2);
                    values = Arrays.copyOf(values, n * 2);
                }
                ts[n] = rs.getLong(1);
                values[n] = rs.getDouble(2);
                n++;
            }
        }
        return new SeriesSamples(key, Arrays.copyOf(ts, n), Arrays.copyOf(values, n));
    }
}
