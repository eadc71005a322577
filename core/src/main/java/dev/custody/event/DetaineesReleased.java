package dev.custody.event;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.When;
import org.immutables.value.Value;

/**
 * Detainees are released from custody: they move from a held account to the released account of
 * their cohort.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class DetaineesReleased implements Event permits ImmutableDetaineesReleased {

  /** The stable type name. */
  public static final String TYPE = "detainees-released";

  DetaineesReleased() {}

  /**
   * Obtains the event.
   *
   * @param id the event's id
   * @param when when it happened
   * @param from the held account they leave
   * @param size the claims about how many
   * @return the event
   * @throws IllegalArgumentException if {@code from} is not a held account
   */
  public static DetaineesReleased of(EventId id, When when, Account from, Figure size) {
    return ImmutableDetaineesReleased.of(id, when, from, size);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the held account they leave.
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

  @Value.Check
  final void check() {
    if (from().kind() != AccountKind.HELD) {
      throw new IllegalArgumentException(
          String.format(
              "DetaineesReleased.from (%s) must be a held account, for %s", from(), id()));
    }
  }

  /**
   * Returns the account the people enter: released.
   *
   * @return the account
   */
  public final Account to() {
    return Account.released(from().cohort());
  }

  /** Computed once, on first use: ledgers read it for every check and every replay. */
  @Override
  @Value.Lazy
  public ImmutableList<Movement> movements() {
    return ImmutableList.of(Movement.of(from(), to(), size()));
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
