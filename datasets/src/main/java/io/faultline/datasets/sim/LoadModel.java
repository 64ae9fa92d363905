package io.faultline.datasets.sim;

import java.util.ArrayList;
import java.util.List;

/**
 * How traffic, failures, CPU, latency and retransmits spread through the call graph in one tick.
 *
 * <ul>
 *   <li>Failures flow up: a caller fails when its own work fails or when a failed call is not absorbed
 *       ({@link CallSpec#errorPropagation()}).</li>
 *   <li>Requests flow down: a callee receives its callers' rates times the fan-out, plus retries of failed
 *       calls.</li>
 *   <li>Each component is an M/M/1 queue: its p90 response time is {@code serviceTime / (1 - rho)}
 *       (Kleinrock, <i>Queueing Systems</i> vol. 1, 1975, section 3.2), where a CPU hog or GC work raises the
 *       effective utilisation {@code rho}.</li>
 *   <li>A caller's p90 latency is its own time plus the latency-weighted p90 of the callees it waits for.</li>
 *   <li>Packet loss costs retransmits and, for the calls hit, a retransmission time-out (Linux' minimum RTO,
 *       200 ms; RFC 6298); a few of those calls time out entirely.</li>
 * </ul>
 */
final class LoadModel {
    private static final double RETRY_SHARE = 0.5;
    private static final double FANOUT_SIGMA = 0.02;
    private static final double OWN_LATENCY_SIGMA = 0.10;
    private static final double OWN_LATENCY_MEMORY_SECONDS = 30.0;
    private static final double HOG_CONTENTION = 1.0;
    private static final double MAX_EFFECTIVE_UTILISATION = 0.92;
    private static final double MAX_CPU = 0.985;
    private static final double GC_CPU = 0.20;
    private static final double GC_LATENCY = 1.5;
    private static final double BASE_PACKET_LOSS = 2e-4;
    private static final int PACKETS_PER_REQUEST = 10;
    private static final int REQUEST_PACKETS = 3;
    private static final double BACKGROUND_PACKETS_PER_SECOND = 500;
    private static final double RTO_MS = 200;
    /** How many RTO-delayed requests' worth the p90 moves per unit of retransmit probability. */
    private static final double P90_RTO_FACTOR = 2.5;
    private static final double TIMEOUT_SHARE = 0.08;
    private static final double OWN_SHARE_OF_TIMEOUTS = 0.3;
    /**
     * Chance per component and tick of a transient hiccup (a slow query, a GC pause, a noisy neighbour) that
     * makes its own time 2-4 times longer for one tick; about one somewhere in the shop every five minutes.
     */
    private static final double HICCUP_PROBABILITY = 0.003;

    private final ComponentProfile[] profiles;
    private final int entry;
    private final int[] order;
    private final int[][] outEdges;
    private final CallSpec[] calls;
    private final int[] callee;
    private final double ownLatencyPhi;
    private final double[] ownLatencyLog;

    LoadModel(ShopModel shop, int stepSeconds, NoiseSource noise) {
        profiles = shop.profiles().toArray(ComponentProfile[]::new);
        entry = shop.indexOf(shop.entry());
        calls = shop.calls().toArray(CallSpec[]::new);
        callee = new int[calls.length];
        for (int e = 0; e < calls.length; e++) {
            callee[e] = shop.indexOf(calls[e].callee());
        }
        order = shop.topology().topologicalOrder().stream().mapToInt(shop::indexOf).toArray();
        outEdges = new int[profiles.length][];
        for (int i = 0; i < profiles.length; i++) {
            List<Integer> out = new ArrayList<>();
            for (int e = 0; e < calls.length; e++) {
                if (calls[e].caller().equals(profiles[i].name())) {
                    out.add(e);
                }
            }
            outEdges[i] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        ownLatencyPhi = StrictMath.exp(-stepSeconds / OWN_LATENCY_MEMORY_SECONDS);
        ownLatencyLog = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            ownLatencyLog[i] = OWN_LATENCY_SIGMA * noise.gaussian();
        }
    }

