package io.faultline.api.config;

import io.faultline.rca.RecoveryKind;
import java.util.List;
import java.util.Locale;

/**
 * Guard rails and executors of recovery actions. Safe by default: a dry run (decide and audit,
 * execute nothing) with an empty allow-list.
 *
 * @param dryRun                  when true no action is executed, whatever the request says
 * @param allowList               {@code component:KIND} entries that may run; {@code *} matches any
 *                                component or kind, e.g. {@code checkout:RESTART}, {@code *:SCALE_OUT}
 * @param maxPerComponentPerHour  actions executed on one component in any hour, at most
 * @param cooldownSeconds         time after an action before the next one on the same component
 * @param minConfidence           least share of the ranking (top cause score / sum of scores) to act on
 * @param verifyDeadlineSeconds   time the anomaly has to clear after an action, else escalate and undo
 * @param verifySettleSeconds     anomalous points this soon after the action are not held against it
 * @param kubernetes              the Kubernetes API executor
 * @param webhook                 the HTTP webhook executor (a JSON body, or an AWX job template launch)
 * @param command                 the allow-listed local command executor
 */
public record RecoveryConfig(
        boolean dryRun,
        List<String> allowList,
        int maxPerComponentPerHour,
        long cooldownSeconds,
        double minConfidence,
        long verifyDeadlineSeconds,
        long verifySettleSeconds,
        KubernetesExecutorConfig kubernetes,
        WebhookExecutorConfig webhook,
        CommandExecutorConfig command) {

    public static final RecoveryConfig DEFAULTS = new RecoveryConfig(true, List.of(), 3, 600, 0.5, 600, 60,
            null, null, null);

    public RecoveryConfig {
        allowList = allowList == null ? List.of() : List.copyOf(allowList);
        for (int i = 0; i < allowList.size(); i++) {
            checkAllowEntry(allowList.get(i), "recovery.allowList[" + i + "]");
        }
        if (maxPerComponentPerHour < 1) {
            throw new IllegalArgumentException("recovery.maxPerComponentPerHour must be >= 1, was " + maxPerComponentPerHour);
        }
        if (cooldownSeconds < 0) {
            throw new IllegalArgumentException("recovery.cooldownSeconds must be >= 0, was " + cooldownSeconds);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("recovery.minConfidence must be in [0, 1], was " + minConfidence);
        }
        if (verifyDeadlineSeconds < 1) {
            throw new IllegalArgumentException("recovery.verifyDeadlineSeconds must be >= 1, was " + verifyDeadlineSeconds);
        }
        if (verifySettleSeconds < 0 || verifySettleSeconds >= verifyDeadlineSeconds) {
            throw new IllegalArgumentException("recovery.verifySettleSeconds must be in [0, verifyDeadlineSeconds), was "
                    + verifySettleSeconds);
        }
        kubernetes = kubernetes == null ? KubernetesExecutorConfig.DEFAULTS : kubernetes;
        webhook = webhook == null ? WebhookExecutorConfig.DEFAULTS : webhook;
        command = command == null ? CommandExecutorConfig.DEFAULTS : command;
    }

    /** This config with another dry-run setting (tests and the demo switch it). */
    public RecoveryConfig withDryRun(boolean newDryRun) {
        return new RecoveryConfig(newDryRun, allowList, maxPerComponentPerHour, cooldownSeconds, minConfidence,
                verifyDeadlineSeconds, verifySettleSeconds, kubernetes, webhook, command);
    }

    private static void checkAllowEntry(String entry, String where) {
        int colon = entry == null ? -1 : entry.indexOf(':');
        if (colon <= 0 || colon == entry.length() - 1) {
            throw new IllegalArgumentException(where + " must be component:KIND (e.g. checkout:RESTART or *:SCALE_OUT), was '"
                    + entry + "'");
        }
        String kind = entry.substring(colon + 1).strip();
        if (!kind.equals("*")) {
            try {
                RecoveryKind.valueOf(kind.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown recovery kind '" + kind + "' (valid: *, "
                        + String.join(", ", java.util.Arrays.stream(RecoveryKind.values()).map(Enum::name).toList()) + ")");
            }
        }
    }
}
