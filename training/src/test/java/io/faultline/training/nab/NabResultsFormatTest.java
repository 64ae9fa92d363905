package io.faultline.training.nab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** NAB's results CSV form, written and read in memory. */
class NabResultsFormatTest {
    private static NabResultRows parse(String text) throws IOException {
        return NabResultRows.parse("r.csv", new BufferedReader(new StringReader(text)));
    }

    private static String error(String text) {
        return assertThrows(InvalidInputException.class, () -> parse(text)).getMessage();
    }

    @Test
    void writerUsesNabsColumnsAndLabelsByWindow() throws IOException {
        NabResultFile f = NabHandmadeCorpus.file("c", "f", new double[] {0, 0.25, 1, 0.5, 0}, 2, 3);
        StringWriter out = new StringWriter();
        NabResultsWriter.write(out, f);
        assertEquals("""
                timestamp,value,anomaly_score,label
                1970-01-01 00:00:00,0.0,0.0,0
                1970-01-01 00:01:00,1.0,0.25,0
                1970-01-01 00:02:00,2.0,1.0,1
                1970-01-01 00:03:00,3.0,0.5,1
                1970-01-01 00:04:00,4.0,0.0,0
                """, out.toString());

        NabResultRows back = parse(out.toString());
        assertArrayEquals(f.timestampsMs(), back.timestampsMs());
        assertArrayEquals(f.values(), back.values());
        assertArrayEquals(f.anomalyScores(), back.scores());
        assertArrayEquals(new int[] {0, 0, 1, 1, 0}, back.labels());
    }

    @Test
    void columnsAreFoundByNameAndExtraOnesIgnored() throws IOException {
        NabResultRows rows = parse("anomaly_score,timestamp,S(t)_standard,value\n0.5,2014-04-01 00:00:00,-0.11,7.25\n");
        assertArrayEquals(new double[] {0.5}, rows.scores());
        assertArrayEquals(new double[] {7.25}, rows.values());
        assertNull(rows.labels());
    }

    @Test
    void problemsNameFileAndLine() {
        assertEquals("r.csv line 1: no 'anomaly_score' column in header [timestamp, value, label], expected at least "
                + "timestamp,value,anomaly_score", error("timestamp,value,label\n"));
        assertEquals("r.csv: no rows after the header", error("timestamp,value,anomaly_score,label\n"));
        assertEquals("r.csv line 3: anomaly_score must be in [0, 1] as NAB requires, was '1.2'",
                error("timestamp,value,anomaly_score,label\n2014-04-01 00:00:00,1,0.5,0\n2014-04-01 00:05:00,1,1.2,0\n"));
        assertEquals("r.csv line 2: label must be 0 or 1, was '2'",
                error("timestamp,value,anomaly_score,label\n2014-04-01 00:00:00,1,0.5,2\n"));
        assertEquals("r.csv line 2: expected 4 fields as in the header, found 3",
                error("timestamp,value,anomaly_score,label\n2014-04-01 00:00:00,1,0.5\n"));
        assertEquals("r.csv line 2: value 'x' is not a number",
                error("timestamp,value,anomaly_score,label\n2014-04-01 00:00:00,x,0.5,0\n"));
    }
}
