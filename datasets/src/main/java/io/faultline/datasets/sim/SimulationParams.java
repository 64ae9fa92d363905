package io.faultline.datasets.sim;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.faultline.ingest.InvalidInputException;

/**
 * How the simulated shop runs, independent of any scenario. Bound from JSON by {@link #fromJson(String)};
 * missing keys take their defaults, unknown keys are rejected.
 *
 * @param startEpochMs       simulated time of the first tick, unix milliseconds (default 2024-01-01T00:00:00Z)
 * @param stepSeconds        seconds between ticks (default 15)
 * @param entryRatePerSecond mean requests per second entering the shop over a day (default 150)
 * @param dailyAmplitude     relative swing of entry traffic over the day: 0.3 means peak 1.3x and trough
 *                           0.7x the mean (default 0.3)
 * @param peakHourUtc        hour of the day (UTC) when entry traffic peaks (default 14)
 * @param noiseScale         multiplier on every noise source; 0 gives the noiseless model (default 1)
 * @param faults             fault magnitudes
 */
public record SimulationParams(long startEpochMs, int stepSeconds, double entryRatePerSecond,
                               double dailyAmplitude, double peakHourUtc, double noiseScale, FaultParams faults) {
    /** 2024-01-01T00:00:00Z. */
    public static final long DEFAULT_START_EPOCH_MS = 1_704_067_200_000L;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    public SimulationParams {
        if (startEpochMs < 0) {
            throw new IllegalArgumentException("startEpochMs must be >= 0, was " + startEpochMs);
        }
        if (stepSeconds < 1 || stepSeconds > 3600) {
            throw new IllegalArgumentException("stepSeconds must be in [1, 3600], was " + stepSeconds);
        }
        ComponentProfile.requireRange("params", "entryRatePerSecond", entryRatePerSecond, 0.1, 1e6);
        ComponentProfile.requireRange("params", "dailyAmplitude", dailyAmplitude, 0, 0.95);
        ComponentProfile.requireRange("params", "peakHourUtc", peakHourUtc, 0, 24);
        ComponentProfile.requireRange("params", "noiseScale", noiseScale, 0, 10);
        if (faults == null) {
            throw new IllegalArgumentException("faults must not be null");
        }
    }

    public static SimulationParams defaults() {
        return new SimulationParams(DEFAULT_START_EPOCH_MS, 15, WebShop.REFERENCE_ENTRY_RATE, 0.3, 14, 1.0,
                FaultParams.defaults());
    }

    /** The time between ticks in milliseconds. */
    public long stepMs() {
        return stepSeconds * 1000L;
    }

    public SimulationParams withNoiseScale(double scale) {
        return new SimulationParams(startEpochMs, stepSeconds, entryRatePerSecond, dailyAmplitude, peakHourUtc,
                scale, faults);
    }

    public SimulationParams withFaults(FaultParams newFaults) {
        return new SimulationParams(startEpochMs, stepSeconds, entryRatePerSecond, dailyAmplitude, peakHourUtc,
                noiseScale, newFaults);
    }

    /**
     * Reads params from a JSON object.
     *
     * @throws InvalidInputException naming the JSON path of a bad, unknown or malformed field
     */
    public static SimulationParams fromJson(String json) {
        try {
            return MAPPER.readValue(json, SimulationParams.class);
        } catch (JsonMappingException e) {
            String reason = e.getCause() != null ? e.getCause().getMessage() : e.getOriginalMessage();
            throw new InvalidInputException("simulation params at " + jsonPath(e) + ": " + reason, e);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("simulation params are not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    @JsonCreator
    static SimulationParams bind(@JsonProperty("startEpochMs") Long startEpochMs,
                                 @JsonProperty("stepSeconds") Integer stepSeconds,
                                 @JsonProperty("entryRatePerSecond") Double entryRatePerSecond,
                                 @JsonProperty("dailyAmplitude") Double dailyAmplitude,
                                 @JsonProperty("peakHourUtc") Double peakHourUtc,
                                 @JsonProperty("noiseScale") Double noiseScale,
                                 @JsonProperty("faults") FaultParams faults) {
        SimulationParams d = defaults();
        return new SimulationParams(
                startEpochMs != null ? startEpochMs : d.startEpochMs,
                stepSeconds != null ? stepSeconds : d.stepSeconds,
                entryRatePerSecond != null ? entryRatePerSecond : d.entryRatePerSecond,
                dailyAmplitude != null ? dailyAmplitude : d.dailyAmplitude,
                peakHourUtc != null ? peakHourUtc : d.peakHourUtc,
                noiseScale != null ? noiseScale : d.noiseScale,
                faults != null ? faults : d.faults);
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                path.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
