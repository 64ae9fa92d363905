package io.faultline.ingest.otlp;

import java.math.BigDecimal;
import java.util.Base64;

/**
 * How an attribute's {@code AnyValue} becomes a label value, the same for protobuf and JSON input and
 * close to what the OpenTelemetry Collector's {@code AsString()} gives: strings as they are, booleans
 * {@code true}/{@code false}, integers in decimal, doubles in plain decimal without exponent, bytes in
 * base64, arrays and key/value lists as compact JSON.
 */
final class AttributeValues {
    /** Deeper nesting of arrays and lists is refused, so a hostile request cannot exhaust the stack. */
    static final int MAX_DEPTH = 16;

    private AttributeValues() {
    }

    static String ofDouble(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }

    /** A double as above; inside an array or list, NaN and the infinities are quoted, as they are no JSON numbers. */
    static String ofDouble(double v, boolean nested) {
        String d = ofDouble(v);
        return nested && !Character.isDigit(d.charAt(d.length() - 1)) ? quoted(d) : d;
    }

    static String ofBytes(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    /** The value as it appears inside an array or list: strings quoted, numbers and booleans bare. */
    static String quoted(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
