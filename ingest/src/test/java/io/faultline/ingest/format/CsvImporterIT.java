package io.faultline.ingest.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files on disk: whole-file reads and batched imports that check the file before delivering anything. */
class CsvImporterIT {
    @TempDir
    Path dir;

    private final CsvImporter importer = new CsvImporter(IngestLimits.DEFAULTS);

    @Test
    void importsABigFileInBatches() throws Exception {
        StringBuilder csv = new StringBuilder("time,\"cpu{service=\"\"cart\"\"}\",mem\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(1_704_067_200L + i * 15L).append(',').append(i).append(',').append(i * 2).append('\n');
        }
        Path file = write("wide.csv", csv.toString());
        List<SampleBatch> batches = new ArrayList<>();

        assertEquals(2000, importer.importBatches(file, 300, batches::add));
        assertEquals(7, batches.size());
        assertEquals(300, batches.get(0).sampleCount());
        assertEquals(200, batches.get(6).sampleCount());
        assertEquals(2000, importer.read(file).sampleCount());
    }

    @Test
    void aBadLineFailsTheImportBeforeAnyBatchIsDelivered() throws Exception {
        StringBuilder csv = new StringBuilder("series,labels,time,value\n");
        for (int i = 0; i < 100; i++) {
            csv.append("m,service=cart,").append(1_704_067_200_000L + i * 1000L).append(",1\n");
        }
        csv.append("m,service=cart,1704067300000,oops\n");
        Path file = write("long.csv", csv.toString());
        List<SampleBatch> batches = new ArrayList<>();

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> importer.importBatches(file, 10, batches::add));
        assertEquals("long.csv line 102: column \"value\": value \"oops\" is not a number", e.getMessage());
        assertEquals(List.of(), batches);
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
