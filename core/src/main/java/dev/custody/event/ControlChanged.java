package dev.custody.event;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.OperationPart;
import dev.custody.model.When;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Control of a facility passes from one actor to another: the government takes al-Hol camp after
 * the SDF withdraws.
 *
 * <p>Control is distinct from custody: who controls a site and who holds the people in it can
 * differ. {@linkplain #from() From} names the controller before the change; it is empty when the
 * event records the first known controller. It moves nobody.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract sealed class ControlChanged implements Event permits ImmutableControlChanged {

  /** The stable type name. */
  public static final String TYPE = "control-changed";

  ControlChanged() {}

  /**
   * Obtains a change of control from {@code from} to {@code to}.
   *
   * @param id the event's id
   * @param when when control changed
   * @param facility the facility
   * @param from the controller before
   * @param to the controller after
   * @return the event
   * @throws IllegalArgumentException if {@code from} equals {@code to}
   */
  public static ControlChanged of(
      EventId id, When when, FacilityId facility, ActorId from, ActorId to) {
    return ImmutableControlChanged.of(
        id, when, facility, Optional.of(checkNotNull(from, "from")), to);
  }

  /**
   * Obtains the first known control of a facility.
   *
   * @param id the event's id
   * @param when when {@code to} is known to control it
   * @param facility the facility
   * @param to the controller
   * @return the event
   */
  public static ControlChanged first(EventId id, When when, FacilityId facility, ActorId to) {
    return ImmutableControlChanged.of(id, when, facility, Optional.empty(), to);
  }

  @Override
  @Value.Parameter(order = 0)
  public abstract EventId id();

  @Override
  @Value.Parameter(order = 1)
  public abstract When when();

  /**
   * Returns the facility whose control changes.
   *
   * @return the facility
   */
  @Value.Parameter(order = 2)
  public abstract FacilityId facility();

  /**
   * Returns the controller before the change.
   *
   * @return the previous controller, or empty for the first known control
   */
  @Value.Parameter(order = 3)
  public abstract Optional<ActorId> from();

  /**
   * Returns the controller after the change.
   *
   * @return the new controller
   */
  @Value.Parameter(order = 4)
  public abstract ActorId to();

  @Value.Check
  final void check() {
    if (from().isPresent() && from().get().equals(to())) {
      throw new IllegalArgumentException(
          String.format(
              "ControlChanged.to (%s) must differ from from (%s), for %s",
              to(), from().get(), id()));
    }
  }

  @Override
  public final ImmutableList<Movement> movements() {
    return ImmutableList.of();
  }

  @Override
  public final ControlChanged withOperation(OperationPart part) {
    return ((ImmutableControlChanged) this).copyWithOperation(part);
  }

  @Override
  public final String type() {
    return TYPE;
  }

  /**
   * Returns the event as "control-changed al-hol-taken 2026-01-21 (...): al-hol from sdf to
   * syria-gov".
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
        + facility()
        + from().map(f -> " from " + f).orElse("")
        + " to "
        + to();
  }
}
