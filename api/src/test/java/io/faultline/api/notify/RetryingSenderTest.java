package io.faultline.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Retries, backoff and Retry-After with a scripted transport and a recording sleeper: no network, no waiting. */
class RetryingSenderTest {
    private static final HttpRequest REQUEST = HttpRequest.newBuilder(URI.create("http://127.0.0.1:9/x"))
            .POST(HttpRequest.BodyPublishers.noBody()).build();
    private static final RetryPolicy POLICY = new RetryPolicy(5, 1000, 6000);

    private final List<Long> sleeps = new ArrayList<>();
    private final Deque<Object> script = new ArrayDeque<>();
    private int calls;

    private RetryingSender sender() {
        Transport transport = request -> {
            calls++;
            Object next = script.removeFirst();
            if (next instanceof IOException e) {
                throw e;
            }
            return (Transport.Answer) next;
        };
        return new RetryingSender("test", transport, POLICY, sleeps::add);
    }

    private static Transport.Answer answer(int status) {
        return new Transport.Answer(status, Optional.empty());
    }

    @Test
    void serverErrorsAreRetriedWithDoublingBackoff() throws Exception {
        script.addAll(List.of(answer(503), answer(500), answer(202)));
        RetryingSender s = sender();
        assertEquals(RetryingSender.Outcome.SENT, s.send(REQUEST));
        assertEquals(List.of(1000L, 2000L), sleeps);
        assertEquals(3, calls);
        assertEquals(1, s.sent.get());
        assertEquals(2, s.retries.get());
        assertEquals(0, s.failed.get());
    }

    @Test
    void tooManyRequestsHonoursRetryAfterUpToTheCap() throws Exception {
        script.addAll(List.of(new Transport.Answer(429, Optional.of("3")), new Transport.Answer(429, Optional.of("120")),
                new Transport.Answer(429, Optional.of("Wed, 21 Oct 2015 07:28:00 GMT")), answer(200)));
        RetryingSender s = sender();
        assertEquals(RetryingSender.Outcome.SENT, s.send(REQUEST));
        assertEquals(List.of(3000L, 6000L, 4000L), sleeps);
        assertEquals(3, s.retries.get());
    }

    @Test
    void otherClientErrorsAreNotRetried() throws Exception {
        script.addAll(List.of(answer(400)));
        RetryingSender s = sender();
        assertEquals(RetryingSender.Outcome.REJECTED, s.send(REQUEST));
        assertEquals(List.of(), sleeps);
        assertEquals(1, calls);
        assertEquals(1, s.failed.get());
        assertEquals(0, s.retries.get());
    }

    @Test
    void ioFailuresAreRetriedUntilTheLastAttemptThenCountedAsFailed() throws Exception {
        for (int i = 0; i < 5; i++) {
            script.add(new IOException("Connection refused"));
        }
        RetryingSender s = sender();
        assertEquals(RetryingSender.Outcome.GAVE_UP, s.send(REQUEST));
        assertEquals(List.of(1000L, 2000L, 4000L, 6000L), sleeps);
        assertEquals(5, calls);
        assertEquals(1, s.failed.get());
        assertEquals(4, s.retries.get());
        assertEquals(0, s.sent.get());
    }

    @Test
    void policyRejectsNonsense() {
        assertEquals("maxBackoffMs must be >= initialBackoffMs (100), was 10",
                org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                        () -> new RetryPolicy(3, 100, 10)).getMessage());
    }
}
