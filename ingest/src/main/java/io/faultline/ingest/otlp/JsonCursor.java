package io.faultline.ingest.otlp;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.format.Excerpt;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;

/**
 * The structure and the scalars of the protobuf JSON mapping as OTLP/JSON restricts it, over a streaming
 * parser: objects and arrays walked field by field, 64-bit integers as decimal strings or numbers, doubles
 * also as "NaN"/"Infinity" strings, enums as integers or (leniently) their names; {@code null} is the
 * field's default. A value of the wrong JSON type is refused with its path ({@code at}).
 */
final class JsonCursor {
    @FunctionalInterface
    interface Fields {
        void field(String name, String at) throws IOException;
    }

    @FunctionalInterface
    interface Elements {
        void element(int index, String at) throws IOException;
    }

    private final JsonParser p;

    JsonCursor(JsonParser parser) {
        this.p = parser;
    }

    /** The current token must start an object (or be null: an absent message); calls {@code fields} per field. */
    void object(String at, Fields fields) throws IOException {
        if (!opens(JsonToken.START_OBJECT, at, "an object")) {
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            fields.field(name, at.isEmpty() ? name : at + "." + name);
        }
    }

    /** The current token must start an array (or be null: no elements); calls {@code elements} per element. */
    void array(String at, Elements elements) throws IOException {
        if (!opens(JsonToken.START_ARRAY, at, "an array")) {
            return;
        }
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            elements.element(i, at + "[" + i + "]");
            i++;
        }
    }

    /** True when the current token is {@code start}; false on null (the field's default); else the fault. */
    private boolean opens(JsonToken start, String at, String expected) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return false;
        }
        if (token != start) {
            throw wrongType(at, expected);
        }
        return true;
    }

    /** Skips the current value, with what it holds: an unknown field. */
    void skip() throws IOException {
        p.skipChildren();
    }

    boolean isNull() {
        return p.currentToken() == JsonToken.VALUE_NULL;
    }

    String string(String at) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> p.getText();
            case VALUE_NULL -> "";
            default -> throw wrongType(at, "a string");
        };
    }

    boolean bool(String at) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_TRUE -> true;
            case VALUE_FALSE, VALUE_NULL -> false;
            default -> throw wrongType(at, "a boolean");
        };
    }

    /** A 64-bit integer: a JSON integer, or a decimal string as the mapping prefers (unsigned up to 2^64-1). */
    long int64(String at) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        String text;
        if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            text = p.getText().trim();
        } else {
            throw wrongType(at, "an integer (a number or a decimal string)");
        }
        try {
            BigInteger integer = new BigDecimal(text).toBigIntegerExact();
            if (integer.signum() < 0 ? integer.bitLength() > 63 : integer.bitLength() > 64) {
                throw new InvalidInputException(at + ": " + text + " is out of the 64-bit range");
            }
            return integer.longValue(); // unsigned values above 2^63-1 wrap, as fixed64 does in Java
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(at + ": \"" + Excerpt.of(text) + "\" is not an integer");
        }
    }

    int int32(String at) throws IOException {
        long value = int64(at);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(at + ": " + value + " is out of the 32-bit range");
        }
        return (int) value;
    }

    /** A repeated 64-bit integer field: an array of {@link #int64} values. */
    long[] int64s(String at) throws IOException {
        LongStream.Builder values = LongStream.builder();
        array(at, (i, elementAt) -> values.add(int64(elementAt)));
        return values.build().toArray();
    }

    /** A repeated double field: an array of {@link #dbl} values. */
    double[] doubles(String at) throws IOException {
        DoubleStream.Builder values = DoubleStream.builder();
        array(at, (i, elementAt) -> values.add(dbl(elementAt)));
        return values.build().toArray();
    }

    /** A double: a JSON number, or a string holding a number, "NaN", "Infinity" or "-Infinity". */
    double dbl(String at) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return p.getDoubleValue();
        }
        if (token == JsonToken.VALUE_NULL) {
            return 0;
        }
        if (token != JsonToken.VALUE_STRING) {
            throw wrongType(at, "a number");
        }
        String text = p.getText().trim();
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "Infinity" -> Double.POSITIVE_INFINITY;
            case "-Infinity" -> Double.NEGATIVE_INFINITY;
            default -> {
                try {
                    yield new BigDecimal(text).doubleValue();
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(at + ": \"" + Excerpt.of(text) + "\" is not a number");
                }
            }
        };
    }

    /** An enum: its number, or its name in {@code names} (indexed by number). */
    int enumValue(String at, List<String> names) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && names.contains(p.getText())) {
            return names.indexOf(p.getText());
        }
        long value = int64(at);
        if (value < 0 || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(at + ": enum value " + value + " is out of range");
        }
        return (int) value;
    }

    private InvalidInputException wrongType(String at, String expected) throws IOException {
        JsonToken token = p.currentToken();
        String found = switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + Excerpt.of(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> "the boolean " + p.getText();
            default -> token.name();
        };
        return new InvalidInputException((at.isEmpty() ? "body" : at) + ": expected " + expected + ", found " + found);
    }
}
