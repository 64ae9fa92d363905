package io.faultline.rca.rank;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON binding of the BARO and N-Sigma params and of RCAEval's preprocessing. */
class MetricRankerParamsTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void missingKeysTakeTheDefaults() throws Exception {
        assertEquals(BaroParams.DEFAULTS, mapper.readValue("{}", BaroParams.class));
        assertEquals(NSigmaParams.DEFAULTS, mapper.readValue("{}", NSigmaParams.class));
        assertEquals(new BaroParams(new RcaEvalPreprocessing(600, 300, List.of("_lat_50", "_lat_99"), "_mem", 1e6), 3),
                mapper.readValue("{\"maxEvidence\": 3, \"preprocessing\": {\"normalRows\": 600}}", BaroParams.class));
    }

    @Test
    void unknownKeysAndBadValuesAreRejectedByName() {
        assertThrows(UnrecognizedPropertyException.class,
                () -> mapper.readValue("{\"preprocessing\": {\"windowRows\": 10}}", BaroParams.class));
        ValueInstantiationException e = assertThrows(ValueInstantiationException.class,
                () -> mapper.readValue("{\"preprocessing\": {\"normalRows\": 0}}", NSigmaParams.class));
        assertTrue(e.getMessage().contains("normalRows must be >= 1, was 0"), e.getMessage());
    }

    @Test
    void preprocessingRecognisesDroppedAndMemoryColumnsByTheirEnding() {
        RcaEvalPreprocessing p = RcaEvalPreprocessing.DEFAULTS;
        assertTrue(p.dropped("carts_lat_50") && p.dropped("carts_lat_99") && !p.dropped("carts_lat_90"));
        assertTrue(p.memory("carts-db_mem") && !p.memory("carts_memory_bytes"));
        assertTrue(!new RcaEvalPreprocessing(1, 1, List.of(), "", 1).memory("carts_mem"));
    }
}
