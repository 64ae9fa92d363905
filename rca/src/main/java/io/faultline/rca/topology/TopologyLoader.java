package io.faultline.rca.topology;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.faultline.ingest.InvalidInputException;
import io.faultline.rca.ServiceGraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the shared topology file (YAML, or JSON when the text starts with <code>{</code>):
 * {@code componentLabels}, {@code components} ({@code name}, {@code kind}) and {@code edges}
 * ({@code caller}, {@code callee}). Unknown keys, duplicate keys, duplicate components, edges
 * naming undeclared components and self-calls are rejected with an {@link InvalidInputException}
 * whose message starts with the source name and names the offending key or component.
 */
public final class TopologyLoader {

    record ComponentEntry(String name, String kind) {
    }

    record EdgeEntry(String caller, String callee) {
    }

    record Document(List<String> componentLabels, List<ComponentEntry> components, List<EdgeEntry> edges) {
    }

    private static final ObjectMapper YAML = configure(YAMLMapper.builder().build());
    private static final ObjectMapper JSON = configure(JsonMapper.builder().build());

    private TopologyLoader() {
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** Loads a topology file; the file name prefixes every error message. */
    public static Topology load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read topology file: " + e.getMessage(), e);
        }
        return parse(text, file.toString());
    }

    /** Parses topology text; {@code source} names it in error messages (a file name, "request body"...). */
    public static Topology parse(String text, String source) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(source + ": topology is empty");
        }
        ObjectMapper mapper = text.stripLeading().startsWith("{") ? JSON : YAML;
        Document doc;
        try {
            doc = mapper.readValue(text, Document.class);
        } catch (UnrecognizedPropertyException e) {
            // No line number: Jackson buffers unknown keys of records, so its location is the end of the object.
            throw new InvalidInputException(source + ": unknown key '" + e.getPropertyName() + "'"
                    + at(e.getPath().subList(0, e.getPath().size() - 1)), e);
        } catch (JsonMappingException e) {
            throw new InvalidInputException(source + ": " + e.getOriginalMessage() + at(e.getPath())
                    + line(e.getLocation()), e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(source + ": " + e.getOriginalMessage() + line(e.getLocation()), e);
        }
        if (doc == null) {
            throw new InvalidInputException(source + ": topology is empty");
        }
        return toTopology(doc, source);
    }

    private static Topology toTopology(Document doc, String source) {
        List<String> labels = doc.componentLabels() == null ? Topology.DEFAULT_COMPONENT_LABELS : doc.componentLabels();
        if (labels.isEmpty()) {
            throw new InvalidInputException(source + ": componentLabels must name at least one label");
        }
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i) == null || labels.get(i).isBlank()) {
                throw new InvalidInputException(source + ": componentLabels[" + i + "] is blank");
            }
        }
        List<ComponentEntry> entries = doc.components() == null ? List.of() : doc.components();
        if (entries.isEmpty()) {
            throw new InvalidInputException(source + ": components must declare at least one component");
        }
        List<ServiceGraph.Component> components = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            ComponentEntry c = entries.get(i);
            if (c == null || c.name() == null || c.name().isBlank()) {
                throw new InvalidInputException(source + ": components[" + i + "].name is required");
            }
            if (!names.add(c.name())) {
                throw new InvalidInputException(source + ": components[" + i + "]: component '" + c.name()
                        + "' is declared twice");
            }
            components.add(new ServiceGraph.Component(c.name(), c.kind()));
        }
        List<ServiceGraph.Edge> edges = new ArrayList<>();
        List<EdgeEntry> edgeEntries = doc.edges() == null ? List.of() : doc.edges();
        for (int i = 0; i < edgeEntries.size(); i++) {
            EdgeEntry e = edgeEntries.get(i);
            String where = source + ": edges[" + i + "]";
            if (e == null || e.caller() == null || e.caller().isBlank()) {
                throw new InvalidInputException(where + ".caller is required");
            }
            if (e.callee() == null || e.callee().isBlank()) {
                throw new InvalidInputException(where + ".callee is required");
            }
            for (String end : List.of(e.caller(), e.callee())) {
                if (!names.contains(end)) {
                    throw new InvalidInputException(where + " " + e.caller() + " -> " + e.callee()
                            + " names unknown component '" + end + "'");
                }
            }
            if (e.caller().equals(e.callee())) {
                throw new InvalidInputException(where + ": component '" + e.caller() + "' calls itself");
            }
            edges.add(new ServiceGraph.Edge(e.caller(), e.callee()));
        }
        return new Topology(new ServiceGraph(components, edges), labels);
    }

    private static String at(List<JsonMappingException.Reference> refs) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "" : " at " + path;
    }

    private static String line(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? "" : " (line " + location.getLineNr() + ")";
    }
}
