package io.faultline.datasets.rcaeval;

import java.util.List;

/**
 * What a pass over a data folder found: how many cases were loaded, the malformed ones by name, and notes
 * about choices the loader made on the way (e.g. a PetShop scenario without a normal-period recording).
 */
public record LoadReport(int loaded, List<CaseError> errors, List<String> notes) {
    public LoadReport {
        if (loaded < 0) {
            throw new IllegalArgumentException("loaded must be >= 0, was " + loaded);
        }
        errors = List.copyOf(errors);
        notes = List.copyOf(notes);
    }

    /** How many case folders were malformed and skipped. */
    public int malformed() {
        return errors.size();
    }
}
