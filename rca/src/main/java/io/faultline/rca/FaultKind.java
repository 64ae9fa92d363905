package io.faultline.rca;

/** The kind of fault a ranked cause most likely has; it selects the recovery runbook entry. */
public enum FaultKind { CPU, MEMORY, LATENCY, ERRORS, TRAFFIC, DISK, NETWORK, UNKNOWN }
