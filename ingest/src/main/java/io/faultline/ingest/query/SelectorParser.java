package io.faultline.ingest.query;

import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.LabelMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.PatternSyntaxException;

/**
 * Parses a Prometheus series selector, {@code metric{a="1",b!="2",c=~"x.*",d!~"y"}}, {@code metric}
 * or {@code {a="1"}}, into label matchers (the metric name becomes {@code __name__="metric"}).
 * Errors name the position in the selector.
 */
public final class SelectorParser {
    private final String text;
    private int pos;

    private SelectorParser(String text) {
        this.text = text;
    }

    public static List<LabelMatcher> parse(String selector) {
        if (selector == null || selector.isBlank()) {
            throw new InvalidInputException("selector is empty");
        }
        return new SelectorParser(selector.strip()).selector();
    }

    private List<LabelMatcher> selector() {
        List<LabelMatcher> matchers = new ArrayList<>();
        String metric = name(true);
        if (!metric.isEmpty()) {
            matchers.add(LabelMatcher.eq(LabelMatcher.METRIC_NAME, metric));
        }
        if (pos < text.length()) {
            expect('{');
            skipSpaces();
            while (peek() != '}') {
                matchers.add(matcher());
                skipSpaces();
                if (peek() == ',') {
                    pos++;
                    skipSpaces();
                } else if (peek() != '}') {
                    throw error("expected ',' or '}'");
                }
            }
            pos++;
            if (pos != text.length()) {
                throw error("unexpected text after '}'");
            }
        }
        if (matchers.isEmpty()) {
            throw new InvalidInputException("selector '" + text + "' must name a metric or at least one label matcher");
        }
        return matchers;
    }

    private LabelMatcher matcher() {
        String name = name(false);
        if (name.isEmpty()) {
            throw error("expected a label name");
        }
        skipSpaces();
        LabelMatcher.Op op;
        if (text.startsWith("=~", pos)) {
            op = LabelMatcher.Op.RE;
        } else if (text.startsWith("!~", pos)) {
            op = LabelMatcher.Op.NRE;
        } else if (text.startsWith("!=", pos)) {
            op = LabelMatcher.Op.NEQ;
        } else if (peek() == '=') {
            op = LabelMatcher.Op.EQ;
        } else {
            throw error("expected one of =, !=, =~, !~ after label '" + name + "'");
        }
        pos += op == LabelMatcher.Op.EQ ? 1 : 2;
        skipSpaces();
        String value = quoted();
        try {
            return new LabelMatcher(name, op, value);
        } catch (PatternSyntaxException e) {
            throw new InvalidInputException("selector '" + text + "': label '" + name + "' has an invalid regular expression: "
                    + e.getDescription());
        }
    }

    private String name(boolean metric) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            boolean ok = Character.isLetter(c) && c < 128 || c == '_' || (metric && c == ':')
                    || (pos > start && c >= '0' && c <= '9');
            if (!ok) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quoted() {
        char quote = peek();
        if (quote != '"' && quote != '\'') {
            throw error("expected a quoted value");
        }
        pos++;
        StringBuilder sb = new StringBuilder();
        while (pos < text.length() && text.charAt(pos) != quote) {
            char c = text.charAt(pos++);
            if (c == '\\' && pos < text.length()) {
                char next = text.charAt(pos++);
                sb.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    default -> next;
                });
            } else {
                sb.append(c);
            }
        }
        if (pos >= text.length()) {
            throw error("unterminated quoted value");
        }
        pos++;
        return sb.toString();
    }

    private void expect(char c) {
        if (peek() != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private char peek() {
        return pos < text.length() ? text.charAt(pos) : '\0';
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private InvalidInputException error(String what) {
        return new InvalidInputException("selector '" + text + "' at position " + pos + ": " + what);
    }
}
