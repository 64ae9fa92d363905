package io.faultline.models.registry;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.models.FittedDetector;
import io.faultline.models.ModelJson;
import io.faultline.models.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Saves a fitted detector as one JSON document, {@code {"provenance": ..., "state": ...}}, and
 * loads it back through a {@link DetectorRegistry}; no Java serialisation is involved. Loading
 * fails with an {@link InvalidModelFileException} naming the file when the content is not a
 * model the registry can restore.
 */
public final class ModelFiles {
    private final DetectorRegistry registry;

    public ModelFiles(DetectorRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** What a model file holds. */
    record ModelFile(Provenance provenance, JsonNode state) {
    }

    /**
     * Writes {@code fitted} to {@code file}, replacing it atomically where the file system allows,
     * so a reader never sees half a model.
     */
    public void save(FittedDetector fitted, Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        Path temporary = Files.createTempFile(absolute.getParent(), absolute.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, toJson(fitted), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Reads a model saved by {@link #save}. */
    public FittedDetector load(Path file) throws IOException {
        return fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** The JSON document {@link #save} writes, pretty-printed. */
    public String toJson(FittedDetector fitted) {
        ObjectNode root = ModelJson.mapper().createObjectNode();
        root.set("provenance", ModelJson.mapper().valueToTree(fitted.provenance()));
        root.set("state", ModelJson.mapper().valueToTree(fitted.state()));
        try {
            return ModelJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write model of detector '" + fitted.provenance().detector() + "'", e);
        }
    }

    /**
     * Parses a model document.
     *
     * @param source names the document in error messages, e.g. its file
     */
    public FittedDetector fromJson(String json, String source) {
        ModelFile file;
        try {
            file = ModelJson.mapper().readValue(json, ModelFile.class);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidModelFileException(source, "not a model document" + where + ": " + e.getOriginalMessage(), e);
        }
        if (file.provenance() == null) {
            throw new InvalidModelFileException(source, "provenance is missing", null);
        }
        try {
            return registry.restore(file.provenance(), file.state());
        } catch (IllegalArgumentException e) {
            throw new InvalidModelFileException(source, e.getMessage(), e);
        }
    }
}
