package io.faultline.datasets.nab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class NabSeriesReaderTest {
    private static NabSeriesReader.Rows parse(String text) throws IOException {
        return NabSeriesReader.parse("x.csv", new BufferedReader(new StringReader(text)));
    }

    private static String error(String text) {
        return assertThrows(InvalidInputException.class, () -> parse(text)).getMessage();
    }

    @Test
    void rowsKeepFileOrderIncludingRepeatedTimestamps() throws IOException {
        NabSeriesReader.Rows rows = parse("\uFEFFtimestamp,value\r\n2014-04-01 00:00:00,20.5\r\n"
                + "2014-04-01 00:05:00,-3\n2014-04-01 00:05:00,1e3\n\n");
        assertArrayEquals(new long[] {1_396_310_400_000L, 1_396_310_700_000L, 1_396_310_700_000L}, rows.timestampsMs());
        assertArrayEquals(new double[] {20.5, -3, 1000}, rows.values());
    }

    @Test
    void problemsNameFileAndLine() {
        assertEquals("x.csv: the file is empty, expected the header 'timestamp,value'", error(""));
        assertEquals("x.csv line 1: header must be 'timestamp,value', was 'time,value'", error("time,value\n"));
        assertEquals("x.csv: no rows after the header", error("timestamp,value\n"));
        assertEquals("x.csv line 3: value 'abc' is not a number",
                error("timestamp,value\n2014-04-01 00:00:00,1\n2014-04-01 00:05:00,abc\n"));
        assertEquals("x.csv line 2: value must be finite, was 'NaN'", error("timestamp,value\n2014-04-01 00:00:00,NaN\n"));
        assertEquals("x.csv line 2: expected 2 fields 'timestamp,value', was '2014-04-01 00:00:00,1,2'",
                error("timestamp,value\n2014-04-01 00:00:00,1,2\n"));
        assertEquals("x.csv line 2: timestamp '04/01/2014' is not of the form yyyy-MM-dd HH:mm:ss[.ffffff]",
                error("timestamp,value\n04/01/2014,1\n"));
    }
}
