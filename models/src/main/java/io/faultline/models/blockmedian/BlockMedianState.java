package io.faultline.models.blockmedian;

import io.faultline.features.stats.BlockMedianWindow;

/** What a fitted {@link BlockMedianDetector} carries: its window's blocks where the history left them. */
public record BlockMedianState(BlockMedianWindow.Snapshot window) {

    public BlockMedianState {
        if (window == null) {
            throw new IllegalArgumentException("window is required");
        }
    }
}
