package io.faultline.api.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One keep-alive HTTP/1.1 connection posting remote_write bodies, reconnecting when the server closed it.
 * Deliberately tiny (a status line, headers, a Content-Length or chunked body) so the generator spends its
 * CPU on nothing but writing bytes: a general-purpose client costs more than the server's decoding does.
 */
final class HttpConnection implements Closeable {
    /** The answer to one request: its status and, for errors, the start of its body. */
    record Response(int status, String body) {
    }

    private static final int KEPT_BODY_CHARS = 300;
    private final String host;
    private final int port;
    private final String headPrefix;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    HttpConnection(URI target) {
        if (!"http".equals(target.getScheme()) || target.getHost() == null) {
            throw new IllegalArgumentException("target must be an http:// URL with a host, was " + target);
        }
        this.host = target.getHost();
        this.port = target.getPort() < 0 ? 80 : target.getPort();
        String path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        this.headPrefix = "POST " + path + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery()) + " HTTP/1.1\r\n"
                + "Host: " + host + ":" + port + "\r\n"
                + "User-Agent: faultline-bench\r\n"
                + "Content-Type: application/x-protobuf\r\n"
                + "Content-Encoding: snappy\r\n"
                + "X-Prometheus-Remote-Write-Version: 0.1.0\r\n"
                + "Content-Length: ";
    }

    /** Posts one body; an {@link IOException} means the connection failed (it is closed, the next call reconnects). */
    Response post(byte[] body) throws IOException {
        try {
            if (socket == null) {
                connect();
            }
            out.write((headPrefix + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void connect() throws IOException {
        Socket s = new Socket();
        s.setTcpNoDelay(true);
        s.connect(new InetSocketAddress(host, port), 10_000);
        s.setSoTimeout(120_000);
        socket = s;
        in = new BufferedInputStream(s.getInputStream(), 16 * 1024);
        out = s.getOutputStream();
    }

    private Response readResponse() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: '" + statusLine + "'");
        }
        int status;
        try {
            status = Integer.parseInt(parts[1]);
        } catch (NumberFormatException e) {
            throw new IOException("bad status in '" + statusLine + "'");
        }
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = parts[0].equals("HTTP/1.0");
        for (String h; !(h = line()).isEmpty(); ) {
            int colon = h.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = h.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = h.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        if (chunked) {
            for (long size; (size = Long.parseLong(line().split(";", 2)[0].trim(), 16)) > 0; ) {
                body(size, kept);
                line();
            }
            while (!line().isEmpty()) {
                // trailers
            }
        } else if (length >= 0) {
            body(length, kept);
        } else if (status != 204 && status != 304 && status >= 200) {
            body(Long.MAX_VALUE, kept);
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, status / 100 == 2 ? "" : kept.toString(StandardCharsets.UTF_8).strip());
    }

    /** Reads {@code n} body bytes (or to the end of the stream when n is Long.MAX_VALUE), keeping the first few. */
    private void body(long n, ByteArrayOutputStream kept) throws IOException {
        byte[] buffer = new byte[8192];
        long left = n;
        while (left > 0) {
            int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (read < 0) {
                if (n == Long.MAX_VALUE) {
                    return;
                }
                throw new EOFException("connection closed inside a response body");
            }
            int keep = Math.min(read, KEPT_BODY_CHARS - kept.size());
            if (keep > 0) {
                kept.write(buffer, 0, keep);
            }
            left -= read;
        }
    }

    private String line() throws IOException {
        StringBuilder sb = new StringBuilder(64);
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) {
                throw new EOFException("connection closed by the server");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
            if (sb.length() > 16 * 1024) {
                throw new IOException("response header line longer than 16 KiB");
            }
        }
        return sb.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a failed connection: nothing left to do
            }
            socket = null;
        }
    }
}
