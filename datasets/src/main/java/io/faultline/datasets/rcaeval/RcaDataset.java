package io.faultline.datasets.rcaeval;

import java.util.List;

/** Every case of a data folder held in memory, with the malformed folders and the loader's notes. */
public record RcaDataset(List<RcaCaseData> cases, List<CaseError> errors, List<String> notes) {
    public RcaDataset {
        cases = List.copyOf(cases);
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** How many case folders were malformed and skipped. */
    public int malformed() {
        return errors.size();
    }
}
