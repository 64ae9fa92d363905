package io.faultline.api.evaluate;

import com.fasterxml.jackson.databind.SerializationFeature;
import io.faultline.api.Json;
import io.faultline.training.report.NabReportPage;
import io.faultline.training.report.NabReportRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes an evaluation's report folder: {@code summary.json} (the same summary the command prints) and
 * {@code index.html}, one self-contained page ({@link NabReportPage}).
 */
public final class NabReportFolder {
    public static final String SUMMARY = "summary.json";
    public static final String PAGE = "index.html";

    private NabReportFolder() {
    }

    /** @param summary what to write as {@code summary.json}: one run's summary or the list of them */
    public static Path write(Path dir, String title, List<String> notes, List<NabRun> runs, Object summary) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(SUMMARY), Json.mapper().copy().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(summary) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(SUMMARY) + ": " + e.getMessage(), e);
        }
        List<NabReportRun> pages = new ArrayList<>();
        for (NabRun r : runs) {
            NabSummary s = NabSummary.of(r);
            StringBuilder own = new StringBuilder();
            s.ownThresholdScores().forEach((profile, v) -> own.append(own.length() == 0 ? "" : ", ").append(profile)
                    .append(' ').append(v == null ? "-" : String.format(Locale.ROOT, "%.2f", v)));
            String note = String.format(Locale.ROOT, "params %s; %.0f points/s on %d threads; at the detector's own "
                    + "threshold (no labels): %s", s.params(), s.pointsPerSecond(), s.threads(), own);
            pages.add(new NabReportRun(r.detector(), note, r.files(), r.report()));
        }
        Path page = dir.resolve(PAGE);
        NabReportPage.write(page, title, notes, pages);
        return page;
    }
}
