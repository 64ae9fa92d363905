package io.faultline.rca.topology;

import io.faultline.ingest.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TopologyLoaderIT {

    @Test
    void loadsAFileAndNamesItInErrors(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("shop.yaml"), TopologyLoaderTest.SHOP);
        assertEquals(4, TopologyLoader.load(good).graph().components().size());

        Path bad = Files.writeString(dir.resolve("bad.json"),
                "{\"components\": [{\"name\": \"a\"}], \"edges\": [{\"caller\": \"a\", \"callee\": \"b\"}]}");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TopologyLoader.load(bad));
        assertEquals(bad + ": edges[0] a -> b names unknown component 'b'", e.getMessage());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("nope.yaml");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TopologyLoader.load(missing));
        assertEquals(true, e.getMessage().startsWith(missing + ": cannot read topology file"), e.getMessage());
    }
}
