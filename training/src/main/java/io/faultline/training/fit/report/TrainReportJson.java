package io.faultline.training.fit.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.stream.Collectors;

/**
 * Writes and reads {@link TrainReport} as JSON. The text depends on the report alone: fields in
 * record order, map keys sorted, two-space indent and {@code \n} line ends on every platform, and
 * a final newline.
 */
public final class TrainReportJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private TrainReportJson() {
    }

    public static String toJson(TrainReport report) {
        try {
            return WRITER.writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the training report", e);
        }
    }

    /**
     * Parses a report written by {@link #toJson}.
     *
     * @param source names the document in the error message, e.g. its file
     * @throws IllegalArgumentException naming the source and the JSON path (or line) when the text is not a report
     */
    public static TrainReport fromJson(String json, String source) {
        try {
            return MAPPER.readValue(json, TrainReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(source + where(e) + ": not a training report: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The JSON path when there is one: record fields are bound at the end of their object, so the
     * parser's line then points past the field at fault.
     */
    private static String where(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining());
            return " at '" + path.substring(path.startsWith(".") ? 1 : 0) + "'";
        }
        return e.getLocation() == null ? "" : " line " + e.getLocation().getLineNr();
    }
}
