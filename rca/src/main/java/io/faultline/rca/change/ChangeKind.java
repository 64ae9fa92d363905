package io.faultline.rca.change;

/** What kind of change was made to a component. Only a {@code DEPLOY} can be rolled back by a suggestion. */
public enum ChangeKind { DEPLOY, CONFIG, SCALE, OTHER }
