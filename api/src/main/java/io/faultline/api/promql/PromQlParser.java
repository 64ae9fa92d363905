package io.faultline.api.promql;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.format.SeriesKeyParser;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the PromQL subset: a number literal (or arithmetic between number literals, folded), an
 * instant selector {@code m{l="v"}}, a range selector {@code m{l="v"}[5m]}, or {@code rate(...)} /
 * {@code increase(...)} of a range selector, optionally in parentheses. The label matchers are read by {@link SeriesKeyParser#parseSelector} (double-quoted values,
 * Java regular expressions, fully anchored). Everything else (operators, aggregations, other functions,
 * {@code offset}, {@code @}, subqueries) fails with a message naming what is unsupported.
 */
public final class PromQlParser {
    private static final Pattern NUMBER = Pattern.compile(
            "[+-]?(?:0[xX][0-9a-fA-F]+|(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?|(?i:inf|nan))");
    private static final Pattern IDENT = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");
    private static final List<String> AGGREGATIONS = List.of("sum", "avg", "min", "max", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group");

    private final String text;
    private int pos;

    private PromQlParser(String text) {
        this.text = text;
    }

    /** @throws PromQlException naming the problem and, where it helps, the 1-based column */
    public static Expr parse(String text) {
        if (text == null || text.isBlank()) {
            throw new PromQlException("invalid parameter \"query\": empty query");
        }
        PromQlParser p = new PromQlParser(text);
        Expr e = p.expression();
        p.skipBlanks();
        if (p.pos < text.length()) {
            throw p.trailing();
        }
        return e;
    }

    /**
     * Operators bind as in PromQL ({@code ^} right-associative above {@code * / %} above {@code + -}),
     * but only between number literals, which are folded at once: Grafana's health check asks for
     * {@code 1+1}.
     */
    private Expr expression() {
        return binary(0);
    }

    private Expr binary(int minPrecedence) {
        Expr left = primary();
        while (true) {
            skipBlanks();
            char op = pos < text.length() ? text.charAt(pos) : 0;
            int precedence = precedence(op);
            if (precedence < minPrecedence || isComparison()) {
                return left;
            }
            int opAt = pos++;
            Expr right = binary(op == '^' ? precedence : precedence + 1);
            if (!(left instanceof Expr.NumberLiteral a) || !(right instanceof Expr.NumberLiteral b)) {
                pos = opAt;
                throw unsupported("binary operator '" + op + "' on a vector (column " + (opAt + 1) + ")");
            }
            left = new Expr.NumberLiteral(switch (op) {
                case '+' -> a.value() + b.value();
                case '-' -> a.value() - b.value();
                case '*' -> a.value() * b.value();
                case '/' -> a.value() / b.value();
                case '%' -> a.value() % b.value(); // Go's math.Mod: the sign of the dividend, as Java's %
                default -> Math.pow(a.value(), b.value());
            });
        }
    }

    private static int precedence(char op) {
        return switch (op) {
            case '+', '-' -> 1;
            case '*', '/', '%' -> 2;
            case '^' -> 3;
            default -> -1;
        };
    }

    /** {@code !=} is not an operator this parser folds; left to {@link #trailing()}. */
    private boolean isComparison() {
        return text.startsWith("!=", pos) || text.startsWith("==", pos);
    }

    private Expr primary() {
        skipBlanks();
        if (peek('(')) {
            pos++;
            Expr inner = expression();
            skipBlanks();
            expect(')');
            return inner;
        }
        Matcher number = NUMBER.matcher(text).region(pos, text.length());
        if (number.lookingAt() && !identifierFollows(number.end())) {
            pos = number.end();
            return new Expr.NumberLiteral(parseNumber(number.group()));
        }
        if (peek('-') || peek('+')) {
            throw unsupported("unary '" + text.charAt(pos) + "' on a vector");
        }
        Matcher ident = IDENT.matcher(text).region(pos, text.length());
        if (ident.lookingAt()) {
            String name = ident.group();
            int after = skipBlanksFrom(ident.end());
            if (after < text.length() && text.charAt(after) == '(') {
                return call(name, after);
            }
            if (AGGREGATIONS.contains(name)) {
                throw unsupported("aggregation '" + name + "'");
            }
        }
        if (peek('{') || ident.lookingAt()) {
            return selectorWithRange();
        }
        throw error(pos >= text.length() ? "unexpected end of query" : "unexpected '" + text.charAt(pos) + "'");
    }

    private Expr call(String name, int openParen) {
        Expr.Function function = null;
        for (Expr.Function f : Expr.Function.values()) {
            if (f.promName().equals(name)) {
                function = f;
            }
        }
        if (function == null) {
            throw unsupported(AGGREGATIONS.contains(name) ? "aggregation '" + name + "'" : "function '" + name + "'");
        }
        pos = openParen + 1;
        Expr argument = expression();
        skipBlanks();
        expect(')');
        if (!(argument instanceof Expr.RangeSelector range)) {
            throw new PromQlException("expected type range vector in call to function \"" + name + "\", got "
                    + (argument instanceof Expr.NumberLiteral ? "scalar" : "instant vector"));
        }
        return new Expr.Call(function, range);
    }

    private Expr selectorWithRange() {
        int start = pos;
        Matcher ident = IDENT.matcher(text).region(pos, text.length());
        if (ident.lookingAt()) {
            pos = ident.end();
        }
        skipBlanks();
        if (peek('{')) {
            pos = closingBrace(pos) + 1;
        }
        Expr.Selector selector = new Expr.Selector(matchers(text.substring(start, pos).strip()));
        skipBlanks();
        if (!peek('[')) {
            return selector;
        }
        int close = text.indexOf(']', pos);
        if (close < 0) {
            throw error("missing ']'");
        }
        String range = text.substring(pos + 1, close).strip();
        if (range.contains(":")) {
            throw unsupported("subquery '[" + range + "]'");
        }
        long rangeMs = PromDuration.parseMillis(range);
        if (rangeMs <= 0) {
            throw error("bad range duration '" + range + "'");
        }
        pos = close + 1;
        return new Expr.RangeSelector(selector, rangeMs);
    }

    private static List<LabelMatcher> matchers(String selector) {
        List<LabelMatcher> matchers;
        try {
            matchers = SeriesKeyParser.parseSelector(selector);
        } catch (InvalidInputException e) {
            throw new PromQlException(e.getMessage());
        }
        if (matchers.stream().allMatch(PromQlParser::matchesEmpty)) {
            throw new PromQlException("vector selector must contain at least one non-empty matcher");
        }
        return matchers;
    }

    private static boolean matchesEmpty(LabelMatcher m) {
        return switch (m.op()) {
            case EQ -> m.value().isEmpty();
            case NEQ -> !m.value().isEmpty();
            case RE -> "".matches(m.value());
            case NRE -> !"".matches(m.value());
        };
    }

    /** The index of the '}' closing the '{' at {@code open}, skipping quoted values. */
    private int closingBrace(int open) {
        boolean quoted = false;
        for (int i = open + 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '}') {
                return i;
            }
        }
        pos = text.length();
        throw error("missing '}'");
    }

