package io.faultline.api.promql;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/** The value of a query, in Prometheus' three result types. Labels include {@code __name__} when kept. */
public sealed interface QueryResult {

    /** Orders label sets as Prometheus' {@code labels.Compare}: pair by pair, name then value. */
    Comparator<SortedMap<String, String>> LABEL_ORDER = (a, b) -> {
        Iterator<Map.Entry<String, String>> i = a.entrySet().iterator();
        Iterator<Map.Entry<String, String>> j = b.entrySet().iterator();
        while (i.hasNext() && j.hasNext()) {
            Map.Entry<String, String> x = i.next();
            Map.Entry<String, String> y = j.next();
            int c = x.getKey().compareTo(y.getKey());
            if (c == 0) {
                c = x.getValue().compareTo(y.getValue());
            }
            if (c != 0) {
                return c;
            }
        }
        return Boolean.compare(i.hasNext(), j.hasNext());
    };

    record Scalar(long timestampMs, double value) implements QueryResult {
    }

    record Sample(SortedMap<String, String> labels, long timestampMs, double value) {
    }

    record Vector(List<Sample> samples) implements QueryResult {
        public Vector {
            samples = List.copyOf(samples);
        }
    }

    /** One series of a matrix; the arrays are owned by this value. */
    record Series(SortedMap<String, String> labels, long[] timestampsMs, double[] values) {
        public Series {
            if (timestampsMs.length != values.length) {
                throw new IllegalArgumentException("timestamps and values differ in length: "
                        + timestampsMs.length + " vs " + values.length);
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Series s && labels.equals(s.labels) && Arrays.equals(timestampsMs, s.timestampsMs)
                    && Arrays.equals(values, s.values);
        }

        @Override
        public int hashCode() {
            return labels.hashCode() * 31 + Arrays.hashCode(timestampsMs);
        }

        @Override
        public String toString() {
            return labels + Arrays.toString(values);
        }
    }

    record Matrix(List<Series> series) implements QueryResult {
        public Matrix {
            series = List.copyOf(series);
        }
    }
}
