package io.faultline.rca.recovery;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.FaultKind;
import io.faultline.rca.RecoveryKind;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads runbook overrides from YAML (or JSON): a map from fault kind to a list of steps, each
 * {@code {kind, risk, rationale}}, e.g.
 * <pre>
 * CPU:
 *   - kind: SCALE_OUT
 *     risk: low
 *     rationale: more replicas spread the load
 * </pre>
 * Kind names are matched ignoring case, with {@code -} read as {@code _}. The listed fault kinds
 * replace the default entries; the others keep theirs. Unknown fault or recovery kinds, unknown
 * keys and bad risks are rejected with an {@link InvalidInputException} naming the source and the
 * place ({@code CPU[1].kind}).
 */
public final class RunbookLoader {
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final Set<String> STEP_KEYS = Set.of("kind", "risk", "rationale");

    private RunbookLoader() {
    }

    /** The default runbook overridden by the file's entries. */
    public static Runbook load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read runbook: " + e.getMessage(), e);
        }
    }

    /** The default runbook overridden by the entries in {@code text}; {@code source} names it in errors. */
    public static Runbook parse(String text, String source) {
        return Runbook.defaults().withOverrides(parseOverrides(text, source));
    }

    /** Only the entries in {@code text}, validated. */
    public static Map<FaultKind, List<RunbookStep>> parseOverrides(String text, String source) {
        JsonNode root;
        try {
            root = YAML.readTree(text == null ? "" : text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": " + e.getOriginalMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Map.of();
        }
        if (!root.isObject()) {
            throw new InvalidInputException(source + ": a runbook is a map from fault kind to a list of steps");
        }
        Map<FaultKind, List<RunbookStep>> out = new EnumMap<>(FaultKind.class);
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            FaultKind fault = parseEnum(FaultKind.class, e.getKey(), source + ": unknown fault kind");
            if (out.containsKey(fault)) {
                throw new InvalidInputException(source + ": fault kind " + fault + " is listed twice");
            }
            out.put(fault, steps(e.getValue(), source + ": " + e.getKey()));
        }
        return out;
    }

    private static List<RunbookStep> steps(JsonNode list, String where) {
        if (!list.isArray()) {
            throw new InvalidInputException(where + " must be a list of steps");
        }
        List<RunbookStep> steps = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = where + "[" + i + "]";
            JsonNode step = list.get(i);
            if (!step.isObject()) {
                throw new InvalidInputException(at + " must be a map with kind, risk and rationale");
            }
            for (Iterator<String> names = step.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!STEP_KEYS.contains(name)) {
                    throw new InvalidInputException(at + ": unknown key '" + name + "' (valid: kind, risk, rationale)");
                }
            }
            RecoveryKind kind = parseEnum(RecoveryKind.class, text(step, "kind", at), at + ".kind: unknown recovery kind");
            String risk = text(step, "risk", at).toLowerCase(Locale.ROOT);
            if (!RunbookStep.RISKS.contains(risk)) {
                throw new InvalidInputException(at + ".risk must be one of " + RunbookStep.RISKS + ", was '" + risk + "'");
            }
            steps.add(new RunbookStep(kind, risk, text(step, "rationale", at)));
        }
        return steps;
    }

    private static String text(JsonNode step, String key, String at) {
        JsonNode v = step.get(key);
        if (v == null || !v.isValueNode() || v.asText().isBlank()) {
            throw new InvalidInputException(at + "." + key + " is required");
        }
        return v.asText().strip();
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String error) {
        String normal = name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(normal)) {
                return e;
            }
        }
        throw new InvalidInputException(error + " '" + name + "' (valid: "
                + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")");
    }
}
