package io.faultline.api.recovery;

import io.faultline.api.config.CommandExecutorConfig;
import io.faultline.rca.RecoveryKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Runs the configured command of a recovery kind on this machine, and nothing else: the program
 * and its arguments come from the allow-list in the configuration; only {@code {component}},
 * {@code {kind}} and {@code {incident}} are filled in, and only with names that cannot pass for
 * options or paths. No shell is involved, the environment is reduced to {@code PATH} and
 * {@code LANG} (so the server's secrets do not leak into it), a command running past the timeout
 * is killed, and only exit code 0 counts as success.
 */
public final class CommandExecutor implements Executor {
    private static final int OUTPUT_KEPT = 2048;

    private final Map<RecoveryKind, List<String>> commands;
    private final Duration timeout;

    public CommandExecutor(CommandExecutorConfig config) {
        this.commands = config.commands();
        this.timeout = Duration.ofSeconds(config.timeoutSeconds());
    }

    @Override
    public String name() {
        return "command";
    }

    @Override
    public Set<RecoveryKind> kinds() {
        return commands.keySet();
    }

    @Override
    public Outcome execute(ActionRequest request) {
        List<String> template = commands.get(request.action().kind());
        if (template == null) {
            return Outcome.failed("no allow-listed command for " + request.action().kind());
        }
        if (!request.safeComponent() || !ActionRequest.SAFE_NAME.matcher(request.incidentId()).matches()) {
            return Outcome.failed("refusing to pass '" + request.component() + "' / '" + request.incidentId()
                    + "' to a command: only letters, digits, '.', '_' and '-' (not first) are allowed");
        }
        List<String> argv = new ArrayList<>(template.size());
        for (String arg : template) {
            argv.add(arg.replace("{component}", request.component())
                    .replace("{kind}", request.action().kind().name())
                    .replace("{incident}", request.incidentId()));
        }
        return run(argv);
    }

    private Outcome run(List<String> argv) {
        ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().put("PATH", "/usr/local/bin:/usr/bin:/bin");
        pb.environment().put("LANG", "C.UTF-8");
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return Outcome.failed("cannot start " + argv.get(0) + ": " + e.getMessage());
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Thread reader = new Thread(() -> drain(process.getInputStream(), output), "faultline-command-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return Outcome.failed(String.join(" ", argv) + " did not finish within " + timeout.toSeconds() + " s and was killed");
            }
            reader.join(1000);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            return Outcome.failed(String.join(" ", argv) + " was interrupted");
        }
        String out;
        synchronized (output) {
            out = output.toString(StandardCharsets.UTF_8).strip();
        }
        String detail = String.join(" ", argv) + " exited with " + process.exitValue() + (out.isEmpty() ? "" : ": " + out);
        return process.exitValue() == 0 ? Outcome.succeeded(detail) : Outcome.failed(detail);
    }

    /** Reads the process's output to the end (so it never blocks on a full pipe), keeping the start. */
    private static void drain(InputStream in, ByteArrayOutputStream kept) {
        byte[] buffer = new byte[1024];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (kept) {
                    kept.write(buffer, 0, Math.max(0, Math.min(n, OUTPUT_KEPT - kept.size())));
                }
            }
        } catch (IOException ignored) {
            // the process ended or was killed; what was read is enough for the audit detail
        }
    }
}
