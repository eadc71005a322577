package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * A sourced count of the people held in a {@link CensusScope} at a time: "about 9,000 still held in
 * Syria, according to a U.S. military official".
 *
 * <p>A census moves nobody. A census of a single account sets that account's balance: it is how
 * opening balances enter a ledger, the people counted coming from outside the record. A census of a
 * wider scope is a check: a rule reports it when it cannot agree with the balances it covers. An
 * account that no census covers is unknown, {@code 0..unbounded}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class CensusTaken implements Event permits ImmutableCensusTaken {

  /** The stable type name. */
  public static final String TYPE = "census-taken";

  CensusTaken() {}

  /**
   * Obtains a census.
   *
   * @param id the event's id
   * @param when when the count holds
   * @param scope what is counted
   * @param count the claims about how many
   * @return the census
   */
  public static CensusTaken of(EventId id, When when, CensusScope scope, Figure count) {
    return ImmutableCensusTaken.of(id, when, scope, count);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns what is counted.
   *
   * @return the scope
   */
  @Value.Parameter(order = 2)
  public abstract CensusScope scope();

  /**
   * Returns the claims about how many are held in the scope.
   *
   * @return the count
   */
  @Value.Parameter(order = 3)
  public abstract Figure count();

  /** A census moves nobody: it sets or checks balances. */
  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final CensusTaken withOperation(OperationPart part) {
    return ((ImmutableCensusTaken) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as "census-taken al-hol-count 2026-01-20 (Asia/Damascus): [scope] about ...".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE + " " + id() + " " + when() + ": " + scope() + " " + count().envelope();
  }
}
