package io.faultline.api.notify;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;

/** Sends one request and reports the answer; a seam so retry tests need no network. */
@FunctionalInterface
public interface Transport {

    /** The receiver's status and its {@code Retry-After} header, if any. */
    record Answer(int status, Optional<String> retryAfter) {
    }

    Answer send(HttpRequest request) throws IOException, InterruptedException;

    /** The JDK client, the body discarded. */
    static Transport of(HttpClient client) {
        return request -> {
            HttpResponse<Void> r = client.send(request, HttpResponse.BodyHandlers.discarding());
            return new Answer(r.statusCode(), r.headers().firstValue("Retry-After"));
        };
    }
}
