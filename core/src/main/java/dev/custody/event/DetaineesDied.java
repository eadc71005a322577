package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.internal.Checks;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * People died: in custody (out of a held account), or while at large (out of an at-large account),
 * into the {@linkplain Account#deadFrom dead account} that keeps where they died out of.
 *
 * <p>Deaths in an attack on a prison are deaths out of its held account, with the attack as their
 * {@linkplain #cause() cause}; deaths over years ("between 2011 and 2015") are one event dated by
 * that period. A death is the only movement that takes people out of the population for good
 * without a destination, and it says so.
 *
 * <p>Invariants: {@code from} is a held or at-large account; the cause, when given, is text that
 * {@link dev.custody.internal.Checks#freeText} accepts.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesDied implements Event permits ImmutableDetaineesDied {

  /** The stable type name. */
  public static final String TYPE = "detainees-died";

  DetaineesDied() {}

  /**
   * Obtains the event, cause not reported.
   *
   * @param id the event's id
   * @param when when they died, possibly a period
   * @param from the held or at-large account they die out of
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is neither held nor at large
   */
  public static DetaineesDied of(EventId id, When when, Account from, Figure size) {
    return ImmutableDetaineesDied.builder().id(id).when(when).from(from).size(size).build();
  }

  /**
   * Obtains the deaths of all of them: everyone {@code from} holds when the ledger applies it ("no
   * one survived the strike"), cause not reported.
   *
   * @param id the event's id
   * @param when when they died, possibly a period
   * @param from the held or at-large account they die out of, empty afterwards
   * @param claims the claims that all of them died, with any number they gave
   * @return the event
   * @throws IllegalArgumentException if {@code from} is neither held nor at large
   */
  public static DetaineesDied allOf(EventId id, When when, Account from, Figure claims) {
    return ImmutableDetaineesDied.builder()
        .id(id)
        .when(when)
        .from(from)
        .size(claims)
        .allOfThem(true)
        .build();
  }

  /**
   * Obtains the event with its cause as the source words it ("killed in an air strike on the
   * prison", "executed").
   *
   * @param id the event's id
   * @param when when they died, possibly a period
   * @param from the held or at-large account they die out of
   * @param size the claims about how many
   * @param cause the cause, as reported
   * @return the event
   * @throws IllegalArgumentException if {@code from} is neither held nor at large, or if the cause
   *     is blank, too long or holds control characters
   */
  public static DetaineesDied of(EventId id, When when, Account from, Figure size, String cause) {
    return ImmutableDetaineesDied.builder()
        .id(id)
        .when(when)
        .from(from)
        .size(size)
        .cause(cause)
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
  public abstract EventId id();

  @Override
  public abstract When when();

  /**
   * Returns the held or at-large account they die out of.
   *
   * @return the account
   */
  public abstract Account from();

  /**
   * Returns the claims about how many died.
   *
   * @return the figure
   */
  public abstract Figure size();

  /**
   * Returns the cause of death as the source words it, when reported.
   *
   * @return the cause, or empty
   */
  public abstract Optional<String> cause();

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

  @Value.Check
  final void check() {
    if (!from().isHeld() && from().kind() != AccountKind.AT_LARGE) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesDied.from (%s) must be a held or at-large account, for %s", from(), id()));
    }
    cause().ifPresent(c -> Checks.freeText("DetaineesDied.cause", c));
  }

  /**
   * Returns the account they enter: dead, keeping the facility and custodian they died out of.
   *
   * @return the account
   */
  public final Account to() {
    return Account.deadFrom(from());
  }

  /**
   * Checks if they died in custody rather than at large.
   *
   * @return true when they die out of a held account
   */
  public final boolean diedInCustody() {
    return from().isHeld();
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(
        allOfThem() ? Movement.allOf(from(), to(), size()) : Movement.of(from(), to(), size()));
  }

  @Override
  public final DetaineesDied withOperation(OperationPart part) {
    return ((ImmutableDetaineesDied) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as its type, id, time, movement and cause.
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
        + cause().map(c -> " (" + Checks.quote(c) + ")").orElse("");
  }

  /** Builds the event; {@code id}, {@code when}, {@code from} and {@code size} are required. */
  public static final class Builder extends ImmutableDetaineesDied.Builder {
    Builder() {}
  }
}