    /** Fills failures (bottom-up), then rates and utilisation (top-down). */
    void propagateRequests(double entryRate, FaultEffect[] effects, NoiseSource noise, TickState s) {
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            double timeout = retransmitProbability(effects[i].packetLoss()) * TIMEOUT_SHARE;
            double own = 1 - (1 - profiles[i].baseErrorRatio()) * (1 - effects[i].burstErrorRatio())
                    * (1 - OWN_SHARE_OF_TIMEOUTS * timeout);
            double survive = 1 - own;
            for (int e : outEdges[i]) {
                survive *= 1 - Math.min(1, calls[e].errorWeight() * s.seenFailure[callee[e]]);
            }
            s.failure[i] = 1 - survive;
            s.seenFailure[i] = 1 - survive * (1 - timeout);
        }
        double[] fanoutNoise = new double[calls.length];
        for (int e = 0; e < calls.length; e++) {
            fanoutNoise[e] = StrictMath.exp(FANOUT_SIGMA * noise.gaussian());
        }
        s.rate[entry] = entryRate;
        for (int i : order) {
            for (int e : outEdges[i]) {
                double retries = 1 + RETRY_SHARE * s.seenFailure[callee[e]];
                s.rate[callee[e]] += s.rate[i] * calls[e].callsPerRequest() * fanoutNoise[e] * retries;
            }
            s.utilisation[i] = s.rate[i] / profiles[i].capacityRps();
        }
    }

    /** Fills CPU, latency (bottom-up) and retransmits; needs rates and GC pressure. */
    void computeLoad(FaultEffect[] effects, NoiseSource noise, TickState s) {
        double[] hiccup = new double[profiles.length];
        for (int i = 0; i < profiles.length; i++) {
            ownLatencyLog[i] = ownLatencyPhi * ownLatencyLog[i]
                    + OWN_LATENCY_SIGMA * Math.sqrt(1 - ownLatencyPhi * ownLatencyPhi) * noise.gaussian();
            double u = noise.uniform();
            hiccup[i] = u < HICCUP_PROBABILITY * Math.min(1, noise.scale()) ? 2 + 2 * u / HICCUP_PROBABILITY : 1;
        }
        for (int k = order.length - 1; k >= 0; k--) {
            int i = order[k];
            ComponentProfile p = profiles[i];
            FaultEffect f = effects[i];
            double gcCpu = GC_CPU * s.gcPressure[i];
            s.cpu[i] = Math.min(MAX_CPU, p.idleCpu() + s.utilisation[i] + f.hogShare() + gcCpu);
            double rho = Math.min(MAX_EFFECTIVE_UTILISATION, s.utilisation[i] + HOG_CONTENTION * f.hogShare() + gcCpu);
            double own = p.serviceTimeMs() / (1 - rho) * (1 + GC_LATENCY * s.gcPressure[i])
                    * StrictMath.exp(ownLatencyLog[i]) * hiccup[i] + f.addedDelayMs()
                    + RTO_MS * P90_RTO_FACTOR * retransmitProbability(BASE_PACKET_LOSS + f.packetLoss());
            double waited = 0;
            for (int e : outEdges[i]) {
                waited += calls[e].latencyWeight() * s.latencyMs[callee[e]];
            }
            s.latencyMs[i] = own + waited;
            double packets = s.rate[i] * PACKETS_PER_REQUEST + BACKGROUND_PACKETS_PER_SECOND;
            double retransmits = packets * (BASE_PACKET_LOSS + f.packetLoss());
            for (int e : outEdges[i]) {
                // requests this component sends into a lossy callee are its own to retransmit
                retransmits += s.rate[i] * calls[e].callsPerRequest() * REQUEST_PACKETS * effects[callee[e]].packetLoss();
            }
            s.retransmitsPerSecond[i] = retransmits;
        }
    }

    /** Probability that at least one of a request's packets is lost and has to be retransmitted. */
    private static double retransmitProbability(double loss) {
        return 1 - StrictMath.pow(1 - loss, PACKETS_PER_REQUEST);
    }
}
