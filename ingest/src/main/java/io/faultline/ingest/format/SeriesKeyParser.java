package io.faultline.ingest.format;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the Prometheus text form of a series, {@code metric{a="1",b="x\"y"}}, the inverse of
 * {@link SeriesKey#toString()}; and, with the other matcher operators allowed, a selector such as
 * {@code cpu_usage_ratio{service=~"cart|orders",zone!="b"}}. Values are double-quoted with the escapes
 * {@code \\}, {@code \"} and {@code \n}; blanks around tokens and a trailing comma are allowed.
 * Errors are {@link InvalidInputException}s naming the text and the 1-based column.
 */
public final class SeriesKeyParser {
    private static final int MAX_QUOTED = 120;

    private final String text;
    private final boolean selector;
    private int pos;
    private String metric;
    private final List<LabelMatcher> matchers = new ArrayList<>();

    private SeriesKeyParser(String text, boolean selector) {
        this.text = text;
        this.selector = selector;
    }

    /** Parses one series key: {@code metric}, {@code metric{a="1"}} or {@code {__name__="metric",a="1"}}. */
    public static SeriesKey parse(String text) {
        SeriesKeyParser p = new SeriesKeyParser(requireText(text), false);
        p.parseAll();
        TreeMap<String, String> labels = new TreeMap<>();
        for (LabelMatcher m : p.matchers) {
            labels.put(m.name(), m.value());
        }
        if (p.metric == null) {
            throw p.error("has no metric name", 0);
        }
        try {
            return new SeriesKey(p.metric, labels);
        } catch (IllegalArgumentException e) {
            throw p.error("is not a valid series: " + e.getMessage(), 0);
        }
    }

    /** Parses a selector into matchers; a leading metric name becomes a {@code __name__="..."} matcher. */
    public static List<LabelMatcher> parseSelector(String text) {
        SeriesKeyParser p = new SeriesKeyParser(requireText(text), true);
        p.parseAll();
        List<LabelMatcher> result = new ArrayList<>();
        if (p.metric != null) {
            result.add(LabelMatcher.eq(LabelMatcher.METRIC_NAME, p.metric));
        }
        result.addAll(p.matchers);
        if (result.isEmpty()) {
            throw p.error("has no matcher", 0);
        }
        return List.copyOf(result);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("series is empty");
        }
        return text;
    }

    private void parseAll() {
        skipBlanks();
        if (pos < text.length() && text.charAt(pos) != '{') {
            int start = pos;
            metric = name(true);
            if (metric.isEmpty()) {
                throw error("metric name must match [a-zA-Z_:][a-zA-Z0-9_:]*", start);
            }
            skipBlanks();
        }
        if (pos < text.length() && text.charAt(pos) == '{') {
            pos++;
            labels();
            skipBlanks();
        }
        if (pos < text.length()) {
            throw error("unexpected '" + text.charAt(pos) + "'", pos);
        }
    }

    private void labels() {
        while (true) {
            skipBlanks();
            if (peek('}')) {
                pos++;
                return;
            }
            int start = pos;
            String name = name(false);
            if (name.isEmpty()) {
                throw error(pos >= text.length() ? "missing '}'" : "label name must match [a-zA-Z_][a-zA-Z0-9_]*", start);
            }
            skipBlanks();
            int opAt = pos;
            LabelMatcher.Op op = operator();
            skipBlanks();
            String value = quoted();
            add(name, op, value, start, opAt);
            skipBlanks();
            if (peek(',')) {
                pos++;
            } else if (!peek('}')) {
                throw error(pos >= text.length() ? "missing '}'" : "expected ',' or '}'", pos);
            }
        }
    }

    private void add(String name, LabelMatcher.Op op, String value, int nameAt, int opAt) {
        if (!selector && op != LabelMatcher.Op.EQ) {
            throw error("a series key only allows '=', found '" + symbol(op) + "'", opAt);
        }
        if (!selector) {
            if (LabelMatcher.METRIC_NAME.equals(name)) {
                if (metric != null) {
                    throw error("metric name given twice", nameAt);
                }
                metric = value;
                return;
            }
            for (LabelMatcher m : matchers) {
                if (m.name().equals(name)) {
                    throw error("label \"" + name + "\" appears twice", nameAt);
                }
            }
        }
        try {
            matchers.add(new LabelMatcher(name, op, value));
        } catch (PatternSyntaxException e) {
            throw error("bad regular expression for label \"" + name + "\": " + e.getDescription(), nameAt);
        }
    }

    private LabelMatcher.Op operator() {
        if (text.startsWith("=~", pos)) {
            pos += 2;
            return LabelMatcher.Op.RE;
        }
        if (text.startsWith("!~", pos)) {
            pos += 2;
            return LabelMatcher.Op.NRE;
        }
        if (text.startsWith("!=", pos)) {
            pos += 2;
            return LabelMatcher.Op.NEQ;
        }
        if (peek('=')) {
            pos++;
            return LabelMatcher.Op.EQ;
        }
        throw error(selector ? "expected one of =, !=, =~, !~" : "expected '='", pos);
    }

    private static String symbol(LabelMatcher.Op op) {
        return switch (op) {
            case EQ -> "=";
            case NEQ -> "!=";
            case RE -> "=~";
            case NRE -> "!~";
        };
    }

    private String quoted() {
        if (!peek('"')) {
            throw error("expected a double-quoted value", pos);
        }
        int start = pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= text.length()) {
                break;
            }
            char e = text.charAt(pos++);
            switch (e) {
                case '\\', '"' -> sb.append(e);
                case 'n' -> sb.append('\n');
                default -> throw error("unknown escape '\\" + e + "' (only \\\\, \\\" and \\n)", pos - 2);
            }
        }
        throw error("unterminated quoted value", start);
    }

    private String name(boolean metricName) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (metricName && c == ':');
            if (!letter && !(pos > start && c >= '0' && c <= '9')) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
            pos++;
        }
    }

    private InvalidInputException error(String problem, int at) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        String where = at > 0 ? " at column " + (at + 1) : "";
        return new InvalidInputException((selector ? "selector " : "series ") + "'" + shown + "' " + problem + where);
    }
}
