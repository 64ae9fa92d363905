package io.faultline.api.cli;

import io.faultline.api.FaultlineApp;
import io.faultline.api.config.ConfigLoader;
import io.faultline.api.config.FaultlineConfig;
import io.faultline.api.config.ServerConfig;
import io.faultline.api.config.StorageConfig;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code faultline serve}: runs the server until it is stopped (Ctrl-C or SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server: ingest, live scoring, incidents and root-cause queries.")
final class ServeCommand implements Runnable {

    @Option(names = "--config", paramLabel = "FILE", description = "YAML configuration file (default: built-in defaults).")
    Path config;

    @Option(names = "--port", description = "Override server.port (0 picks a free port).")
    Integer port;

    @Option(names = "--storage", paramLabel = "PATH", description = "Override storage.path (a DuckDB file or :memory:).")
    String storage;

    @Option(names = "--topology", paramLabel = "FILE", description = "Override the topology file.")
    String topology;

    @Override
    public void run() {
        FaultlineConfig cfg = ConfigLoader.load(config, System.getenv());
        if (port != null) {
            ServerConfig s = cfg.server();
            cfg = cfg.withServer(new ServerConfig(s.host(), port, s.maxBodyBytes()));
        }
        if (storage != null) {
            cfg = cfg.withStorage(new StorageConfig(storage));
        }
        if (topology != null) {
            cfg = cfg.withTopology(topology);
        }
        FaultlineApp app = FaultlineApp.start(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.close();
            stopped.countDown();
        }, "faultline-shutdown"));
        System.out.println("Faultline listening on http://" + cfg.server().host() + ":" + app.port()
                + " (storage " + cfg.storage().path() + ")");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
