package io.faultline.rca;

/** Lifecycle of an incident: open -> acknowledged -> mitigating -> resolved. */
public enum IncidentStatus { OPEN, ACKNOWLEDGED, MITIGATING, RESOLVED }
