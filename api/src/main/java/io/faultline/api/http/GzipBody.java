package io.faultline.api.http;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates a gzip request body with a limit on the inflated size that is checked while inflating,
 * so a small body that would expand to gigabytes (a decompression bomb) is stopped at the limit
 * with 413, having allocated at most the limit. A body that is not gzip gets 400.
 */
final class GzipBody {
    private GzipBody() {
    }

    static byte[] inflate(byte[] compressed, long limit) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed), 8192)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(limit, 4L * compressed.length + 64));
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > limit) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "decompressed request body is larger than the limit of "
                            + limit + " bytes (server.maxBodyBytes)");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "request body is not valid gzip (Content-Encoding: gzip): "
                    + e.getMessage());
        }
    }
}
