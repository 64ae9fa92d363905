package io.faultline.rca.change;

/**
 * A change taken as evidence for a ranked cause: the change, how long before the onset it came,
 * and the evidence line as people read it ({@code deploy v1.4.2 of cart at 2024-05-01T11:57:00Z,
 * 3 min before onset}).
 */
public record ChangeLink(ChangeEvent change, long beforeOnsetMs, String evidence) {
}
