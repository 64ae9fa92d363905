package io.faultline.api.alerts;

import java.util.List;

/**
 * What became of an Alertmanager notification.
 *
 * @param received         alerts in the payload
 * @param firing           firing alerts taken as evidence
 * @param resolved         resolved alerts; each ends its evidence when an active incident still holds it
 * @param unknownComponent alerts skipped because they name no known component (listed in {@code skipped})
 * @param ignored          Faultline's own alerts ({@code alertname=FaultlineIncident}) come back
 *                         through Alertmanager; skipped so they cannot feed themselves
 * @param skipped          each skipped alert of the unknown-component kind, with the reason
 */
public record AlertIntakeResult(int received, int firing, int resolved, int unknownComponent, int ignored,
                                List<SkippedAlert> skipped) {

    /** An alert that named no known component: its index in {@code alerts}, name, fingerprint and why. */
    public record SkippedAlert(int index, String alertname, String fingerprint, String reason) {
    }
}
