package dev.custody.rules;

/** How serious a {@link Violation} is. */
public enum Severity {
  /** The event contradicts the record; a ledger rejects it. */
  ERROR,
  /** The event is doubtful, or the sources disagree; a ledger accepts it and says so. */
  WARNING
}
