package io.faultline.datasets.sim;

/**
 * What an active fault does to one component during one tick; all zero when it is healthy.
 *
 * @param hogShare        CPU share burnt by a competing process
 * @param leakedFraction  memory leaked so far, as a fraction of the memory limit
 * @param addedDelayMs    delay added to each request it serves
 * @param burstErrorRatio share of its requests failing on their own
 * @param packetLoss      share of its packets dropped, on top of the normal background loss
 */
record FaultEffect(double hogShare, double leakedFraction, double addedDelayMs, double burstErrorRatio,
                   double packetLoss) {
    static final FaultEffect NONE = new FaultEffect(0, 0, 0, 0, 0);
}
