package io.faultline.models.cad;

import java.util.Arrays;

/** A sorted set of facts as a map key: CAD-OSE keys its semi-contexts by the tuple of their facts. */
record FactSet(int[] facts, int hash) {

    static FactSet of(int[] facts) {
        return new FactSet(facts, Arrays.hashCode(facts));
    }

    int size() {
        return facts.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FactSet f && hash == f.hash && Arrays.equals(facts, f.facts);
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return Arrays.toString(facts);
    }
}
