package io.faultline.api.promql;

import io.faultline.ingest.LabelMatcher;
import java.util.List;

/** A parsed expression of the PromQL subset. */
public sealed interface Expr {

    /** A number literal such as {@code 1}, {@code -2.5e3}, {@code Inf} or {@code NaN}. */
    record NumberLiteral(double value) implements Expr {
    }

    /** An instant vector selector, {@code metric{label="v"}}, as matchers ({@code __name__} included). */
    record Selector(List<LabelMatcher> matchers) implements Expr {
        public Selector {
            matchers = List.copyOf(matchers);
        }
    }

    /** A range vector selector, {@code metric{label="v"}[5m]}. */
    record RangeSelector(Selector selector, long rangeMs) implements Expr {
        public RangeSelector {
            if (rangeMs <= 0) {
                throw new IllegalArgumentException("range must be > 0 ms, was " + rangeMs);
            }
        }
    }

    /** {@code rate(sel[r])} or {@code increase(sel[r])}. */
    record Call(Function function, RangeSelector argument) implements Expr {
    }

    /** The functions of the subset. */
    enum Function {
        RATE("rate"), INCREASE("increase");

        private final String promName;

        Function(String promName) {
            this.promName = promName;
        }

        public String promName() {
            return promName;
        }
    }
}
