package io.faultline.rca;

/** What a metric measures, as far as diagnosis cares. */
public enum SignalKind { CPU, MEMORY, LATENCY, ERRORS, TRAFFIC, DISK, NETWORK, OTHER }
