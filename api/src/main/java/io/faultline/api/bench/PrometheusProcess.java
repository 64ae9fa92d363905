package io.faultline.api.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A Prometheus server (2.x) with its remote_write receiver on, on a loopback port, with a generated config
 * (no scrape targets) and its TSDB in the given folder.
 */
final class PrometheusProcess extends ChildProcess {
    private PrometheusProcess(List<String> command, Path log, int port) throws IOException {
        super(command, log, port);
    }

    static PrometheusProcess start(Path binary, Path dir) throws IOException, InterruptedException {
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(config, "global:\n  scrape_interval: 15s\nscrape_configs: []\n");
        int port = freePort();
        PrometheusProcess p = new PrometheusProcess(List.of(binary.toString(),
                "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("tsdb"),
                "--web.listen-address=127.0.0.1:" + port,
                "--web.enable-remote-write-receiver"), dir.resolve("prometheus.log"), port);
        try {
            p.awaitReady(URI.create("http://127.0.0.1:" + port + "/-/ready"), Duration.ofSeconds(60));
        } catch (IOException | InterruptedException e) {
            p.close();
            throw e;
        }
        return p;
    }
}
