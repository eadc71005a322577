package dev.custody.ledger;

import static java.util.Objects.requireNonNull;

import dev.custody.rules.Verdict;

/**
 * Thrown by {@link AppendResult#orElseThrow()} when the rules rejected what was appended: the
 * verdict, with every violation found, travels with the exception.
 *
 * <p>It is an {@link IllegalArgumentException}: the events given were at fault, and the ledger
 * appended to is unchanged.
 */
public final class EventRejectedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Kept for callers that catch the exception; a verdict is immutable. */
  @SuppressWarnings("serial")
  private final Verdict verdict;

  EventRejectedException(Verdict verdict) {
    super(requireNonNull(verdict, "verdict").toString());
    this.verdict = verdict;
  }

  /**
   * Returns the verdict that rejected the events.
   *
   * @return the verdict, with at least one error
   */
  public Verdict verdict() {
    return verdict;
  }
}
