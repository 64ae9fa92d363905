package io.faultline.rca;

/** What a recovery does to its target. */
public enum RecoveryKind { RESTART, SCALE_OUT, ROLL_BACK, FAIL_OVER, RATE_LIMIT, DRAIN, INVESTIGATE }
