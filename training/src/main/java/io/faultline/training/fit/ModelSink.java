package io.faultline.training.fit;

import io.faultline.models.FittedDetector;
import java.io.IOException;

/** Where a run puts each fitted model: files in the job, a map in tests. */
@FunctionalInterface
interface ModelSink {
    void save(String fileName, FittedDetector fitted) throws IOException;
}
