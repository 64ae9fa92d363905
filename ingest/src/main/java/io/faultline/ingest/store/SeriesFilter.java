package io.faultline.ingest.store;

import io.faultline.ingest.LabelMatcher;
import io.faultline.ingest.SeriesKey;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A conjunction of label matchers with the regular expressions compiled once, so that listing many
 * series does not compile a pattern per series. Semantics are those of {@link LabelMatcher#matches}.
 */
final class SeriesFilter {
    private final LabelMatcher[] matchers;
    private final Pattern[] patterns;

    SeriesFilter(List<LabelMatcher> matchers) {
        this.matchers = matchers.toArray(new LabelMatcher[0]);
        this.patterns = new Pattern[this.matchers.length];
        for (int i = 0; i < this.matchers.length; i++) {
            LabelMatcher.Op op = this.matchers[i].op();
            if (op == LabelMatcher.Op.RE || op == LabelMatcher.Op.NRE) {
                patterns[i] = Pattern.compile(this.matchers[i].value());
            }
        }
    }

    boolean matches(SeriesKey key) {
        for (int i = 0; i < matchers.length; i++) {
            LabelMatcher m = matchers[i];
            String actual = LabelMatcher.METRIC_NAME.equals(m.name()) ? key.metric() : key.labels().getOrDefault(m.name(), "");
            boolean ok = switch (m.op()) {
                case EQ -> actual.equals(m.value());
                case NEQ -> !actual.equals(m.value());
                case RE -> patterns[i].matcher(actual).matches();
                case NRE -> !patterns[i].matcher(actual).matches();
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
