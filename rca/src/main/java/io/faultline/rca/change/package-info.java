/**
 * Change events (deploys, configuration changes, scaling) as root-cause evidence:
 * {@link io.faultline.rca.change.ChangeEvidence} boosts a ranked cause whose component changed
 * shortly before the onset, links the change as an evidence line, and puts "roll back" first
 * among the recoveries when that change was a deploy. Pure: storing and receiving events is the
 * api module's job.
 *
 * <p>May import {@code io.faultline.rca}; Jackson annotations for params.
 */
package io.faultline.rca.change;
