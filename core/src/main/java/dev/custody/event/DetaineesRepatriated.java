package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.ActorId;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Detainees are repatriated from custody to their countries: they move from a held account to the
 * repatriated account of their cohort, which keeps the facility and custodian they left and, when
 * reported, the country they were repatriated to.
 *
 * <p>Two prisons emptied on one night are two events and stay two balances, since each repatriated
 * account keeps its origin. The event may name who carried it out (a government, a humanitarian
 * organisation) and the {@link TransferPlanned plan} it carries out; it counts toward that plan
 * when the plan is for this kind of movement and admits its origin and cohort.
 *
 * <p><b>From several accounts at once.</b> One figure may cover several held accounts, its split
 * unknown ("a flight of 120 children, women and men"): {@link #jointly} makes a joint event, whose
 * {@link #size()} is the figure over all its {@linkplain #origins() origins} together, each part
 * moving to its own repatriated account; the ledger bounds what each part moved from the balances
 * of the origins (the ledger's {@code JointSplit}). A joint event names no plan.
 *
 * <p>Invariants: {@code from} is a held account; the other origins are held, each named once, and
 * neither a plan nor all of them goes with them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesRepatriated implements PlannedMovement
    permits ImmutableDetaineesRepatriated {

  /** The stable type name. */
  public static final String TYPE = "detainees-repatriated";

  DetaineesRepatriated() {}

  /**
   * Obtains the event with no destination, no one named as carrying it out and no plan.
   *
   * @param id the event's id
   * @param when when it happened
   * @param from the held account they leave
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static DetaineesRepatriated of(EventId id, When when, Account from, Figure size) {
    return builder().id(id).when(when).from(from).size(size).build();
  }

  /**
   * Obtains a joint event: {@code size} people repatriated from {@code origins} together, how many
   * from each unknown ("a flight of 120 children, women and men").
   *
   * @param id the event's id
   * @param when when it happened
   * @param origins the held accounts they left, at least two, each once
   * @param size the claims about how many left all of them together
   * @return the event
   * @throws IllegalArgumentException if fewer than two origins are given, one is not held, or one
   *     is named twice
   */
  public static DetaineesRepatriated jointly(
      EventId id, When when, ImmutableList<Account> origins, Figure size) {
    JointOrigins.checkJoint("DetaineesRepatriated", id, when, origins, size);
    return builder()
        .id(id)
        .when(when)
        .from(origins.get(0))
        .addAllAlsoFrom(origins.subList(1, origins.size()))
        .size(size)
        .build();
  }

  /**
   * Returns a builder, for an event with a destination, a plan or who carried it out.
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
   * Returns the held account they leave.
   *
   * @return the account
   */
  @Override
  public abstract Account from();

  /**
   * Returns the claims about how many.
   *
   * @return the figure
   */
  @Override
  public abstract Figure size();

  /**
   * Returns the country they were repatriated to, when reported.
   *
   * @return the destination, or empty
   */
  public abstract Optional<CountryCode> destination();

  /**
   * Returns who carried it out, when reported: the custodian, a receiving government, an
   * organisation that escorted them.
   *
   * @return the actor, or empty
   */
  public abstract Optional<ActorId> carriedOutBy();

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

  /**
   * Returns the other held accounts of a joint event, whose one figure covers them and {@link
   * #from()} together ("a flight of 120 children, women and men"); empty for an event of one
   * account.
   *
   * @return the other origins, each held and named once
   */
  public abstract ImmutableList<Account> alsoFrom();

  /**
   * Returns every account they left: {@link #from()}, then {@link #alsoFrom()}.
   *
   * @return the origins
   */
  public final ImmutableList<Account> origins() {
    return JointOrigins.origins(from(), alsoFrom());
  }

  /**
   * Checks if the event is joint: one figure over several origins, its split unknown.
   *
   * @return true when {@link #alsoFrom()} names another origin
   */
  public final boolean isJoint() {
    return !alsoFrom().isEmpty();
  }

  @Value.Check
  final void check() {
    if (from().kind() != AccountKind.HELD) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesRepatriated.from (%s) must be a held account, for %s", from(), id()));
    }
    JointOrigins.check("DetaineesRepatriated", id(), from(), alsoFrom(), allOfThem());
    if (!alsoFrom().isEmpty() && plan().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesRepatriated.plan (%s) must be empty for a joint movement from %s, for %s: each origin"
                  + " a plan admits is one event",
              plan().get(), origins(), id()));
    }
  }

  /**
   * Returns the account the people enter: repatriated, keeping the facility and custodian they
   * left, and the destination when reported.
   *
   * @return the account
   */
  @Override
  public final Account to() {
    return destination().isPresent()
        ? Account.repatriatedFrom(from(), destination().get())
        : Account.repatriatedFrom(from());
  }

  /** The account those leaving {@code origin} enter, with this event's destination. */
  private Account toFrom(Account origin) {
    return destination().isPresent()
        ? Account.repatriatedFrom(origin, destination().get())
        : Account.repatriatedFrom(origin);
  }

  @Override
  public final MovementKind movementKind() {
    return MovementKind.REPATRIATION;
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return JointOrigins.movements(from(), alsoFrom(), size(), allOfThem(), this::toFrom);
  }

  @Override
  public final DetaineesRepatriated withOperation(OperationPart part) {
    return ((ImmutableDetaineesRepatriated) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time and movement, who carried it out and its plan.
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
        + JointOrigins.describe(movements())
        + carriedOutBy().map(a -> " by " + a).orElse("")
        + plan().map(p -> " under " + p).orElse("");
  }

  /** Builds the event; {@code id}, {@code when}, {@code from} and {@code size} are required. */
  public static final class Builder extends ImmutableDetaineesRepatriated.Builder {
    Builder() {}
  }
}
