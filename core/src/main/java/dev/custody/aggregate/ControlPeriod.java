package dev.custody.aggregate;

import com.google.common.collect.ImmutableSet;
import dev.custody.event.ControlState;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A period of a facility's control: one actor holding it, named actors contesting it, nobody after
 * its guards left, or nobody known; from the record that began it to the record that ended it, each
 * with the precision its source gave (an instant, a day, a few days, a month).
 *
 * <p>Invariants: a held period has exactly one actor, its {@linkplain #controller() controller};
 * the other states have none.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ControlPeriod {

  ControlPeriod() {}

  static ControlPeriod create(
      ControlState state,
      ImmutableSet<ActorId> actors,
      EventId began,
      When from,
      Optional<EventId> ended,
      Optional<When> until) {
    return ImmutableControlPeriod.of(state, began, from, ended, until, actors);
  }

  /**
   * Returns what the record that began the period says of control.
   *
   * @return held, contested, abandoned or unknown
   */
  @Value.Parameter(order = 0)
  public abstract ControlState state();

  /**
   * Returns the actors the record names: the controller, the contesting actors, or the actor whose
   * guards left.
   *
   * @return the actors
   */
  @Value.Parameter(order = 5)
  public abstract ImmutableSet<ActorId> actors();

  /**
   * Returns who controlled the facility, for a held period.
   *
   * @return the controller, or empty while it was contested, abandoned or unknown
   */
  public final Optional<ActorId> controller() {
    return state() == ControlState.HELD
        ? Optional.of(actors().iterator().next())
        : Optional.empty();
  }

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
   * 2026-01-21 (Asia/Damascus)", or "contested between sdf, syria-gov from ...".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return describe() + " from " + from() + until().map(u -> " until " + u).orElse(", current");
  }

  /**
   * Returns who held the facility, or what became of its control, in words.
   *
   * @return "sdf", "contested between sdf, syria-gov", "abandoned by sdf", "abandoned" or "control
   *     unknown"
   */
  public final String describe() {
    switch (state()) {
      case HELD:
        return controller().orElseThrow().toString();
      case CONTESTED:
        return "contested between "
            + String.join(", ", actors().stream().map(ActorId::toString).toList());
      case ABANDONED:
        return actors().isEmpty() ? "abandoned" : "abandoned by " + actors().iterator().next();
      default:
        return "control unknown";
    }
  }
}
