package io.faultline.datasets.sim;

/**
 * A change the simulated shop announces, as a deployment pipeline would post it to a change-event API
 * (a bad deploy is announced at its injection).
 *
 * @param id        unique per component, e.g. {@code deploy-cart-7}
 * @param component the component changed
 * @param kind      {@code deploy}, {@code config}, {@code scale} or {@code other}
 * @param atMs      when it happened, unix milliseconds
 * @param version   what was deployed, e.g. {@code v2.7.0}
 */
public record SimChange(String id, String component, String kind, long atMs, String version) {
    public SimChange {
        if (id == null || id.isBlank() || component == null || component.isBlank() || kind == null) {
            throw new IllegalArgumentException("a change needs an id, a component and a kind");
        }
    }
}
