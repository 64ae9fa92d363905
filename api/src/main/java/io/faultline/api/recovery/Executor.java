package io.faultline.api.recovery;

import io.faultline.rca.RecoveryKind;
import java.util.Set;

/**
 * Carries out recovery actions of some kinds on real infrastructure. Called only after the guard
 * rails allowed the action; an executor checks its own input (names it will put in a URL or a
 * command line) and reports failures as an {@link Outcome} rather than throwing.
 */
public interface Executor {

    /** Short name recorded in the audit log, e.g. {@code kubernetes}. */
    String name();

    /** The recovery kinds this executor carries out. */
    Set<RecoveryKind> kinds();

    /** Carries out the action now; blocks until it is accepted, refused or timed out. */
    Outcome execute(ActionRequest request);
}
