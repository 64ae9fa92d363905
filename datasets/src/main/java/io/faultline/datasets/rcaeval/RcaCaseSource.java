package io.faultline.datasets.rcaeval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A loader of labelled root-cause cases from one benchmark layout. Cases come out in a stable order (folder
 * names compared with digit runs as numbers, so {@code issue_2} before {@code issue_10}). A malformed case
 * folder never stops the load: it is reported by name in the {@link LoadReport} and skipped.
 */
public interface RcaCaseSource {

    /**
     * Reads the cases under {@code root} one at a time and hands each to {@code sink}, so that a large set
     * need not fit in memory. An exception thrown by the sink is not caught.
     *
     * @throws io.faultline.ingest.InvalidInputException when {@code root} is not a readable folder
     */
    LoadReport forEachCase(Path root, Consumer<RcaCaseData> sink);

    /** Every case under {@code root}, in memory. */
    default RcaDataset load(Path root) {
        List<RcaCaseData> cases = new ArrayList<>();
        LoadReport report = forEachCase(root, cases::add);
        return new RcaDataset(cases, report.errors(), report.notes());
    }
}
