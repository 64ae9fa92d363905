package io.faultline.datasets.rcaeval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads and writes {@value #FILE}, the call graph of a case in the shape of {@link CallGraph}:
 * {@code {"components": [...], "edges": [{"caller": ..., "callee": ...}]}}. Unknown keys are rejected.
 */
public final class GraphJson {
    public static final String FILE = "graph.json";

    // is-getters off: CallGraph.isEmpty() is not part of the file
    private final ObjectMapper mapper = JsonMapper.builder()
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * @throws InvalidInputException naming the file and the problem when it is not a valid graph
     */
    public CallGraph read(Path file) throws IOException {
        try {
            CallGraph graph = mapper.readValue(Files.readAllBytes(file), CallGraph.class);
            if (graph == null) {
                throw new InvalidInputException(file.getFileName() + ": expected a JSON object, found null");
            }
            return graph;
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file.getFileName() + ": " + e.getOriginalMessage());
        }
    }

    public void write(CallGraph graph, Path file) throws IOException {
        Files.write(file, mapper.writeValueAsBytes(graph));
    }
}
