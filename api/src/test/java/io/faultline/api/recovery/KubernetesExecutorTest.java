package io.faultline.api.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.faultline.api.config.ConfigException;
import io.faultline.api.config.KubernetesExecutorConfig;
import io.faultline.rca.RecoveryAction;
import io.faultline.rca.RecoveryKind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact Kubernetes API calls, as kubectl makes them (rollout restart, scale), against a local
 * receiver standing in for the API server.
 */
class KubernetesExecutorTest {
    private static final String DEPLOYMENT = "/apis/apps/v1/namespaces/shop/deployments/checkout";
    private static final Instant AT = Instant.parse("2026-11-23T09:15:42.123Z");
    private final Receiver api = new Receiver();

    @AfterEach
    void stop() {
        api.close();
    }

    private KubernetesExecutor executor(int maxReplicas) {
        KubernetesExecutorConfig config = new KubernetesExecutorConfig(api.url() + "/", "shop", "K8S_TOKEN", "", "",
                List.of(RecoveryKind.RESTART, RecoveryKind.SCALE_OUT), 2, maxReplicas, 5);
        return KubernetesExecutor.create(config, Map.of("K8S_TOKEN", "k8s-secret"));
    }

    private static ActionRequest request(RecoveryKind kind, String component) {
        return new ActionRequest("inc-1", new RecoveryAction(kind, component, "why", "medium"), "oncall", AT);
    }

    @Test
    void rolloutRestartPatchesThePodTemplateAnnotationLikeKubectl() {
        api.answer("PATCH " + DEPLOYMENT, 200, "{\"kind\":\"Deployment\"}");
        Outcome o = executor(10).execute(request(RecoveryKind.RESTART, "checkout"));
        assertEquals(Outcome.succeeded("rollout restart of deployment shop/checkout"), o);
        assertEquals(List.of(new Receiver.Request("PATCH", DEPLOYMENT, "application/strategic-merge-patch+json",
                "Bearer k8s-secret",
                "{\"spec\":{\"template\":{\"metadata\":{\"annotations\":{\"kubectl.kubernetes.io/restartedAt\":\"2026-11-23T09:15:42Z\"}}}}}")),
                api.requests());
    }

    @Test
    void scaleOutReadsTheScaleThenMergePatchesReplicasAndUndoesBack() {
        api.answer("GET " + DEPLOYMENT + "/scale", 200,
                "{\"kind\":\"Scale\",\"apiVersion\":\"autoscaling/v1\",\"metadata\":{\"name\":\"checkout\"},\"spec\":{\"replicas\":3},\"status\":{\"replicas\":3}}");
        api.answer("PATCH " + DEPLOYMENT + "/scale", 200, "{\"kind\":\"Scale\"}");
        Outcome o = executor(10).execute(request(RecoveryKind.SCALE_OUT, "checkout"));
        assertTrue(o.succeeded());
        assertEquals("scaled deployment shop/checkout from 3 to 5 replicas", o.detail());
        assertEquals("scale checkout back to 3 replicas", o.undo().orElseThrow().description());
        Outcome undo = o.undo().get().run();
        assertEquals("scaled deployment shop/checkout from 5 to 3 replicas", undo.detail());
        assertEquals(List.of(
                new Receiver.Request("GET", DEPLOYMENT + "/scale", null, "Bearer k8s-secret", ""),
                new Receiver.Request("PATCH", DEPLOYMENT + "/scale", "application/merge-patch+json", "Bearer k8s-secret",
                        "{\"spec\":{\"replicas\":5}}"),
                new Receiver.Request("PATCH", DEPLOYMENT + "/scale", "application/merge-patch+json", "Bearer k8s-secret",
                        "{\"spec\":{\"replicas\":3}}")), api.requests());
    }

    @Test
    void scaleOutStopsAtMaxReplicas() {
        api.answer("GET " + DEPLOYMENT + "/scale", 200, "{\"spec\":{\"replicas\":4}}");
        api.answer("PATCH " + DEPLOYMENT + "/scale", 200, "{}");
        Outcome capped = executor(5).execute(request(RecoveryKind.SCALE_OUT, "checkout"));
        assertEquals("scaled deployment shop/checkout from 4 to 5 replicas", capped.detail());
        api.answer("GET " + DEPLOYMENT + "/scale", 200, "{\"spec\":{\"replicas\":5}}");
        Outcome full = executor(5).execute(request(RecoveryKind.SCALE_OUT, "checkout"));
        assertEquals(Outcome.failed("checkout already has 5 replicas (recovery.kubernetes.maxReplicas 5)"), full);
        assertEquals(3, api.requests().size(), "no second PATCH: " + api.requests());
    }

    @Test
    void anApiErrorIsAFailedOutcomeWithTheStatus() {
        api.answer("PATCH " + DEPLOYMENT, 403, "{\"kind\":\"Status\",\"reason\":\"Forbidden\"}");
        Outcome o = executor(10).execute(request(RecoveryKind.RESTART, "checkout"));
        assertFalse(o.succeeded());
        assertEquals("rollout restart of checkout answered 403: {\"kind\":\"Status\",\"reason\":\"Forbidden\"}", o.detail());
    }

    @Test
    void anUnreadableCaFileOrAMissingTokenStopsStartup(@TempDir Path dir) throws Exception {
        Path notPem = Files.writeString(dir.resolve("ca.crt"), "not a certificate");
        KubernetesExecutorConfig config = new KubernetesExecutorConfig(api.url(), "shop", "", "", notPem.toString(),
                List.of(RecoveryKind.RESTART), 1, 10, 5);
        String message = assertThrows(ConfigException.class,
                () -> KubernetesExecutor.create(config, Map.of())).getMessage();
        assertTrue(message.startsWith("recovery.kubernetes.caFile: CA file " + notPem + ": "), message);
        KubernetesExecutorConfig noToken = new KubernetesExecutorConfig(api.url(), "shop", "K8S_TOKEN", "", "",
                List.of(RecoveryKind.RESTART), 1, 10, 5);
        assertEquals("recovery.kubernetes.tokenEnv: the environment variable K8S_TOKEN is not set",
                assertThrows(ConfigException.class,
                        () -> KubernetesExecutor.create(noToken, Map.of())).getMessage());
    }

    @Test
    void aComponentThatIsNoDeploymentNameIsRefusedWithoutACall() {
        Outcome o = executor(10).execute(request(RecoveryKind.RESTART, "../../secrets"));
        assertEquals(Outcome.failed("'../../secrets' is not a valid deployment name"), o);
        assertEquals(List.of(), api.requests());
    }
}
