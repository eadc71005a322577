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
 * Detainees are moved from one custodian or place to another: 150 fighters from the Hasakah
 * facility held by the SDF to a secure location in Iraq held by the Iraqi government.
 *
 * <p>Both accounts are held accounts of the same cohort. The {@linkplain #carrier() carrier} is who
 * carried out the move when that is neither custodian (U.S. Central Command); the {@linkplain
 * #plan() plan} is the {@link TransferPlanned} event the move carries out, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesTransferred implements PlannedMovement
    permits ImmutableDetaineesTransferred {

  /** The stable type name. */
  public static final String TYPE = "detainees-transferred";

  DetaineesTransferred() {}

  /**
   * Obtains the transfer of {@code size} detainees from one held account to another, carried out
   * under no plan and by no named carrier; {@link #builder()} names those.
   *
   * @param id the event's id
   * @param when when it happened
   * @param from the held account they leave
   * @param to the held account they enter
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if an account is not held, or the two are the same account or
   *     of different cohorts, as {@link #builder()} checks
   */
  public static DetaineesTransferred of(
      EventId id, When when, Account from, Account to, Figure size) {
    return builder().id(id).when(when).from(from).to(to).size(size).build();
  }

  /**
   * Returns a builder. Id, time, from, to and size are required; carrier and plan are optional.
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
   * Returns the held account the detainees leave.
   *
   * @return the account
   */
  public abstract Account from();

  /**
   * Returns the held account the detainees enter.
   *
   * @return the account
   */
  public abstract Account to();

  /**
   * Returns the claims about how many were moved.
   *
   * @return the figure
   */
  public abstract Figure size();

  /**
   * Returns who carried out the move, when that is neither custodian.
   *
   * @return the carrier, or empty
   */
  public abstract Optional<ActorId> carrier();

  /**
   * Returns the plan this move carries out.
   *
   * @return the id of a {@link TransferPlanned} event, or empty
   */
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
    if (!from().isHeld() || !to().isHeld()) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesTransferred from (%s) and to (%s) must both be held accounts, for %s",
              from(), to(), id()));
    }
    Movement.of(from(), to(), size());
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(
        allOfThem() ? Movement.allOf(from(), to(), size()) : Movement.of(from(), to(), size()));
  }

  @Override
  public final MovementKind movementKind() {
    return MovementKind.TRANSFER;
  }

  @Override
  public final DetaineesTransferred withOperation(OperationPart part) {
    return ((ImmutableDetaineesTransferred) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time and movement.
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
        + plan().map(p -> " under " + p).orElse("");
  }

  /** Builds a {@link DetaineesTransferred}; {@link #build()} checks the invariants. */
  public static final class Builder extends ImmutableDetaineesTransferred.Builder {
    Builder() {}
  }
}
