package io.faultline.api.config;

import io.faultline.rca.RecoveryKind;
import java.util.List;

/**
 * The Kubernetes API executor: a component is a Deployment of the same name in {@code namespace}.
 *
 * @param baseUrl         API server URL, e.g. {@code https://kubernetes.default.svc}; empty turns the executor off
 * @param namespace       namespace of the deployments
 * @param tokenEnv        environment variable holding the bearer token (or empty)
 * @param tokenFile       file holding the bearer token, e.g. the service account's (or empty)
 * @param caFile          PEM file of the CA that signed the API server's certificate (or empty for the JDK's)
 * @param kinds           recovery kinds this executor runs: RESTART (rollout restart), SCALE_OUT
 * @param scaleStep       replicas added by a scale out
 * @param maxReplicas     a scale out never goes above this
 * @param timeoutSeconds  per API call
 */
public record KubernetesExecutorConfig(String baseUrl, String namespace, String tokenEnv, String tokenFile,
        String caFile, List<RecoveryKind> kinds, int scaleStep, int maxReplicas, long timeoutSeconds) {

    public static final KubernetesExecutorConfig DEFAULTS = new KubernetesExecutorConfig("", "default", "", "", "",
            List.of(RecoveryKind.RESTART, RecoveryKind.SCALE_OUT), 1, 10, 10);

    public KubernetesExecutorConfig {
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        tokenEnv = tokenEnv == null ? "" : tokenEnv.strip();
        tokenFile = tokenFile == null ? "" : tokenFile.strip();
        caFile = caFile == null ? "" : caFile.strip();
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        if (namespace == null || !namespace.matches("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?")) {
            throw new IllegalArgumentException("recovery.kubernetes.namespace must be a DNS label, was '" + namespace + "'");
        }
        for (RecoveryKind kind : kinds) {
            if (kind != RecoveryKind.RESTART && kind != RecoveryKind.SCALE_OUT) {
                throw new IllegalArgumentException("recovery.kubernetes.kinds: " + kind
                        + " is not supported (valid: RESTART, SCALE_OUT)");
            }
        }
        if (scaleStep < 1) {
            throw new IllegalArgumentException("recovery.kubernetes.scaleStep must be >= 1, was " + scaleStep);
        }
        if (maxReplicas < 1) {
            throw new IllegalArgumentException("recovery.kubernetes.maxReplicas must be >= 1, was " + maxReplicas);
        }
        if (timeoutSeconds < 1) {
            throw new IllegalArgumentException("recovery.kubernetes.timeoutSeconds must be >= 1, was " + timeoutSeconds);
        }
    }

    public boolean enabled() {
        return !baseUrl.isEmpty();
    }
}
