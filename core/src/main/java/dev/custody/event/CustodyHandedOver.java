package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Custody passes to another custodian while nobody moves: a facility changes hands with its
 * inmates, or one force takes over detainees held inside another's prison.
 *
 * <p>The people leave the held account of the custodian handing them over and enter the held
 * account of the {@linkplain #receiver() receiver} at the same place. When a force takes a prison
 * and its guards flee, custody of the inmates passes {@linkplain #withControl() with control} of
 * the facility in the same event, so they are never left "held by" the force that fled. The
 * handover may carry out a {@link TransferPlanned plan} for handovers (a facility handed over under
 * an agreement).
 *
 * <p>Invariants: {@code from} is a held account; the receiver is not its custodian; custody passes
 * with control only at a named facility.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class CustodyHandedOver implements PlannedMovement
    permits ImmutableCustodyHandedOver {

  /** The stable type name. */
  public static final String TYPE = "custody-handed-over";

  CustodyHandedOver() {}

  /**
   * Obtains a handover of custody alone: control of the place, if any, is not part of it.
   *
   * @param id the event's id
   * @param when when custody passed
   * @param from the held account of the custodian handing them over
   * @param receiver the custodian receiving them
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not held, or is held by {@code receiver}
   */
  public static CustodyHandedOver of(
      EventId id, When when, Account from, ActorId receiver, Figure size) {
    return builder().id(id).when(when).from(from).receiver(receiver).size(size).build();
  }

  /**
   * Returns a builder, for a handover with control or under a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public abstract EventId id();

  @Override
  public abstract When when();

  /**
   * Returns the held account of the custodian handing them over.
   *
   * @return the account
   */
  @Override
  public abstract Account from();

  /**
   * Returns the custodian receiving them.
   *
   * @return the receiver
   */
  public abstract ActorId receiver();

  /**
   * Returns the claims about how many.
   *
   * @return the figure
   */
  @Override
  public abstract Figure size();

  /**
   * Returns whether control of the facility passes to the receiver in the same event.
   *
   * @return true when the receiver takes the facility with its inmates; false by default
   */
  @Value.Default
  public boolean withControl() {
    return false;
  }

  @Override
  public abstract Optional<EventId> plan();

  /**
   * Checks if the event moves all of them: everyone its {@code from} account holds when the ledger
   * applies it, whatever that balance is ("every inmate", "the prison was emptied"); the account
   * holds exactly 0 afterwards, and {@link #size()} keeps the claims of those who said so.
   *
   * @return true for all of them, false (the default) for the number {@link #size()} gives
   */
  @Override
  @Value.Default
  public boolean allOfThem() {
    return false;
  }

  @Value.Check
  final void check() {
    if (!from().isHeld()) {
      throw new IllegalArgumentException(
          String.format(
              "CustodyHandedOver.from (%s) must be a held account, for %s", from(), id()));
    }
    if (from().custodian().orElseThrow().equals(receiver())) {
      throw new IllegalArgumentException(
          String.format(
              "CustodyHandedOver.receiver (%s) must differ from the custodian of from, for %s",
              receiver(), id()));
    }
    if (withControl() && from().facility().isEmpty()) {
      throw new IllegalArgumentException(
          String.format(
              "CustodyHandedOver.withControl (true) needs from (%s) to name a facility, for %s",
              from(), id()));
    }
  }

  /**
   * Returns the account the people enter: held by the receiver at the same place.
   *
   * @return the account
   */
  @Override
  public final Account to() {
    Account from = from();
    if (from.facility().isPresent()) {
      return Account.heldAt(receiver(), from.facility().get(), from.cohort());
    }
    if (from.country().isPresent()) {
      return Account.heldIn(receiver(), from.country().get(), from.cohort());
    }
    return Account.held(receiver(), from.cohort());
  }

  @Override
  public final MovementKind movementKind() {
    return MovementKind.HANDOVER;
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(
        allOfThem() ? Movement.allOf(from(), to(), size()) : Movement.of(from(), to(), size()));
  }

  @Override
  public final CustodyHandedOver withOperation(OperationPart part) {
    return ((ImmutableCustodyHandedOver) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time and movement, with control and plan.
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
        + ": "
        + movements().get(0)
        + (withControl() ? " with control of " + from().facility().orElseThrow() : "")
        + plan().map(p -> " under " + p).orElse("");
  }

  /** Builds the event; {@code id}, {@code when}, {@code from}, {@code receiver}, {@code size}. */
  public static final class Builder extends ImmutableCustodyHandedOver.Builder {
    Builder() {}
  }
}
