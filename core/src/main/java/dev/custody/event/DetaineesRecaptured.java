package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * Escaped detainees are caught again: 81 of the al-Shaddadi escapees, held by the Syrian government
 * at a place not reported.
 *
 * <p>They move from an at-large account to a held account of the same cohort; the custodian of that
 * account is who recaptured them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesRecaptured implements Event
    permits ImmutableDetaineesRecaptured {

  /** The stable type name. */
  public static final String TYPE = "detainees-recaptured";

  DetaineesRecaptured() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when they were recaptured
   * @param from the at-large account they leave
   * @param to the held account they enter
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not at large or {@code to} is not held
   */
  public static DetaineesRecaptured of(
      EventId id, When when, Account from, Account to, Figure size) {
    return ImmutableDetaineesRecaptured.of(id, when, from, to, size);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the at-large account the recaptured leave.
   *
   * @return the account
   */
  @Value.Parameter(order = 2)
  public abstract Account from();

  /**
   * Returns the held account the recaptured enter.
   *
   * @return the account
   */
  @Value.Parameter(order = 3)
  public abstract Account to();

  /**
   * Returns the claims about how many were recaptured.
   *
   * @return the figure
   */
  @Value.Parameter(order = 4)
  public abstract Figure size();

  @Value.Check
  final void check() {
    if (from().kind() != AccountKind.AT_LARGE || !to().isHeld()) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesRecaptured from (%s) must be at large and to (%s) held, for %s",
              from(), to(), id()));
    }
    Movement.of(from(), to(), size());
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(Movement.of(from(), to(), size()));
  }

  @Override
  public final DetaineesRecaptured withOperation(OperationPart part) {
    return ((ImmutableDetaineesRecaptured) this).copyWithOperation(part);
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
    return TYPE + " " + id() + " " + when() + ": " + movements().get(0);
  }
}
