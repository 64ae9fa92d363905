package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvImporterTest {
    private static final long T0 = 1_704_067_200_000L; // 2024-01-01T00:00:00Z
    private final CsvImporter importer = new CsvImporter(IngestLimits.DEFAULTS);

    @Test
    void readsWideCsvWithQuotedHeadersAndEmptyCells() {
        SampleBatch batch = read("""
                time,"cpu_usage_ratio{service=""cart""}",error_ratio
                1704067200,0.5,0.01
                1704067215,,0.02
                1704067230,0.7,NaN
                """);
        assertEquals(2, batch.series().size());
        SeriesSamples cpu = batch.series().get(0);
        assertEquals(SeriesKey.of("cpu_usage_ratio", "service", "cart"), cpu.key());
        assertArrayEquals(new long[] {T0, T0 + 30_000}, cpu.timestampsMs());
        assertArrayEquals(new double[] {0.5, 0.7}, cpu.values());
        SeriesSamples errors = batch.series().get(1);
        assertEquals(SeriesKey.of("error_ratio"), errors.key());
        assertArrayEquals(new long[] {T0, T0 + 15_000}, errors.timestampsMs());
    }

    @Test
    void wideRowsOutOfOrderComeOutSortedAndIsoTimesWork() {
        SampleBatch batch = read("timestamp,m\n2024-01-01 00:00:10,2\n2024-01-01T00:00:00Z,1\n");
        assertArrayEquals(new long[] {T0, T0 + 10_000}, batch.series().get(0).timestampsMs());
        assertArrayEquals(new double[] {1, 2}, batch.series().get(0).values());
    }

    @Test
    void readsLongCsvInBothLabelStyles() {
        SampleBatch batch = read("""
                series,labels,time,value
                cpu,service=cart;zone=a,1704067200000,0.5
                "cpu{service=""cart"",zone=""a""}",,1704067215000,0.6
                mem,,1704067200000,
                mem,,1704067200000,100
                """);
        assertEquals(2, batch.series().size());
        assertEquals(SeriesKey.of("cpu", "service", "cart", "zone", "a"), batch.series().get(0).key());
        assertArrayEquals(new double[] {0.5, 0.6}, batch.series().get(0).values());
        assertEquals(SeriesKey.of("mem"), batch.series().get(1).key());
        assertArrayEquals(new double[] {100}, batch.series().get(1).values());
    }

    @Test
    void wideErrorsNameFileLineAndColumn() {
        assertError("metrics.csv line 3: column \"cpu{service=\"cart\"}\": value \"x\" is not a number",
                "time,\"cpu{service=\"\"cart\"\"}\"\n1704067200,1\n1704067215,x\n");
        assertError("metrics.csv line 2: column \"m\": value \"1e999\" is not a finite number", "time,m\n1704067200,1e999\n");
        assertError("metrics.csv line 2: expected 3 fields, found 2", "time,a,b\n1704067200,1\n");
        assertError("metrics.csv line 2: time \"soon\" is not unix seconds, unix milliseconds or ISO-8601"
                + " (2024-01-01T00:00:00Z)", "time,a\nsoon,1\n");
        assertError("metrics.csv line 2: timestamp 86400000 ms is out of range [946684800000, 4102444800000]",
                "time,a\n86400,1\n");
        assertError("metrics.csv line 1: first column must be \"time\" or \"timestamp\", found \"when\"", "when,a\n");
        assertError("metrics.csv line 1: a wide CSV needs a time column and at least one series column", "time\n");
        assertError("metrics.csv line 1: column 3 has no name", "time,a,\n");
        assertError("metrics.csv line 1: column 2: series 'cpu{a=1}' expected a double-quoted value at column 7",
                "time,cpu{a=1}\n");
        assertError("metrics.csv line 1: column 3 repeats the series of column 2 (m{a=\"1\"})",
                "time,\"m{a=\"\"1\"\"}\",\"m{a=\"\"1\"\",}\"\n");
        assertError("metrics.csv line 4: series m has time 1704067200000 again with a different value (first at line 2)",
                "time,m\n1704067200,1\n1704067215,1\n1704067200,2\n");
        assertError("metrics.csv: file is empty, expected a header line", "");
    }

    @Test
    void longErrorsNameFileAndLine() {
        String header = "series,labels,time,value\n";
        assertError("metrics.csv line 2: labels \"a=1;b\": \"b\" is not name=value", header + "m,a=1;b,1704067200,1\n");
        assertError("metrics.csv line 2: labels \"1x=2\": label name \"1x\" must match [a-zA-Z_][a-zA-Z0-9_]*",
                header + "m,1x=2,1704067200,1\n");
        assertError("metrics.csv line 2: labels \"a=1;a=2\": label \"a\" appears twice", header + "m,a=1;a=2,1704067200,1\n");
        assertError("metrics.csv line 2: labels are given both in the series column and in the labels column",
                header + "\"m{a=\"\"1\"\"}\",b=2,1704067200,1\n");
        assertError("metrics.csv line 2: series \"9m\" must match [a-zA-Z_:][a-zA-Z0-9_:]*", header + "9m,a=1,1704067200,1\n");
        assertError("metrics.csv line 2: series: series '9m' metric name must match [a-zA-Z_:][a-zA-Z0-9_:]*",
                header + "9m,,1704067200,1\n");
        assertError("metrics.csv line 3: column \"value\": value \"high\" is not a number",
                header + "m,,1704067200,1\nm,,1704067215,high\n");
        assertError("metrics.csv line 2: expected 4 fields, found 3", header + "m,,1704067200\n");
    }

    @Test
    void enforcesLabelAndCountLimits() {
        IngestLimits small = new IngestLimits(1000, 2, 3, 1, 8, 5, IngestLimits.DEFAULTS.minTimestampMs(),
                IngestLimits.DEFAULTS.maxTimestampMs());
        CsvImporter strict = new CsvImporter(small);
        assertError(strict, "metrics.csv line 1: column 2: series m has 2 labels, limit is 1",
                "time,\"m{a=\"\"1\"\",b=\"\"2\"\"}\"\n");
        assertError(strict, "metrics.csv line 2: label 'a' of series m is 6 characters, limit is 5",
                "series,labels,time,value\nm,a=123456,1704067200,1\n");
        assertError(strict, "metrics.csv line 3: more than 3 samples in one batch; import the file in batches",
                "time,a,b\n1704067200,1,2\n1704067215,3,4\n");
        assertError(strict, "metrics.csv line 2: more than 2 series in one batch", "time,a,b,c\n1704067200,1,2,3\n");
    }

    @Test
    void streamsBatchesOfBoundedSize() {
        List<SampleBatch> batches = new ArrayList<>();
        long n = importer.importBatches(new StringReader("time,a,b\n1704067200,1,2\n1704067215,3,\n1704067230,5,6\n"),
                "metrics.csv", 2, batches::add);
        assertEquals(5, n);
        assertEquals(List.of(2, 2, 1), batches.stream().map(SampleBatch::sampleCount).toList());
        assertEquals(SeriesKey.of("a"), batches.get(1).series().get(0).key());
        assertArrayEquals(new long[] {T0 + 15_000, T0 + 30_000}, batches.get(1).series().get(0).timestampsMs());
        assertEquals(SeriesKey.of("b"), batches.get(2).series().get(0).key());
        assertArrayEquals(new double[] {6}, batches.get(2).series().get(0).values());
    }

    @Test
    void headerOnlyGivesAnEmptyBatch() {
        assertEquals(0, read("time,a\n").sampleCount());
        assertEquals(0, read("series,labels,time,value\n").sampleCount());
    }

    private SampleBatch read(String csv) {
        return importer.read(new StringReader(csv), "metrics.csv");
    }

    private void assertError(String expected, String csv) {
        assertError(importer, expected, csv);
    }

    private static void assertError(CsvImporter importer, String expected, String csv) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> importer.read(new StringReader(csv), "metrics.csv"));
        assertEquals(expected, e.getMessage());
    }
}
