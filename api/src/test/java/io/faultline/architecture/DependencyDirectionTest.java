package io.faultline.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Fails the build when a source file imports against the flow of DESIGN.md:
 * ingest -> features -> models -> rca -> api, datasets on ingest, training on everything but api,
 * and nothing on api. Reads the main sources of every module (tests may import what they like).
 */
class DependencyDirectionTest {
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?io\\.faultline\\.(\\w+)", Pattern.MULTILINE);
    private static final Pattern QUALIFIED = Pattern.compile("\\bio\\.faultline\\.(\\w+)\\.");

    /** Which modules each module's main code may import, besides itself. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "ingest", Set.of(),
            "features", Set.of("ingest"),
            "models", Set.of("features", "ingest"),
            "rca", Set.of("models", "features", "ingest"),
            "datasets", Set.of("ingest"),
            "training", Set.of("datasets", "rca", "models", "features", "ingest"),
            "api", Set.of("training", "datasets", "rca", "models", "features", "ingest"));

    @Test
    void everyModuleImportsOnlyUpstream() {
        List<String> violations = new ArrayList<>();
        int files = 0;
        for (String module : ALLOWED.keySet()) {
            for (Path file : javaFiles(ROOT.resolve(module).resolve("src/main/java"))) {
                files++;
                String source = withoutComments(read(file));
                for (Pattern pattern : List.of(IMPORT, QUALIFIED)) {
                    Matcher m = pattern.matcher(source);
                    while (m.find()) {
                        String target = m.group(1);
                        if (!target.equals(module) && ALLOWED.containsKey(target) && !ALLOWED.get(module).contains(target)) {
                            violations.add(ROOT.relativize(file) + " imports io.faultline." + target);
                        }
                    }
                }
            }
        }
        assertTrue(files > 20, "expected to find the sources of every module under " + ROOT + ", found " + files);
        assertEquals(List.of(), violations.stream().distinct().sorted().toList());
    }

    @Test
    void configurationKnowsNothingOfTheRestOfTheServer() {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles(ROOT.resolve("api/src/main/java/io/faultline/api/config"))) {
            Matcher m = Pattern.compile("io\\.faultline\\.api\\.(\\w+)").matcher(read(file));
            while (m.find()) {
                if (!m.group(1).equals("config")) {
                    violations.add(ROOT.relativize(file) + " uses io.faultline.api." + m.group(1));
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Code only: a comment may name any class without depending on it. */
    private static String withoutComments(String source) {
        return source.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\n]*", " ");
    }

    private static List<Path> javaFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
