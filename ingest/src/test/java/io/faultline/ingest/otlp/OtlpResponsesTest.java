package io.faultline.ingest.otlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OtlpResponsesTest {

    @Test
    void fullSuccessIsAnEmptyResponse() {
        assertArrayEquals(new byte[0], OtlpResponses.exportResponse(0, "", false));
        assertEquals("{}", new String(OtlpResponses.exportResponse(0, "", true), StandardCharsets.UTF_8));
    }

    @Test
    void partialSuccessCarriesTheCountAndMessage() {
        // ExportMetricsServiceResponse { partial_success (1) { rejected_data_points (1) = 3, error_message (2) = "x" } }
        assertArrayEquals(new byte[] {0x0a, 0x05, 0x08, 0x03, 0x12, 0x01, 'x'}, OtlpResponses.exportResponse(3, "x", false));
        assertEquals("{\"partialSuccess\":{\"rejectedDataPoints\":\"3\",\"errorMessage\":\"bad \\\"point\\\"\"}}",
                new String(OtlpResponses.exportResponse(3, "bad \"point\"", true), StandardCharsets.UTF_8));
    }

    @Test
    void statusHasCodeAndMessage() {
        // google.rpc.Status { int32 code = 1; string message = 2; }
        assertArrayEquals(new byte[] {0x08, 0x03, 0x12, 0x02, 'n', 'o'}, OtlpResponses.status(OtlpResponses.INVALID_ARGUMENT, "no", false));
        assertEquals("{\"code\":3,\"message\":\"no\"}",
                new String(OtlpResponses.status(OtlpResponses.INVALID_ARGUMENT, "no", true), StandardCharsets.UTF_8));
    }
}