    private static double parseNumber(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        boolean negative = lower.startsWith("-");
        String body = lower.startsWith("-") || lower.startsWith("+") ? lower.substring(1) : lower;
        double v = switch (body) {
            case "inf" -> Double.POSITIVE_INFINITY;
            case "nan" -> Double.NaN;
            default -> body.startsWith("0x") ? (double) Long.parseLong(body.substring(2), 16) : Double.parseDouble(body);
        };
        return negative ? -v : v;
    }

    private boolean identifierFollows(int end) {
        return end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                || text.charAt(end) == ':' || text.charAt(end) == '{');
    }

    private PromQlException trailing() {
        String rest = text.substring(pos).strip();
        if (rest.startsWith("offset") || rest.startsWith("@")) {
            return unsupported("modifier '" + rest.split("\\s+")[0] + "'");
        }
        if (rest.startsWith("by") || rest.startsWith("without")) {
            return unsupported("grouping '" + rest.split("[\\s(]+")[0] + "'");
        }
        if ("=!<>".indexOf(rest.charAt(0)) >= 0) {
            return unsupported("comparison operator at column " + (pos + 1));
        }
        if (rest.startsWith("and") || rest.startsWith("or") || rest.startsWith("unless")) {
            return unsupported("set operator at column " + (pos + 1));
        }
        return error("unexpected '" + rest.charAt(0) + "'");
    }

    private void expect(char c) {
        if (!peek(c)) {
            throw error(pos >= text.length() ? "missing '" + c + "'" : "expected '" + c + "', found '" + text.charAt(pos) + "'");
        }
        pos++;
    }

    private boolean peek(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    private void skipBlanks() {
        pos = skipBlanksFrom(pos);
    }

    private int skipBlanksFrom(int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private PromQlException unsupported(String what) {
        return new PromQlException(what + " is not supported by Faultline's query subset"
                + " (number literals and arithmetic between them, selectors, range selectors, rate() and increase())");
    }

    private PromQlException error(String problem) {
        return new PromQlException("parse error at column " + (Math.min(pos, text.length()) + 1) + ": " + problem);
    }
}
