package io.faultline.api.config;

/**
 * @param host          interface to bind; loopback by default so nothing is exposed by accident
 * @param port          TCP port; 0 picks a free one
 * @param maxBodyBytes  largest request body accepted, after decompression; larger bodies get 413
 */
public record ServerConfig(String host, int port, long maxBodyBytes) {
    public static final ServerConfig DEFAULTS = new ServerConfig("127.0.0.1", 8080, 10L * 1024 * 1024);

    public ServerConfig {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("server.host is required");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("server.port must be in 0..65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("server.maxBodyBytes must be >= 1024, was " + maxBodyBytes);
        }
    }
}
