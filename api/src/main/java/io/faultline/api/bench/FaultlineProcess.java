package io.faultline.api.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code faultline serve} in a child JVM (this JVM's java and class path) on the embedded DuckDB store in
 * the given folder, on a free loopback port, so its memory is its own and the load generator's CPU is not
 * mixed with it.
 */
final class FaultlineProcess extends ChildProcess {
    private static final Pattern LISTENING = Pattern.compile("Faultline listening on http://([^:]+):(\\d+)");
    private FaultlineProcess(List<String> command, Path log, int port) throws IOException {
        super(command, log, port);
    }

    static FaultlineProcess start(Path dir, List<String> jvmOptions) throws IOException, InterruptedException {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "io.faultline.api.cli.Main", "serve",
                "--port", Integer.toString(port), "--storage", dir.resolve("faultline.duckdb").toString()));
        FaultlineProcess p = new FaultlineProcess(command, dir.resolve("faultline.log"), port);
        try {
            p.awaitReady(URI.create("http://127.0.0.1:" + port + "/readyz"), Duration.ofSeconds(120));
            Matcher m = LISTENING.matcher(Files.readString(p.log));
            if (!m.find() || Integer.parseInt(m.group(2)) != port) {
                throw new IOException("Faultline did not report listening on port " + port + ":\n" + p.logTail());
            }
        } catch (IOException | InterruptedException e) {
            p.close();
            throw e;
        }
        return p;
    }

    /** Asks the child JVM for a full GC (with the JDK's jcmd), so the next heap figure is live data only. */
    boolean fullGc() throws InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) {
            return false;
        }
        try {
            Process p = new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.run")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
