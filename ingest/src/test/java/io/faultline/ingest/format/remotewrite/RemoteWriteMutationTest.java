package io.faultline.ingest.format.remotewrite;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.faultline.ingest.IngestLimits;
import io.faultline.ingest.InvalidInputException;
import io.faultline.ingest.SampleBatch;
import io.faultline.ingest.SeriesKey;
import io.faultline.ingest.SeriesSamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded mutations of valid requests (flipped bytes, truncations, compressed and not): every outcome is a
 * decoded batch or an {@link InvalidInputException}, never another exception, so no body can crash a handler.
 */
class RemoteWriteMutationTest {
    private static final long T0 = 1_700_000_000_000L;

    private static SampleBatch batch() {
        List<SeriesSamples> series = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            series.add(new SeriesSamples(SeriesKey.of("m_" + s, "job", "j", "instance", "i" + s),
                    new long[] {T0, T0 + 1000, T0 + 2000}, new double[] {s, s + 0.5, s + 1}));
        }
        return new SampleBatch(series);
    }

    @Test
    void mutatedMessagesDecodeOrFailCleanly() {
        byte[] valid = RemoteWriteEncoder.encodeProtobuf(batch());
        Random random = new Random(11);
        int failures = 0;
        for (RemoteWriteDecoder decoder : List.of(new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20),
                new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20, 0))) {
            for (int round = 0; round < 3000; round++) {
                byte[] m = mutate(valid, random);
                try {
                    decoder.decodeProtobuf(m, 0, m.length);
                } catch (InvalidInputException expected) {
                    failures++;
                } catch (RuntimeException e) {
                    fail("round " + round + " on " + Arrays.toString(m) + " threw " + e, e);
                }
            }
        }
        assertTrue(failures > 100, "mutations should mostly be caught, were " + failures);
    }

    @Test
    void mutatedSnappyBodiesDecodeOrFailCleanly() {
        byte[] valid = RemoteWriteEncoder.encode(batch());
        RemoteWriteDecoder decoder = new RemoteWriteDecoder(IngestLimits.DEFAULTS, 1 << 20);
        Random random = new Random(12);
        for (int round = 0; round < 3000; round++) {
            byte[] m = mutate(valid, random);
            try {
                decoder.decode(m);
            } catch (InvalidInputException expected) {
                // malformed, as it should be
            } catch (RuntimeException e) {
                fail("round " + round + " on " + Arrays.toString(m) + " threw " + e, e);
            }
        }
    }

    private static byte[] mutate(byte[] valid, Random random) {
        byte[] m = valid.clone();
        switch (random.nextInt(3)) {
            case 0 -> m[random.nextInt(m.length)] = (byte) random.nextInt(256);
            case 1 -> {
                for (int i = 0; i < 4; i++) {
                    m[random.nextInt(m.length)] ^= (byte) (1 << random.nextInt(8));
                }
            }
            default -> m = Arrays.copyOf(m, random.nextInt(m.length));
        }
        return m;
    }
}
