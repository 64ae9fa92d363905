package io.faultline.training.fit;

import io.faultline.ingest.SeriesSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

/** Writes series as a wide CSV file: a millisecond time column, one column per series, empty cells for gaps. */
final class WideCsv {
    private WideCsv() {
    }

    static Path write(Path file, List<SeriesSamples> series) throws IOException {
        TreeMap<Long, String[]> rows = new TreeMap<>();
        for (int s = 0; s < series.size(); s++) {
            SeriesSamples samples = series.get(s);
            for (int i = 0; i < samples.size(); i++) {
                rows.computeIfAbsent(samples.timestampsMs()[i], t -> new String[series.size()])[s] =
                        Double.toString(samples.values()[i]);
            }
        }
        StringBuilder csv = new StringBuilder("time");
        for (SeriesSamples samples : series) {
            csv.append(",\"").append(samples.key().toString().replace("\"", "\"\"")).append('"');
        }
        csv.append('\n');
        rows.forEach((time, cells) -> {
            csv.append(time);
            for (String cell : cells) {
                csv.append(',').append(cell == null ? "" : cell);
            }
            csv.append('\n');
        });
        return Files.writeString(file, csv, StandardCharsets.UTF_8);
    }
}
