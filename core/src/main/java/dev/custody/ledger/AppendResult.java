package dev.custody.ledger;

import dev.custody.model.CustodyStyle;
import dev.custody.rules.Verdict;
import org.immutables.value.Value;

/**
 * What appending an event to a {@link Ledger} gave: the verdict, and the ledger that follows, which
 * is the new ledger when the verdict accepts the event and the unchanged one when it does not.
 *
 * <p>Unlike the other value types, its hash code is not computed at construction: a ledger's hash
 * reads every event, and an append must cost the same at any length.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(prehash = false)
@CustodyStyle
public abstract class AppendResult {

  AppendResult() {}

  static AppendResult of(Verdict verdict, Ledger ledger) {
    return ImmutableAppendResult.of(verdict, ledger);
  }

  /**
   * Returns every violation found in the event, and, for an event dated before others, in the
   * events after it, which were checked again.
   *
   * @return the verdict
   */
  @Value.Parameter(order = 0)
  public abstract Verdict verdict();

  /**
   * Returns the ledger with the event when it was accepted, or the ledger appended to when it was
   * rejected.
   *
   * @return the ledger
   */
  @Value.Parameter(order = 1)
  public abstract Ledger ledger();

  /**
   * Checks if the event was accepted.
   *
   * @return true if the verdict holds no error
   */
  public final boolean isAccepted() {
    return verdict().isAccepted();
  }

  /**
   * Returns the new ledger, or throws when the rules rejected the event: for scripts, notebooks and
   * tests that build a ledger from events they know to be valid, and want a mistake to stop them.
   * Warnings do not throw.
   *
   * @return the ledger with the event
   * @throws EventRejectedException if the verdict holds an error; it carries the verdict
   */
  public final Ledger orElseThrow() {
    if (!isAccepted()) {
      throw new EventRejectedException(verdict());
    }
    return ledger();
  }

  /**
   * Returns the result as its verdict.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return verdict().toString();
  }
}
