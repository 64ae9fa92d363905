package io.faultline.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws IOException {
        Path f = dir.resolve("faultline.yaml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void defaultsWithoutAFile() {
        assertEquals(FaultlineConfig.defaults(), ConfigLoader.load(null, Map.of()));
    }

    @Test
    void aFileNamesOnlyWhatItChanges() throws IOException {
        FaultlineConfig c = ConfigLoader.load(file("""
                server:
                  port: 9090
                incidents:
                  quietMs: 600000
                """), Map.of());
        assertEquals(9090, c.server().port());
        assertEquals("127.0.0.1", c.server().host());
        assertEquals(600_000, c.incidents().quietMs());
        assertEquals(FaultlineConfig.defaults().incidents().maxHops(), c.incidents().maxHops());
    }

    @Test
    void environmentOverridesTheFile() throws IOException {
        FaultlineConfig c = ConfigLoader.load(file("server:\n  port: 9090\n"),
                Map.of("FAULTLINE_SERVER_PORT", "7070", "FAULTLINE_STORAGE_PATH", ":memory:", "PATH", "/bin"));
        assertEquals(7070, c.server().port());
        assertEquals(":memory:", c.storage().path());
    }

    @Test
    void changeEvidenceAndFlapDampingAreSettings() {
        FaultlineConfig c = ConfigLoader.load(null, Map.of("FAULTLINE_CHANGES_WINDOW_SECONDS", "600",
                "FAULTLINE_CHANGES_BOOST", "1.0", "FAULTLINE_INCIDENTS_REOPEN_WINDOW_MS", "0"));
        assertEquals(600, c.changes().windowSeconds());
        assertEquals(1.0, c.changes().boost());
        assertEquals(0, c.incidents().reopenWindowMs());
        assertEquals("config defaults + environment: boost must be in 0..100, was -1.0", assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("FAULTLINE_CHANGES_BOOST", "-1"))).getMessage());
    }

    @Test
    void errorsNameTheFieldAndTheSource() throws IOException {
        assertEquals("config faultline.yaml: unknown setting 'server.prot'; known here: host, maxBodyBytes, port",
                assertThrows(ConfigException.class, () -> ConfigLoader.load(file("server:\n  prot: 1\n"), Map.of())).getMessage());
        assertEquals("config faultline.yaml: server.port must be in 0..65535, was 70000",
                assertThrows(ConfigException.class, () -> ConfigLoader.load(file("server:\n  port: 70000\n"), Map.of())).getMessage());
        String env = assertThrows(ConfigException.class,
                () -> ConfigLoader.load(null, Map.of("FAULTLINE_SERVER_PROT", "1"))).getMessage();
        assertTrue(env.startsWith("environment variable FAULTLINE_SERVER_PROT is not a setting; known: "), env);
        assertTrue(env.contains("FAULTLINE_SERVER_PORT"), env);
        String yaml = assertThrows(ConfigException.class, () -> ConfigLoader.load(file("server: [1, 2\n"), Map.of())).getMessage();
        assertTrue(yaml.startsWith("config "), yaml);
    }
}
