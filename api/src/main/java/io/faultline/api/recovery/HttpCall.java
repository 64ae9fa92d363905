package io.faultline.api.recovery;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * The HTTP calls of the executors: one JSON request with an optional bearer token and a timeout,
 * over a client that trusts the JDK's CAs or the one CA file it was given (as a Kubernetes API
 * server's certificate usually needs). The token is sent, never logged.
 */
final class HttpCall {
    /** Status and body of an answer. */
    record Response(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The start of the body, for an audit detail. */
        String excerpt() {
            String flat = body.replaceAll("\\s+", " ").strip();
            return flat.length() <= 200 ? flat : flat.substring(0, 200) + "...";
        }
    }

    private final HttpClient client;
    private final String bearer;
    private final Duration timeout;

    HttpCall(HttpClient client, String bearer, Duration timeout) {
        this.client = client;
        this.bearer = bearer == null ? "" : bearer;
        this.timeout = timeout;
    }

    /** A client trusting the JDK's CAs, or only the PEM certificates in {@code caFile} when it is not empty. */
    static HttpClient client(String caFile, Duration connectTimeout) {
        // HTTP/1.1: no h2c upgrade dance with automation servers; the Kubernetes API speaks it too
        HttpClient.Builder b = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout).followRedirects(HttpClient.Redirect.NEVER);
        if (caFile != null && !caFile.isEmpty()) {
            b.sslContext(trusting(Path.of(caFile)));
        }
        return b.build();
    }

    private static SSLContext trusting(Path caFile) {
        try (InputStream in = Files.newInputStream(caFile)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate cert : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("ca-" + i++, cert);
            }
            if (i == 0) {
                throw new IllegalArgumentException("CA file " + caFile + " holds no certificate");
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("CA file " + caFile + ": " + e.getMessage(), e);
        }
    }

    /** Sends {@code body} (JSON, or none when null) with the given method and content type. */
    Response send(String method, URI uri, String contentType, String body) throws IOException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout).header("Accept", "application/json");
        if (!bearer.isEmpty()) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body() == null ? "" : r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
