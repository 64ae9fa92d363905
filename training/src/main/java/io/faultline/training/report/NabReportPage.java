package io.faultline.training.report;

import io.faultline.training.nab.NabCategoryScore;
import io.faultline.training.nab.NabFileScore;
import io.faultline.training.nab.NabProfileScore;
import io.faultline.training.nab.NabResultFile;
import io.faultline.training.nab.NabScorer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTML report of one or more detectors' NAB runs over the same corpus: the normalised scores per
 * profile and per category, then one collapsible chart per series ({@link SeriesChart}) showing every
 * run at the threshold of its first profile ("standard" in NAB's order). A detection is a row after
 * the probation period whose score reaches that threshold: exactly what NAB's scorer counts.
 * Everything is inline, so the file opens offline and can be mailed as it is.
 */
public final class NabReportPage {
    private static final String[] COLORS = {"#2c7fb8", "#e6550d", "#31a354", "#756bb1", "#636363", "#d6616b",
        "#8c6d31", "#17becf"};

    private NabReportPage() {
    }

    /** Writes the page to {@code file}, creating its folder. */
    public static void write(Path file, String title, List<String> notes, List<NabReportRun> runs) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(file, render(title, notes, runs), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** The page as text. Every run must cover the same files in the same order. */
    public static String render(String title, List<String> notes, List<NabReportRun> runs) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("a report needs at least one run");
        }
        List<String> paths = runs.get(0).files().stream().map(NabResultFile::relativePath).toList();
        for (NabReportRun r : runs) {
            List<String> p = r.files().stream().map(NabResultFile::relativePath).toList();
            if (!p.equals(paths)) {
                throw new IllegalArgumentException("run of '" + r.detector() + "' covers other files than run of '"
                        + runs.get(0).detector() + "'");
            }
        }
        StringBuilder b = new StringBuilder(1 << 20);
        b.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(Html.escape(title))
                .append("</title><style>").append(STYLE).append("</style></head><body><h1>").append(Html.escape(title))
                .append("</h1>");
        notes.forEach(n -> b.append("<p class=\"note\">").append(Html.escape(n)).append("</p>"));
        scoreTable(b, runs);
        categoryTable(b, runs);
        b.append("<h2>Series</h2><p class=\"note\">Grey: probation period (not scored). Red: labelled windows. "
                + "Dots and ticks: detections at the threshold of profile <b>")
                .append(Html.escape(runs.get(0).report().profiles().get(0).profile().name()))
                .append("</b>. Long series are drawn as a min/max envelope per 2 pixels; every detection is drawn.</p>")
                .append("<p><button onclick=\"document.querySelectorAll('details').forEach(d=>d.open=true)\">expand all"
                        + "</button> <button onclick=\"document.querySelectorAll('details').forEach(d=>d.open=false)\">"
                        + "collapse all</button></p>");
        NabScorer scorer = new NabScorer(runs.get(0).report().probationPercent());
        for (int i = 0; i < paths.size(); i++) {
            series(b, i, runs, scorer);
        }
        return b.append("</body></html>\n").toString();
    }

    private static void scoreTable(StringBuilder b, List<NabReportRun> runs) {
        List<NabProfileScore> first = runs.get(0).report().profiles();
        b.append("<h2>Normalised NAB scores</h2><table><tr><th>detector</th>");
        first.forEach(p -> b.append("<th>").append(Html.escape(p.profile().name())).append("</th>"));
        first.forEach(p -> b.append("<th>threshold ").append(Html.escape(p.profile().name())).append("</th>"));
        b.append("<th>tp / fp rows (").append(Html.escape(first.get(0).profile().name())).append(")</th><th>notes</th></tr>");
        for (NabReportRun r : runs) {
            b.append("<tr><td>").append(Html.escape(r.detector())).append("</td>");
            r.report().profiles().forEach(p -> b.append("<td class=\"n\">").append(score(p.normalisedScore())).append("</td>"));
            r.report().profiles().forEach(p -> b.append("<td class=\"n\">")
                    .append(String.format(Locale.ROOT, "%.6f", p.threshold())).append("</td>"));
            NabProfileScore p0 = r.report().profiles().get(0);
            b.append("<td class=\"n\">").append(p0.counts().tp()).append(" / ").append(p0.counts().fp()).append("</td><td class=\"note\">")
                    .append(Html.escape(r.note())).append("</td></tr>");
        }
        b.append("</table>");
    }

    private static void categoryTable(StringBuilder b, List<NabReportRun> runs) {
        Set<String> categories = new LinkedHashSet<>();
        runs.get(0).report().profiles().get(0).categories().forEach(c -> categories.add(c.category()));
        b.append("<h2>Per category</h2><table><tr><th>category</th><th>files</th><th>windows</th>");
        for (NabReportRun r : runs) {
            r.report().profiles().forEach(p -> b.append("<th>").append(Html.escape(r.detector())).append("<br>")
                    .append(Html.escape(p.profile().name())).append("</th>"));
        }
        b.append("</tr>");
        for (String c : categories) {
            NabCategoryScore any = runs.get(0).report().profiles().get(0).category(c);
            b.append("<tr><td>").append(Html.escape(c)).append("</td><td class=\"n\">").append(any.files())
                    .append("</td><td class=\"n\">").append(any.windows()).append("</td>");
            for (NabReportRun r : runs) {
                r.report().profiles().forEach(p -> b.append("<td class=\"n\">")
                        .append(score(p.category(c).normalisedScore())).append("</td>"));
            }
            b.append("</tr>");
        }
        b.append("</table>");
    }

    private static void series(StringBuilder b, int index, List<NabReportRun> runs, NabScorer scorer) {
        NabResultFile base = runs.get(0).files().get(index);
        int probation = scorer.probationRows(base.size());
        List<SeriesChart.Track> tracks = new ArrayList<>();
        List<String> verdicts = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            NabReportRun r = runs.get(k);
            NabProfileScore p = r.report().profiles().get(0);
            NabResultFile f = r.files().get(index);
            int[] detections = detections(f.anomalyScores(), probation, p.threshold());
            tracks.add(new SeriesChart.Track(r.detector(), COLORS[k % COLORS.length], f.anomalyScores(), p.threshold(),
                    detections));
            NabFileScore fs = fileScore(p, f.relativePath());
            verdicts.add(String.format(Locale.ROOT, "%s %+.2f (%d det.)", r.detector(), fs.score(), detections.length));
        }
        b.append("<details").append(index == 0 ? " open" : "").append("><summary><b>")
                .append(Html.escape(base.relativePath())).append("</b> ").append(base.size()).append(" rows, ")
                .append(base.windows().size()).append(" windows; ")
                .append(Html.escape(verdicts.stream().collect(Collectors.joining("; ")))).append("</summary>")
                .append(SeriesChart.render(base, probation, tracks)).append("</details>");
    }

    /** Rows after probation whose score reaches the threshold, in row order. */
    static int[] detections(double[] scores, int probationRows, double threshold) {
        int count = 0;
        for (int i = probationRows; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                count++;
            }
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = probationRows; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    private static NabFileScore fileScore(NabProfileScore p, String path) {
        Map<String, NabFileScore> byPath = p.files().stream()
                .collect(Collectors.toMap(NabFileScore::relativePath, f -> f, (x, y) -> x));
        return byPath.get(path);
    }

    private static String score(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    private static final String STYLE = "body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}"
            + "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:3px 8px}"
            + "th{background:#f0f0f0;font-weight:600}td.n{text-align:right;font-variant-numeric:tabular-nums}"
            + "details{border:1px solid #ddd;border-radius:4px;margin:4px 0;padding:2px 8px}"
            + "summary{cursor:pointer;padding:2px 0}svg{display:block;max-width:1100px;font-size:10px;fill-opacity:1}"
            + "svg text{fill:#444}.note{color:#555}td.note{min-width:260px;max-width:420px;font-size:12px;overflow-wrap:anywhere}";
}
