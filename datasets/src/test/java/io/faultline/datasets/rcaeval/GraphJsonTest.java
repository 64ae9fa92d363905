package io.faultline.datasets.rcaeval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.ingest.InvalidInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GraphJsonTest {
    @TempDir
    Path dir;

    @Test
    void writesComponentsAndEdgesOnly() throws IOException {
        CallGraph graph = new CallGraph(List.of("a", "b"), List.of(new CallGraph.Edge("a", "b")));
        Path file = dir.resolve("graph.json");

        new GraphJson().write(graph, file);

        assertEquals("{\"components\":[\"a\",\"b\"],\"edges\":[{\"caller\":\"a\",\"callee\":\"b\"}]}",
                Files.readString(file).replaceAll("\\s", ""));
        assertEquals(graph, new GraphJson().read(file));
    }

    @Test
    void rejectsUnknownKeysAndEdgesToUnknownComponents() {
        Path unknownKey = TestFiles.write(dir, "k.json", "{\"components\": [], \"edges\": [], \"weights\": {}}");
        Path unknownNode = TestFiles.write(dir, "n.json",
                "{\"components\": [\"a\"], \"edges\": [{\"caller\": \"a\", \"callee\": \"z\"}]}");

        String key = assertThrows(InvalidInputException.class, () -> new GraphJson().read(unknownKey)).getMessage();
        String node = assertThrows(InvalidInputException.class, () -> new GraphJson().read(unknownNode)).getMessage();

        assertTrue(key.startsWith("k.json: Unrecognized field \"weights\""), key);
        assertTrue(node.startsWith("n.json: ") && node.contains("edge a -> z names unknown component 'z'"), node);
    }
}
