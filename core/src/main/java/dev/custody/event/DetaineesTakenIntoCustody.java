package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * People come into custody from outside it: arrested, captured, surrendered or born in a camp. They
 * move from the {@linkplain Account#outside outside} account of their cohort to a held account.
 *
 * <p>An intake is one of the two ways a ledger's population grows without a census (the other is
 * nothing: deaths only shrink it), and it says so: its {@linkplain #how() kind} is part of the
 * record. The fighters and families who surrendered at the fall of an enclave are intakes into the
 * custody of the force that took them.
 *
 * <p>Invariants: {@code to} is a held account.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesTakenIntoCustody implements Event
    permits ImmutableDetaineesTakenIntoCustody {

  /** The stable type name. */
  public static final String TYPE = "detainees-taken-into-custody";

  DetaineesTakenIntoCustody() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when it happened, possibly a period ("during the siege")
   * @param to the held account they enter
   * @param how how they came into custody
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code to} is not a held account
   */
  public static DetaineesTakenIntoCustody of(
      EventId id, When when, Account to, IntakeKind how, Figure size) {
    return ImmutableDetaineesTakenIntoCustody.of(id, when, to, how, size);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the held account they enter.
   *
   * @return the account
   */
  @Value.Parameter(order = 2)
  public abstract Account to();

  /**
   * Returns how they came into custody.
   *
   * @return the kind of intake
   */
  @Value.Parameter(order = 3)
  public abstract IntakeKind how();

  /**
   * Returns the claims about how many.
   *
   * @return the figure
   */
  @Value.Parameter(order = 4)
  public abstract Figure size();

  @Value.Check
  final void check() {
    if (!to().isHeld()) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesTakenIntoCustody.to (%s) must be a held account, for %s", to(), id()));
    }
  }

  /**
   * Returns the account they come from: outside the system.
   *
   * @return the outside account of their cohort
   */
  public final Account from() {
    return Account.outside(to().cohort());
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(Movement.of(from(), to(), size()));
  }

  @Override
  public final DetaineesTakenIntoCustody withOperation(OperationPart part) {
    return ((ImmutableDetaineesTakenIntoCustody) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time, kind of intake and movement.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE
        + " "
        + id()
        + " "
        + when()
        + " ("
        + how().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
        + "): "
        + movements().get(0);
  }
}
