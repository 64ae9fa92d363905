package io.faultline.api.recovery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.faultline.api.config.ConfigException;
import io.faultline.api.config.KubernetesExecutorConfig;
import io.faultline.rca.RecoveryKind;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Recovers Deployments through the Kubernetes API, as kubectl does:
 * <ul>
 * <li>RESTART ({@code kubectl rollout restart}): {@code PATCH /apis/apps/v1/namespaces/{ns}/deployments/{name}}
 *     with {@code application/strategic-merge-patch+json} setting the pod template annotation
 *     {@code kubectl.kubernetes.io/restartedAt} to the action's time (RFC 3339), which rolls the pods;</li>
 * <li>SCALE_OUT ({@code kubectl scale}): reads {@code .../deployments/{name}/scale}, then
 *     {@code PATCH}es it with {@code application/merge-patch+json} {@code {"spec":{"replicas":N}}},
 *     N the current count plus {@code scaleStep}, at most {@code maxReplicas}; reversible by
 *     patching the old count back.</li>
 * </ul>
 * The component names the Deployment. The token needs {@code patch} on deployments and
 * {@code get}/{@code patch} on deployments/scale in the namespace.
 */
public final class KubernetesExecutor implements Executor {
    static final String RESTARTED_AT = "kubectl.kubernetes.io/restartedAt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesExecutorConfig config;
    private final HttpCall http;
    private final String base;

    KubernetesExecutor(KubernetesExecutorConfig config, HttpCall http) {
        this.config = config;
        this.http = http;
        this.base = config.baseUrl().replaceAll("/+$", "");
    }

    /** An executor for the configured API server, with the token read from the environment or a file. */
    public static KubernetesExecutor create(KubernetesExecutorConfig config, Map<String, String> env) {
        Duration timeout = Duration.ofSeconds(config.timeoutSeconds());
        String token = Secrets.token(config.tokenEnv(), config.tokenFile(), env, "recovery.kubernetes");
        try {
            return new KubernetesExecutor(config, new HttpCall(HttpCall.client(config.caFile(), timeout), token, timeout));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("recovery.kubernetes.caFile: " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return "kubernetes";
    }

    @Override
    public Set<RecoveryKind> kinds() {
        return config.kinds().isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(config.kinds()));
    }

    @Override
    public Outcome execute(ActionRequest request) {
        if (!request.safeComponent()) {
            return Outcome.failed("'" + request.component() + "' is not a valid deployment name");
        }
        try {
            return switch (request.action().kind()) {
                case RESTART -> restart(request);
                case SCALE_OUT -> scaleOut(request);
                default -> Outcome.failed("kubernetes cannot " + request.action().kind());
            };
        } catch (IOException e) {
            return Outcome.failed("kubernetes API unreachable: " + e.getMessage());
        }
    }

    private Outcome restart(ActionRequest request) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("spec").putObject("template").putObject("metadata").putObject("annotations")
                .put(RESTARTED_AT, DateTimeFormatter.ISO_INSTANT.format(request.at().truncatedTo(ChronoUnit.SECONDS)));
        HttpCall.Response r = http.send("PATCH", deployment(request.component(), ""),
                "application/strategic-merge-patch+json", JSON.writeValueAsString(body));
        return r.ok() ? Outcome.succeeded("rollout restart of deployment " + config.namespace() + "/" + request.component())
                : Outcome.failed("rollout restart of " + request.component() + " answered " + r.status() + ": " + r.excerpt());
    }

    private Outcome scaleOut(ActionRequest request) throws IOException {
        String name = request.component();
        HttpCall.Response current = http.send("GET", deployment(name, "/scale"), null, null);
        if (!current.ok()) {
            return Outcome.failed("reading the scale of " + name + " answered " + current.status() + ": " + current.excerpt());
        }
        JsonNode replicas = JSON.readTree(current.body()).path("spec").path("replicas");
        if (!replicas.canConvertToInt()) {
            return Outcome.failed("the scale of " + name + " has no spec.replicas");
        }
        int from = replicas.asInt();
        int to = Math.min(from + config.scaleStep(), config.maxReplicas());
        if (to <= from) {
            return Outcome.failed(name + " already has " + from + " replicas (recovery.kubernetes.maxReplicas "
                    + config.maxReplicas() + ")");
        }
        Outcome scaled = scale(name, to, from);
        if (!scaled.succeeded()) {
            return scaled;
        }
        return Outcome.reversible(scaled.detail(), new Outcome.Undo() {
            @Override
            public String description() {
                return "scale " + name + " back to " + from + " replicas";
            }

            @Override
            public Outcome run() {
                try {
                    return scale(name, from, to);
                } catch (IOException e) {
                    return Outcome.failed("kubernetes API unreachable: " + e.getMessage());
                }
            }
        });
    }

    private Outcome scale(String name, int to, int from) throws IOException {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("spec").put("replicas", to);
        HttpCall.Response r = http.send("PATCH", deployment(name, "/scale"), "application/merge-patch+json",
                JSON.writeValueAsString(body));
        return r.ok() ? Outcome.succeeded("scaled deployment " + config.namespace() + "/" + name + " from " + from + " to " + to + " replicas")
                : Outcome.failed("scaling " + name + " to " + to + " answered " + r.status() + ": " + r.excerpt());
    }

    private URI deployment(String name, String suffix) {
        return URI.create(base + "/apis/apps/v1/namespaces/" + config.namespace() + "/deployments/" + name + suffix);
    }
}
