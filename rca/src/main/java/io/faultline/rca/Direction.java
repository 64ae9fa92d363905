package io.faultline.rca;

/** Which way a metric left its expected band. */
public enum Direction { UP, DOWN }
