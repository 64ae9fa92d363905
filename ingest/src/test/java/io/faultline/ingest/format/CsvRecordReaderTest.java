package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordReaderTest {

    @Test
    void readsQuotedFieldsWithCommasDoubledQuotesAndNewlines() throws IOException {
        CsvRecordReader r = reader("time,\"cpu{service=\"\"cart\"\"}\",\"a,b\"\r\n1,\"x\ny\",\"\"\n");
        assertEquals(List.of("time", "cpu{service=\"cart\"}", "a,b"), r.next());
        assertEquals(1, r.recordLine());
        assertEquals(List.of("1", "x\ny", ""), r.next());
        assertEquals(2, r.recordLine());
        assertNull(r.next());
    }

    @Test
    void skipsBomAndEmptyLinesAndCountsLines() throws IOException {
        CsvRecordReader r = reader("\uFEFFa,b\n\n\r\n1,2\r3,4");
        assertEquals(List.of("a", "b"), r.next());
        assertEquals(List.of("1", "2"), r.next());
        assertEquals(4, r.recordLine());
        assertEquals(List.of("3", "4"), r.next());
        assertEquals(5, r.recordLine());
        assertNull(r.next());
    }

    @Test
    void keepsEmptyTrailingField() throws IOException {
        assertEquals(List.of("1", ""), reader("1,\n").next());
    }

    @Test
    void errorsNameSourceAndLine() throws IOException {
        CsvRecordReader r = reader("a\n\"open\n");
        r.next();
        InvalidInputException e = assertThrows(InvalidInputException.class, r::next);
        assertEquals("m.csv line 2: quoted field is not closed before the end of the input", e.getMessage());

        CsvRecordReader stray = reader("a,b\"c\n");
        e = assertThrows(InvalidInputException.class, stray::next);
        assertEquals("m.csv line 1: a quote may only start a field, or appear doubled inside a quoted field",
                e.getMessage());

        CsvRecordReader after = reader("\"a\"b\n");
        e = assertThrows(InvalidInputException.class, after::next);
        assertEquals("m.csv line 1: unexpected 'b' after a closing quote", e.getMessage());
    }

    private static CsvRecordReader reader(String text) {
        return new CsvRecordReader(new StringReader(text), "m.csv");
    }
}
