package io.faultline.api.recovery;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.RecoveryConfig;
import io.faultline.rca.RecoveryKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured executors, at most one per recovery kind. */
public final class ExecutorSet {
    private final Map<RecoveryKind, Executor> byKind = new EnumMap<>(RecoveryKind.class);

    /** Fails when two executors claim the same kind. */
    public ExecutorSet(List<Executor> executors) {
        for (Executor e : executors) {
            for (RecoveryKind kind : e.kinds()) {
                Executor before = byKind.putIfAbsent(kind, e);
                if (before != null) {
                    throw new ConfigException("recovery: both " + before.name() + " and " + e.name()
                            + " are configured for " + kind + "; give each kind one executor");
                }
            }
        }
    }

    /** The executors the {@code recovery} settings turn on; tokens come from {@code env} or files. */
    public static ExecutorSet fromConfig(RecoveryConfig config, Map<String, String> env) {
        return fromConfig(config, env, List.of());
    }

    /**
     * The configured executors plus {@code extra} ones built in code (the demo's simulator executor);
     * fails like the constructor when two claim a kind.
     */
    public static ExecutorSet fromConfig(RecoveryConfig config, Map<String, String> env, List<Executor> extra) {
        List<Executor> executors = new ArrayList<>(extra);
        if (config.kubernetes().enabled()) {
            executors.add(KubernetesExecutor.create(config.kubernetes(), env));
        }
        if (config.webhook().enabled()) {
            executors.add(WebhookExecutor.create(config.webhook(), env));
        }
        if (config.command().enabled()) {
            executors.add(new CommandExecutor(config.command()));
        }
        return new ExecutorSet(executors);
    }

    public Optional<Executor> forKind(RecoveryKind kind) {
        return Optional.ofNullable(byKind.get(kind));
    }
}
