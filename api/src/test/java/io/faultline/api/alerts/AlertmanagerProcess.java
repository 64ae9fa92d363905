package io.faultline.api.alerts;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Alertmanager (Debian's {@code prometheus-alertmanager}) on 127.0.0.1 with a generated
 * config, its own storage folder and clustering off; stopped on {@link #close()}. Tests calling
 * {@link #assumeInstalled()} are skipped where the binary is absent (CI installs it).
 */
final class AlertmanagerProcess implements AutoCloseable {
    /** Where Debian installs it; {@code -Dalertmanager.binary=...} points elsewhere. */
    static final Path BINARY = Path.of(System.getProperty("alertmanager.binary", "/usr/bin/prometheus-alertmanager"));

    private final Process process;
    private final int port;
    private final Path log;

    private AlertmanagerProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static void assumeInstalled() {
        assumeTrue(Files.isExecutable(BINARY), "Alertmanager is not installed at " + BINARY
                + " (apt-get install prometheus-alertmanager); skipping");
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it on {@code port} with {@code config} (YAML) and waits until {@code /-/ready} answers. */
    static AlertmanagerProcess start(Path dir, int port, String config) throws Exception {
        Path configFile = Files.writeString(dir.resolve("alertmanager.yml"), config);
        Path log = dir.resolve("alertmanager.log");
        Process p = new ProcessBuilder(List.of(BINARY.toString(),
                "--config.file=" + configFile,
                "--storage.path=" + Files.createDirectories(dir.resolve("am-data")),
                "--web.listen-address=127.0.0.1:" + port,
                "--cluster.listen-address=",
                "--log.level=warn"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        AlertmanagerProcess am = new AlertmanagerProcess(p, port, log);
        try {
            am.awaitReady(Duration.ofSeconds(30));
            return am;
        } catch (Exception | AssertionError e) {
            am.close();
            throw e;
        }
    }

    private void awaitReady(Duration timeout) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("Alertmanager exited with " + process.exitValue() + ": " + Files.readString(log));
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create(url("/-/ready"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Alertmanager not ready after " + timeout + ": " + Files.readString(log));
    }

    String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
