package io.faultline.ingest.otlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * OTLP names to Prometheus names, following the Prometheus OTLP translator with metric suffixes
 * (prometheus/otlptranslator {@code normalizeName} and {@code NormalizeLabel}, the rules Prometheus'
 * own {@code /api/v1/otlp} receiver and the Collector's Prometheus exporters apply):
 * <ul>
 *   <li>a metric name is split into words at every character that is not a letter or digit, the
 *       unit is appended as a word ({@code s} -> {@code seconds}, {@code By} -> {@code bytes},
 *       {@code 1/s} -> {@code per_second}; units in braces like {@code {request}} are dropped), then
 *       {@code total} for counters and {@code ratio} for gauges of unit {@code 1}, each word only once;
 *       the words are joined with {@code _}, and a leading digit gets a {@code _} prefix;</li>
 *   <li>a label name has every character other than a letter, digit or {@code _} replaced by
 *       {@code _}; a leading digit gets the prefix {@code key_}, a single leading {@code _} the
 *       prefix {@code key}.</li>
 * </ul>
 * Unlike Go's {@code unicode.IsLetter}, only ASCII letters count, since Faultline keeps Prometheus'
 * classic (non-UTF-8) name rules.
 */
final class PrometheusNames {
    private static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("d", "days"), Map.entry("h", "hours"), Map.entry("min", "minutes"), Map.entry("s", "seconds"),
            Map.entry("ms", "milliseconds"), Map.entry("us", "microseconds"), Map.entry("ns", "nanoseconds"),
            Map.entry("By", "bytes"), Map.entry("KiBy", "kibibytes"), Map.entry("MiBy", "mebibytes"),
            Map.entry("GiBy", "gibibytes"), Map.entry("TiBy", "tibibytes"), Map.entry("KBy", "kilobytes"),
            Map.entry("MBy", "megabytes"), Map.entry("GBy", "gigabytes"), Map.entry("TBy", "terabytes"),
            Map.entry("m", "meters"), Map.entry("V", "volts"), Map.entry("A", "amperes"), Map.entry("J", "joules"),
            Map.entry("W", "watts"), Map.entry("g", "grams"), Map.entry("Cel", "celsius"), Map.entry("Hz", "hertz"),
            Map.entry("1", ""), Map.entry("%", "percent"));
    private static final Map<String, String> PER_UNITS = Map.of(
            "s", "second", "m", "minute", "h", "hour", "d", "day", "w", "week", "mo", "month", "y", "year");

    private PrometheusNames() {
    }

    /**
     * The Prometheus name of a metric; empty when the name has no letter or digit at all.
     *
     * @param counter  a monotonic cumulative sum: gets {@code _total}
     * @param gauge    an OTLP gauge: gets {@code _ratio} when its unit is {@code 1}
     */
    static String metricName(String name, String unit, boolean counter, boolean gauge) {
        List<String> words = words(name);
        if (words.isEmpty()) {
            return "";
        }
        String[] unitParts = unit.split("/", 2);
        String main = unitParts[0].trim();
        if (!main.isEmpty() && !main.contains("{") && !main.contains("}")) {
            appendOnce(words, String.join("_", words(UNITS.getOrDefault(main, main))));
        }
        if (unitParts.length > 1) {
            String per = unitParts[1].trim();
            if (!per.isEmpty() && !per.contains("{") && !per.contains("}")) {
                String perWord = String.join("_", words(PER_UNITS.getOrDefault(per, per)));
                if (!perWord.isEmpty() && !words.contains(perWord)) {
                    words.add("per");
                    words.add(perWord);
                }
            }
        }
        if (counter) {
            words.removeIf("total"::equals);
            words.add("total");
        }
        if (gauge && unit.equals("1")) {
            words.removeIf("ratio"::equals);
            words.add("ratio");
        }
        String joined = String.join("_", words);
        return isDigit(joined.charAt(0)) ? "_" + joined : joined;
    }

    /** The Prometheus name of an attribute key; empty for an empty key. */
    static String labelName(String key) {
        if (key.isEmpty()) {
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length() + 4);
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            sb.append(isLetter(c) || isDigit(c) ? c : '_');
        }
        if (isDigit(sb.charAt(0))) {
            sb.insert(0, "key_");
        } else if (sb.charAt(0) == '_' && (sb.length() == 1 || sb.charAt(1) != '_')) {
            sb.insert(0, "key");
        }
        return sb.toString();
    }

    private static void appendOnce(List<String> words, String word) {
        if (!word.isEmpty() && !words.contains(word)) {
            words.add(word);
        }
    }

    private static List<String> words(String s) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean word = i < s.length() && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(s.substring(start, i));
                start = -1;
            }
        }
        return words;
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
