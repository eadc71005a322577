package dev.custody.aggregate;

import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One actor's control of a facility: from the change that gave it control to the change that took
 * it away, each with the precision its source gave (an instant, a day, a few days, a month).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ControlPeriod {

  ControlPeriod() {}

  static ControlPeriod create(
      ActorId controller, EventId began, When from, Optional<EventId> ended, Optional<When> until) {
    return ImmutableControlPeriod.of(controller, began, from, ended, until);
  }

  /**
   * Returns who controlled the facility.
   *
   * @return the controller
   */
  @Value.Parameter(order = 0)
  public abstract ActorId controller();

  /**
   * Returns the change of control that began the period.
   *
   * @return its id
   */
  @Value.Parameter(order = 1)
  public abstract EventId began();

  /**
   * Returns when control began, as precisely as it was reported.
   *
   * @return the time of the change
   */
  @Value.Parameter(order = 2)
  public abstract When from();

  /**
   * Returns the change of control that ended the period.
   *
   * @return its id, empty while the period lasts
   */
  @Value.Parameter(order = 3)
  public abstract Optional<EventId> ended();

  /**
   * Returns when control ended, as precisely as it was reported.
   *
   * @return the time of the next change, empty while the period lasts
   */
  @Value.Parameter(order = 4)
  public abstract Optional<When> until();

  /**
   * Checks if the period lasts: no later change is recorded.
   *
   * @return true if it has no end
   */
  public final boolean isCurrent() {
    return ended().isEmpty();
  }

  /**
   * Returns the period as "sdf from 2019-01-01 to 2019-04-30 (Asia/Damascus) until 2026-01-20 to
   * 2026-01-21 (Asia/Damascus)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return controller() + " from " + from() + until().map(u -> " until " + u).orElse(", current");
  }
}
