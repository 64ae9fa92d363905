package io.faultline.rca.incident;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParamsBindingTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void missingKeysTakeDefaults() throws Exception {
        assertEquals(new IncidentCorrelatorParams(30_000, 2, 2, 1, 180_000, 300_000, 100, 600_000),
                mapper.readValue("{\"joinWindowMs\": 30000}", IncidentCorrelatorParams.class));
        assertEquals(AnomalyTrackerParams.DEFAULTS, mapper.readValue("{}", AnomalyTrackerParams.class));
    }

    @Test
    void unknownKeysAreRejected() {
        UnrecognizedPropertyException e = assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"quietMillis\": 1}", IncidentCorrelatorParams.class));
        assertEquals("quietMillis", e.getPropertyName());
    }

    @Test
    void invalidValuesFailWithTheValidationMessage() {
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> mapper.readValue("{\"quietMs\": 1000, \"joinWindowMs\": 5000}", IncidentCorrelatorParams.class));
        assertTrue(e.getMessage().contains("joinWindowMs must be in 0..quietMs (1000), was 5000"), e.getMessage());
    }
}
