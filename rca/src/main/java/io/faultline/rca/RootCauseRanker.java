package io.faultline.rca;

import java.util.List;

/** Ranks the components of a case by how likely each is the root cause, best first. */
public interface RootCauseRanker {

    String name();

    /** Ranked causes, best first; empty when there is too little data to say anything. */
    List<RankedCause> rank(RcaCase rcaCase);
}
