package io.faultline.api.bench;

import java.io.IOException;
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

/** A server started as a child process for a benchmark, its output in a log file, stopped on close. */
abstract class ChildProcess implements AutoCloseable {
    protected final Process process;
    protected final Path log;
    /** The loopback port the server listens on: remote_write at {@code /api/v1/write}, its own {@code /metrics}. */
    protected final int port;

    protected ChildProcess(List<String> command, Path log, int port) throws IOException {
        this.log = log;
        this.port = port;
        this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    URI baseUrl() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI writeUrl() {
        return baseUrl().resolve("/api/v1/write");
    }

    URI metricsUrl() {
        return baseUrl().resolve("/metrics");
    }

    long pid() {
        return process.pid();
    }

    /** Polls {@code url} until it answers 200, failing with the log's tail when the process exits or time is up. */
    protected void awaitReady(URI url, Duration timeout) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the server exited with " + process.exitValue() + "; its log ends with:\n" + logTail());
            }
            try {
                HttpResponse<Void> r = client.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(2)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IOException("the server did not answer " + url + " within " + timeout + "; its log ends with:\n" + logTail());
    }

    protected String logTail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    /** A port free at the time of asking (for servers that cannot report the one they picked). */
    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
