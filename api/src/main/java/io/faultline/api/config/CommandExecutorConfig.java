package io.faultline.api.config;

import io.faultline.rca.RecoveryKind;
import java.util.List;
import java.util.Map;

/**
 * The local command executor: the only commands it runs are these argument templates, one per
 * recovery kind, started without a shell. {@code {component}}, {@code {kind}} and
 * {@code {incident}} in an argument are replaced; the program (first element) must be an
 * absolute path.
 *
 * @param commands        argument template per kind, e.g. {@code RESTART: [/usr/bin/systemctl, restart, "{component}"]}
 * @param timeoutSeconds  a command still running after this is killed and counted as failed
 */
public record CommandExecutorConfig(Map<RecoveryKind, List<String>> commands, long timeoutSeconds) {

    public static final CommandExecutorConfig DEFAULTS = new CommandExecutorConfig(Map.of(), 30);

    public CommandExecutorConfig {
        Map<RecoveryKind, List<String>> copy = new java.util.EnumMap<>(RecoveryKind.class);
        (commands == null ? Map.<RecoveryKind, List<String>>of() : commands).forEach((kind, argv) -> {
            if (argv == null || argv.isEmpty() || !argv.get(0).startsWith("/")) {
                throw new IllegalArgumentException("recovery.command.commands." + kind
                        + " must be a list whose first element is an absolute program path, was " + argv);
            }
            copy.put(kind, List.copyOf(argv));
        });
        commands = java.util.Collections.unmodifiableMap(copy);
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("recovery.command.timeoutSeconds must be >= 1, was " + timeoutSeconds);
        }
    }

    public boolean enabled() {
        return !commands.isEmpty();
    }
}
