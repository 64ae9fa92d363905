package io.faultline.api.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads {@link FaultlineConfig} from a YAML file, then applies environment overrides: every scalar
 * setting {@code section.someField} can be set with {@code FAULTLINE_SECTION_SOME_FIELD}
 * (e.g. {@code FAULTLINE_SERVER_PORT=9090}, {@code FAULTLINE_STORAGE_PATH=:memory:}). An unknown
 * {@code FAULTLINE_} variable, an unknown key or an invalid value stops loading with one message
 * naming the file or variable and the field.
 */
public final class ConfigLoader {
    private static final String PREFIX = "FAULTLINE_";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {
    }

    /** Loads {@code file} (or only the defaults when null) with overrides from {@code env}. */
    public static FaultlineConfig load(Path file, Map<String, String> env) {
        ObjectNode tree = YAML.valueToTree(FaultlineConfig.defaults());
        if (file != null) {
            merge(tree, readFile(file));
        }
        String source = file == null ? "defaults" : file.getFileName().toString();
        Map<String, String> overrides = new TreeMap<>();
        env.forEach((name, value) -> {
            if (name.startsWith(PREFIX)) {
                overrides.put(name, value);
            }
        });
        if (!overrides.isEmpty()) {
            applyOverrides(tree, overrides);
            source = source + " + environment";
        }
        return bind(tree, source);
    }

    private static ObjectNode readFile(Path file) {
        try {
            JsonNode node = YAML.readTree(Files.readAllBytes(file));
            if (node == null || node.isMissingNode() || node.isNull()) {
                return JsonNodeFactory.instance.objectNode();
            }
            if (!(node instanceof ObjectNode object)) {
                throw new ConfigException("config " + file + ": the top level must be a mapping of sections");
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new ConfigException("config " + file + ": " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new ConfigException("config " + file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Lays {@code update} over {@code base}: mappings merge key by key, anything else replaces. */
    private static void merge(ObjectNode base, ObjectNode update) {
        update.fields().forEachRemaining(e -> {
            JsonNode old = base.get(e.getKey());
            if (old instanceof ObjectNode oldObject && e.getValue() instanceof ObjectNode newObject) {
                merge(oldObject, newObject);
            } else {
                base.set(e.getKey(), e.getValue());
            }
        });
    }

    private static void applyOverrides(ObjectNode tree, Map<String, String> overrides) {
        Map<String, String[]> settings = scalarSettings();
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            String[] path = settings.get(e.getKey());
            if (path == null) {
                throw new ConfigException("environment variable " + e.getKey() + " is not a setting; known: "
                        + String.join(", ", settings.keySet()));
            }
            ObjectNode parent = tree;
            for (int i = 0; i < path.length - 1; i++) {
                JsonNode child = parent.get(path[i]);
                parent = child instanceof ObjectNode o ? o : parent.putObject(path[i]);
            }
            parent.set(path[path.length - 1], TextNode.valueOf(e.getValue()));
        }
    }

    /** Environment name of every scalar setting, from the shape of the defaults. */
    static Map<String, String[]> scalarSettings() {
        JsonNode defaults = YAML.valueToTree(FaultlineConfig.defaults());
        Map<String, String[]> settings = new TreeMap<>();
        defaults.fields().forEachRemaining(section -> {
            if (section.getValue().isValueNode()) {
                settings.put(PREFIX + upperSnake(section.getKey()), new String[] {section.getKey()});
            } else {
                section.getValue().fields().forEachRemaining(field -> {
                    if (field.getValue().isValueNode()) {
                        settings.put(PREFIX + upperSnake(section.getKey()) + "_" + upperSnake(field.getKey()),
                                new String[] {section.getKey(), field.getKey()});
                    }
                });
            }
        });
        return settings;
    }

    private static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
    }

    private static FaultlineConfig bind(ObjectNode tree, String source) {
        try {
            return YAML.treeToValue(tree, FaultlineConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("config " + source + ": unknown setting '" + path(e) + "'; known here: "
                    + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", ")));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ConfigException("config " + source + ": " + cause.getMessage());
        } catch (JsonProcessingException e) {
            throw new ConfigException("config " + source + ": " + path(e) + ": " + e.getOriginalMessage());
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
            return m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "?";
    }
}
