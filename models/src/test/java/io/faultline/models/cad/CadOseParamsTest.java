package io.faultline.models.cad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.faultline.models.registry.DetectorRegistry;
import org.junit.jupiter.api.Test;

class CadOseParamsTest {

    @Test
    void defaultsAreCadOsesOwn() {
        CadOseParams p = CadOseParams.defaults();
        assertEquals(0.75, p.baseThreshold());
        assertEquals(7, p.maxLeftSemiContextLength());
        assertEquals(15, p.maxActiveNeurons());
        assertEquals(3, p.bits());
    }

    @Test
    void badValuesAreNamed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DetectorRegistry.defaultRegistry()
                .create(CadOseDetector.NAME, JsonNodeFactory.instance.objectNode().put("rangeWarmUp", 1)));
        assertEquals("invalid params of detector 'cad-ose': rangeWarmUp must be >= 2, was 1", e.getMessage());
    }
}
