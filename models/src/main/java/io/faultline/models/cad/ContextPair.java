package io.faultline.models.cad;

/** A potential context: its left facts (past facts and active neurons) and its right facts (the current value's). */
record ContextPair(FactSet left, FactSet right) {
}
