package io.faultline.api.config;

/** @param path the DuckDB file, created with its folders when missing, or {@code :memory:} */
public record StorageConfig(String path) {
    public static final StorageConfig DEFAULTS = new StorageConfig("./data/faultline.duckdb");

    public StorageConfig {
        if (path == null || path.isBlank()) {
            throw new IllegalArgumentException("storage.path is required (a file path or :memory:)");
        }
    }
}
