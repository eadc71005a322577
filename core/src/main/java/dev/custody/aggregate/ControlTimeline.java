package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.FacilityId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who controlled a facility, from when to when: the periods between its recorded changes of
 * control, in ledger order, each change with its own precision.
 *
 * <p>A change known only to a few days leaves both controllers plausible within those days; {@link
 * #controllerAt(Instant)} answers as {@link Ledger#controllerAt(FacilityId, Instant)} does, with
 * the controller after the last change certainly done by the instant. al-Hol was the SDF's on
 * 2026-01-20, while its takeover on the 20th or 21st was not yet certain, and the government's on
 * the 22nd.
 *
 * <p>Periods follow the ledger's order, by the end of each change's time. When two changes of the
 * same facility have overlapping times, that order is no proof of which came first (the ledger
 * warns, under {@code CUS-003}), and the timeline shows the ledger's reading of them.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class ControlTimeline {

  ControlTimeline() {}

  /**
   * Builds the control timeline of {@code facility} from every change of its control in {@code
   * ledger}, handovers of custody with control and sources' reports of control (held, contested,
   * abandoned, unknown) among them.
   *
   * @param ledger the ledger
   * @param facility the facility
   * @return the timeline, with no periods when no control was recorded
   */
  public static ControlTimeline of(Ledger ledger, FacilityId facility) {
    checkNotNull(ledger, "ledger");
    checkNotNull(facility, "facility");
    List<Event> changes = new ArrayList<>();
    List<ControlState> states = new ArrayList<>();
    List<ImmutableSet<ActorId>> actors = new ArrayList<>();
    for (Event event : ledger.events()) {
      if (event instanceof ControlChanged change && change.facility().equals(facility)) {
        changes.add(change);
        states.add(ControlState.HELD);
        actors.add(ImmutableSet.of(change.to()));
      } else if (event instanceof CustodyHandedOver handover
          && handover.withControl()
          && handover.from().facility().orElseThrow().equals(facility)) {
        changes.add(handover);
        states.add(ControlState.HELD);
        actors.add(ImmutableSet.of(handover.receiver()));
      } else if (event instanceof ControlReported report && report.facility().equals(facility)) {
        changes.add(report);
        states.add(report.state());
        actors.add(report.actors());
      }
    }
    ImmutableList.Builder<ControlPeriod> periods = ImmutableList.builder();
    for (int i = 0; i < changes.size(); i++) {
      Event start = changes.get(i);
      Optional<Event> end =
          i + 1 < changes.size() ? Optional.of(changes.get(i + 1)) : Optional.empty();
      periods.add(
          ControlPeriod.create(
              states.get(i),
              actors.get(i),
              start.id(),
              start.when(),
              end.map(Event::id),
              end.map(Event::when)));
    }
    return ImmutableControlTimeline.of(facility, periods.build());
  }

  /**
   * Returns the facility.
   *
   * @return its id
   */
  @Value.Parameter(order = 0)
  public abstract FacilityId facility();

  /**
   * Returns the periods of control, earliest first; each but the last ends where the next begins.
   *
   * @return the periods
   */
  @Value.Parameter(order = 1)
  public abstract ImmutableList<ControlPeriod> periods();

  /**
   * Returns the period in force at {@code instant}: the one begun by the last change certainly done
   * by then.
   *
   * @param instant the instant
   * @return the period, or empty before the first recorded change
   */
  public final Optional<ControlPeriod> periodAt(Instant instant) {
    checkNotNull(instant, "instant");
    ControlPeriod found = null;
    for (ControlPeriod period : periods()) {
      if (period.from().isCertainlyBy(instant)) {
        found = period;
      }
    }
    return Optional.ofNullable(found);
  }

  /**
   * Returns who controlled the facility at {@code instant}.
   *
   * @param instant the instant
   * @return the controller, or empty before the first recorded change and while control was
   *     contested, abandoned or unknown
   */
  public final Optional<ActorId> controllerAt(Instant instant) {
    return periodAt(instant).flatMap(ControlPeriod::controller);
  }

  /**
   * Returns the current period: the last one.
   *
   * @return the period, or empty when no control was recorded
   */
  public final Optional<ControlPeriod> current() {
    return periods().isEmpty()
        ? Optional.empty()
        : Optional.of(periods().get(periods().size() - 1));
  }

  /**
   * Returns the timeline as "control of al-hol" followed by one line per period.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("control of ").append(facility());
    if (periods().isEmpty()) {
      text.append(": not recorded");
    }
    periods().forEach(p -> text.append("\n  ").append(p));
    return text.toString();
  }
}
