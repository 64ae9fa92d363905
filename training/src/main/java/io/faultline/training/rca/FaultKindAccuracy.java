package io.faultline.training.rca;

import io.faultline.rca.FaultKind;
import java.util.List;

/**
 * How often the fault kind a ranker gave its top cause matches the injected fault's kind. A case whose
 * ranker named no kind counts as wrong; a case whose truth has no kind cannot be scored and is left out
 * by the caller (see {@link DatasetFaultKinds}).
 *
 * @param cases    cases scored
 * @param correct  cases whose predicted kind equals the true kind
 * @param accuracy {@code correct / cases}
 */
public record FaultKindAccuracy(int cases, int correct, double accuracy) {

    /** One case: the true kind and the kind predicted for the top-ranked cause (null when none). */
    public record Case(FaultKind truth, FaultKind predicted) {
        public Case {
            if (truth == null) {
                throw new IllegalArgumentException("a scored case needs its true fault kind");
            }
        }

        public boolean correct() {
            return truth == predicted;
        }
    }

    public static FaultKindAccuracy of(List<Case> cases) {
        if (cases.isEmpty()) {
            throw new IllegalArgumentException("fault-kind accuracy needs at least one case");
        }
        int correct = (int) cases.stream().filter(Case::correct).count();
        return new FaultKindAccuracy(cases.size(), correct, (double) correct / cases.size());
    }
}
