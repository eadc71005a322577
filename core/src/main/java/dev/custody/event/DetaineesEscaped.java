package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * Detainees escape from custody: a breakout from al-Shaddadi prison, with the claims of how many
 * (over 1,000; around 150; as many as 200). The escapees move to the at-large account of the
 * facility they left, or of no facility when the place is not reported.
 *
 * <p><b>From several prisons at once.</b> One figure may cover escapes from several held accounts,
 * its split unknown ("500 escaped from both prisons"): {@link #jointly} makes a joint escape, whose
 * {@link #size()} is the figure over all its {@linkplain #origins() origins} together, each moving
 * to its own at-large account; the ledger bounds what each part moved from the balances of the
 * origins (the ledger's {@code JointSplit}).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesEscaped implements Event permits ImmutableDetaineesEscaped {

  /** The stable type name. */
  public static final String TYPE = "detainees-escaped";

  DetaineesEscaped() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when it happened
   * @param from the held account they escape from
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static DetaineesEscaped of(EventId id, When when, Account from, Figure size) {
    return ImmutableDetaineesEscaped.of(id, when, from, size);
  }

  /**
   * Obtains the escape of all of them: everyone {@code from} holds when the ledger applies it ("the
   * prison was emptied").
   *
   * @param id the event's id
   * @param when when it happened
   * @param from the held account they escape from, empty afterwards
   * @param claims the claims that all of them escaped, with any number they gave
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static DetaineesEscaped allOf(EventId id, When when, Account from, Figure claims) {
    return ImmutableDetaineesEscaped.builder()
        .id(id)
        .when(when)
        .from(from)
        .size(claims)
        .allOfThem(true)
        .build();
  }

  /**
   * Obtains a joint escape: {@code size} people escaped from {@code origins} together, how many
   * from each unknown ("500 escaped from both prisons").
   *
   * @param id the event's id
   * @param when when it happened
   * @param origins the held accounts they escaped from, at least two, each once
   * @param size the claims about how many escaped from all of them together
   * @return the event
   * @throws IllegalArgumentException if fewer than two origins are given, one is not held, or one
   *     is named twice
   */
  public static DetaineesEscaped jointly(
      EventId id, When when, ImmutableList<Account> origins, Figure size) {
    JointOrigins.checkJoint("DetaineesEscaped", id, when, origins, size);
    return builder()
        .id(id)
        .when(when)
        .from(origins.get(0))
        .addAllAlsoFrom(origins.subList(1, origins.size()))
        .size(size)
        .build();
  }

  /**
   * Returns a builder, for an event of all of them or with more than the factories give.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the held account they escape from.
   *
   * @return the account
   */
  @Value.Parameter(order = 2)
  public abstract Account from();

  /**
   * Returns the claims about how many.
   *
   * @return the figure
   */
  @Value.Parameter(order = 3)
  public abstract Figure size();

  /**
   * Checks if the event moves all of them: everyone its {@code from} account holds when the ledger
   * applies it, whatever that balance is ("every inmate", "the prison was emptied"); the account
   * holds exactly 0 afterwards, and {@link #size()} keeps the claims of those who said so.
   *
   * @return true for all of them, false (the default) for the number {@link #size()} gives
   */
  @Value.Default
  public boolean allOfThem() {
    return false;
  }

  /**
   * Returns the other held accounts of a joint escape, whose one figure covers them and {@link
   * #from()} together ("500 escaped from both prisons"); empty for an escape from one account.
   *
   * @return the other origins, each held and named once
   */
  public abstract ImmutableList<Account> alsoFrom();

  /**
   * Returns every account they escaped from: {@link #from()}, then {@link #alsoFrom()}.
   *
   * @return the origins
   */
  public final ImmutableList<Account> origins() {
    return JointOrigins.origins(from(), alsoFrom());
  }

  /**
   * Checks if the escape is joint: one figure over several origins, its split unknown.
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
          String.format("DetaineesEscaped.from (%s) must be a held account, for %s", from(), id()));
    }
    JointOrigins.check("DetaineesEscaped", id(), from(), alsoFrom(), allOfThem());
  }

  /**
   * Returns the account the people enter: at large from the same facility, or at large when no
   * facility is reported.
   *
   * @return the account
   */
  public final Account to() {
    return atLargeFrom(from());
  }

  private static Account atLargeFrom(Account held) {
    return held.facility()
        .map(f -> Account.atLargeFrom(f, held.cohort()))
        .orElse(Account.atLarge(held.cohort()));
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return JointOrigins.movements(
        from(), alsoFrom(), size(), allOfThem(), DetaineesEscaped::atLargeFrom);
  }

  @Override
  public final DetaineesEscaped withOperation(OperationPart part) {
    return ((ImmutableDetaineesEscaped) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time and movement, or its joint figure and origins.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return TYPE + " " + id() + " " + when() + ": " + JointOrigins.describe(movements());
  }

  /** Builds the event; {@code id}, {@code when}, {@code from} and {@code size} are required. */
  public static final class Builder extends ImmutableDetaineesEscaped.Builder {
    Builder() {}
  }
}
