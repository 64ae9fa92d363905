package io.faultline.training.fit;

import io.faultline.ingest.SeriesKey;
import io.faultline.models.FaultlineVersion;
import io.faultline.training.fit.report.Counts;
import io.faultline.training.fit.report.DataRange;
import io.faultline.training.fit.report.SeriesReport;
import io.faultline.training.fit.report.SeriesStatus;
import io.faultline.training.fit.report.SourceReport;
import io.faultline.training.fit.report.TrainReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loop of a training job over loaded history: each series in order of its text form is read,
 * trained, its model handed to the sink and progress reported; then the report is assembled. One
 * series is in memory at a time. No I/O of its own.
 */
final class TrainingRun {
    private final DetectorSetup setup;
    private final SeriesTrainer trainer;

    TrainingRun(DetectorSetup setup) {
        this.setup = setup;
        this.trainer = new SeriesTrainer(setup);
    }

    TrainReport run(LoadedHistory history, ModelSink sink, TrainProgress progress) throws IOException {
        List<SeriesKey> keys = new ArrayList<>(history.keys());
        keys.sort(Comparator.comparing(SeriesKey::toString));
        Map<String, String> seriesByFile = new HashMap<>();
        List<SeriesReport> entries = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            SeriesOutcome outcome = trainer.train(history.read(keys.get(i)));
            if (outcome.fitted() != null) {
                String file = outcome.report().modelFile();
                String earlier = seriesByFile.putIfAbsent(file, outcome.report().series());
                if (earlier != null) { // 48 bits of hash make this a bug, not bad luck
                    throw new IllegalStateException("series " + earlier + " and " + outcome.report().series()
                            + " map to the same model file " + file);
                }
                sink.save(file, outcome.fitted());
            }
            entries.add(outcome.report());
            progress.seriesDone(i + 1, keys.size());
        }
        return assemble(history.description(), entries);
    }

    private TrainReport assemble(SourceReport source, List<SeriesReport> entries) {
        int trained = 0;
        long points = 0;
        Long from = null;
        Long to = null;
        for (SeriesReport entry : entries) {
            trained += entry.status() == SeriesStatus.TRAINED ? 1 : 0;
            points += entry.points();
            if (entry.fromMs() != null) {
                from = from == null ? entry.fromMs() : Math.min(from, entry.fromMs());
                to = to == null ? entry.toMs() : Math.max(to, entry.toMs());
            }
        }
        Counts counts = new Counts(entries.size(), trained, entries.size() - trained, points);
        return new TrainReport(setup.detector().name(), setup.params(), setup.seed(), FaultlineVersion.current(),
                source, from == null ? null : new DataRange(from, to), counts, entries);
    }
}
