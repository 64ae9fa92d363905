package io.faultline.models.ensemble;

import io.faultline.models.likelihood.SavedBase;
import java.util.List;

/** The fitted members as a model file holds them, in the order of the params' members. */
public record MaxEnsembleState(List<SavedBase> members) {

    public MaxEnsembleState {
        if (members == null || members.isEmpty()) {
            throw new IllegalArgumentException("members are required");
        }
        members = List.copyOf(members);
    }
}
