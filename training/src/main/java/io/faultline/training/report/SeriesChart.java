package io.faultline.training.report;

import io.faultline.datasets.nab.NabTimestamps;
import io.faultline.datasets.nab.NabWindow;
import io.faultline.training.nab.NabResultFile;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One series as inline SVG (no namespace or external reference needed inside HTML): the values with
 * the probation period and labelled windows shaded and each detector's detections marked, then one
 * strip per detector with its anomaly scores and its threshold. The x axis is the row index, because
 * NAB scores by row position. Values and scores are drawn from {@link Envelope}s; detections are drawn
 * from their rows, one mark per distinct pixel, so no detection disappears.
 */
final class SeriesChart {
    static final int WIDTH = 800;
    static final int BUCKETS = WIDTH / 2;
    private static final int VALUE_HEIGHT = 150;
    private static final int STRIP_HEIGHT = 56;
    private static final int GAP = 18;

    /** One detector's part of the chart. */
    record Track(String detector, String color, double[] scores, double threshold, int[] detections) {
    }

    private final StringBuilder svg = new StringBuilder(32_768);
    private final int rows;

    private SeriesChart(int rows) {
        this.rows = rows;
    }

    static String render(NabResultFile series, int probationRows, List<Track> tracks) {
        return new SeriesChart(series.size()).draw(series, probationRows, tracks);
    }

    private String draw(NabResultFile s, int probationRows, List<Track> tracks) {
        int height = VALUE_HEIGHT + GAP + tracks.size() * (STRIP_HEIGHT + 4) + 14;
        svg.append("<svg viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" width=\"100%\" preserveAspectRatio=\"none\" role=\"img\">");
        double[] range = finiteRange(s.values());
        int valueTop = 12;
        int valueBottom = VALUE_HEIGHT - 4;
        shading(s, probationRows, 0, VALUE_HEIGHT);
        Envelope e = Envelope.of(s.values(), BUCKETS);
        polyline(e, range, valueTop, valueBottom, "#1f3b57", 0.8);
        for (Track t : tracks) {
            Set<Long> seen = new HashSet<>();
            svg.append("<g fill=\"").append(t.color()).append("\">");
            for (int row : t.detections()) {
                double v = s.values()[row];
                double x = x(row);
                double y = Double.isFinite(v) ? y(v, range, valueTop, valueBottom) : valueBottom;
                if (seen.add(Math.round(x) * 100_000 + Math.round(y))) {
                    svg.append("<circle cx=\"");
                    num(x).append("\" cy=\"");
                    num(y).append("\" r=\"2.5\"/>");
                }
            }
            svg.append("</g>");
        }
        text(2, 10, "max " + compact(range[1]), "start");
        text(2, VALUE_HEIGHT - 6, "min " + compact(range[0]), "start");
        int top = VALUE_HEIGHT + GAP;
        for (Track t : tracks) {
            strip(s, probationRows, t, top);
            top += STRIP_HEIGHT + 4;
        }
        text(2, height - 2, NabTimestamps.format(s.timestampsMs()[0]), "start");
        text(WIDTH - 2, height - 2, NabTimestamps.format(s.timestampsMs()[s.size() - 1]), "end");
        return svg.append("</svg>").toString();
    }

    private void strip(NabResultFile s, int probationRows, Track t, int top) {
        int bottom = top + STRIP_HEIGHT;
        svg.append("<rect x=\"0\" y=\"").append(top).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(STRIP_HEIGHT).append("\" fill=\"#fafafa\" stroke=\"#ddd\"/>");
        shading(s, probationRows, top, STRIP_HEIGHT);
        double[] unit = {0, 1};
        polyline(Envelope.of(t.scores(), BUCKETS), unit, top + 2, bottom - 2, t.color(), 0.8);
        double ty = y(Math.min(1, Math.max(0, t.threshold())), unit, top + 2, bottom - 2);
        svg.append("<line x1=\"0\" x2=\"").append(WIDTH).append("\" y1=\"");
        num(ty).append("\" y2=\"");
        num(ty).append("\" stroke=\"#c0392b\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>");
        Set<Long> seen = new HashSet<>();
        svg.append("<path stroke=\"").append(t.color()).append("\" stroke-width=\"1.2\" d=\"");
        for (int row : t.detections()) {
            double x = x(row);
            if (seen.add(Math.round(x * 2))) {
                svg.append('M');
                num(x).append(' ').append(bottom - 8).append("v8");
            }
        }
        svg.append("\"/>");
        text(4, top + 11, t.detector() + String.format(Locale.ROOT, " score, threshold %.4f, %d detections",
                t.threshold(), t.detections().length), "start");
    }

    private void shading(NabResultFile s, int probationRows, int top, int height) {
        if (probationRows > 0) {
            rect(0, x(probationRows - 1), top, height, "#e8e8e8");
        }
        for (NabWindow w : s.windows()) {
            int from = NabWindow.indexOf(s.timestampsMs(), w.startMs());
            int to = NabWindow.indexOf(s.timestampsMs(), w.endMs());
            rect(x(from), Math.max(x(to), x(from) + 1), top, height, "#f6c6c0");
        }
    }

    private void rect(double x0, double x1, int top, int height, String fill) {
        svg.append("<rect x=\"");
        num(x0).append("\" y=\"").append(top).append("\" width=\"");
        num(x1 - x0).append("\" height=\"").append(height).append("\" fill=\"").append(fill).append("\"/>");
    }

    private void polyline(Envelope e, double[] range, double top, double bottom, String color, double width) {
        svg.append("<polyline fill=\"none\" stroke=\"").append(color).append("\" stroke-width=\"").append(width)
                .append("\" points=\"");
        for (int i = 0; i < e.size(); i++) {
            num(x(e.rows()[i])).append(',');
            num(y(e.values()[i], range, top, bottom)).append(' ');
        }
        svg.append("\"/>");
    }

    private void text(double x, double y, String content, String anchor) {
        svg.append("<text x=\"");
        num(x).append("\" y=\"");
        num(y).append("\" text-anchor=\"").append(anchor).append("\">").append(Html.escape(content)).append("</text>");
    }

    private double x(int row) {
        return rows <= 1 ? 0 : (double) row * (WIDTH - 1) / (rows - 1);
    }

    private static double y(double v, double[] range, double top, double bottom) {
        return bottom - (v - range[0]) / (range[1] - range[0]) * (bottom - top);
    }

    /** Lowest and highest finite value, widened when they are equal so that the scale is defined. */
    static double[] finiteRange(double[] values) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            return new double[] {0, 1};
        }
        if (lo == hi) {
            return new double[] {lo - 1, hi + 1};
        }
        return new double[] {lo, hi};
    }

    /** One decimal, without the cost of {@code String.format}: the page holds ~10^5 numbers. */
    private StringBuilder num(double v) {
        long tenths = Math.round(v * 10);
        if (tenths < 0) {
            svg.append('-');
            tenths = -tenths;
        }
        svg.append(tenths / 10);
        if (tenths % 10 != 0) {
            svg.append('.').append(tenths % 10);
        }
        return svg;
    }

    private static String compact(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
