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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
    Changes changes = new Changes();
    for (Event event : ledger.events()) {
      if (facility.equals(changedFacility(event))) {
        changes.add(event);
      }
    }
    return changes.timeline(facility);
  }

  /**
   * Builds the control timeline of each of {@code facilities} in one pass over {@code ledger}'s
   * events: the same timelines as {@link #of(Ledger, FacilityId)} for each facility, which reads
   * every event once per facility.
   *
   * @param ledger the ledger
   * @param facilities the facilities, each once
   * @return their timelines, in the order of {@code facilities}, with no periods for a facility
   *     whose control was not recorded
   * @throws NullPointerException if {@code facilities} holds null
   */
  public static ImmutableList<ControlTimeline> ofAll(
      Ledger ledger, Iterable<FacilityId> facilities) {
    checkNotNull(ledger, "ledger");
    checkNotNull(facilities, "facilities");
    Map<FacilityId, Changes> byFacility = new LinkedHashMap<>();
    for (FacilityId facility : facilities) {
      byFacility.putIfAbsent(checkNotNull(facility, "facility"), new Changes());
    }
    for (Event event : ledger.events()) {
      FacilityId facility = changedFacility(event);
      if (facility != null) {
        Changes changes = byFacility.get(facility);
        if (changes != null) {
          changes.add(event);
        }
      }
    }
    ImmutableList.Builder<ControlTimeline> timelines = ImmutableList.builder();
    for (Map.Entry<FacilityId, Changes> entry : byFacility.entrySet()) {
      timelines.add(entry.getValue().timeline(entry.getKey()));
    }
    return timelines.build();
  }

  /**
   * The facility whose control {@code event} records (a change, a handover of custody with control,
   * a source's report of control), or null for any other event.
   */
  private static FacilityId changedFacility(Event event) {
    if (event instanceof ControlChanged change) {
      return change.facility();
    } else if (event instanceof CustodyHandedOver handover && handover.withControl()) {
      return handover.from().facility().orElseThrow();
    } else if (event instanceof ControlReported report) {
      return report.facility();
    }
    return null;
  }

  /** The changes of control of one facility, in ledger order, with the state and actors of each. */
  private static final class Changes {
    private final List<Event> events = new ArrayList<>();
    private final List<ControlState> states = new ArrayList<>();
    private final List<ImmutableSet<ActorId>> actors = new ArrayList<>();

    void add(Event event) {
      events.add(event);
      if (event instanceof ControlChanged change) {
        states.add(ControlState.HELD);
        actors.add(ImmutableSet.of(change.to()));
      } else if (event instanceof CustodyHandedOver handover) {
        states.add(ControlState.HELD);
        actors.add(ImmutableSet.of(handover.receiver()));
      } else {
        ControlReported report = (ControlReported) event;
        states.add(report.state());
        actors.add(report.actors());
      }
    }

    ControlTimeline timeline(FacilityId facility) {
      ImmutableList.Builder<ControlPeriod> periods = ImmutableList.builder();
      for (int i = 0; i < events.size(); i++) {
        Event start = events.get(i);
        Optional<Event> end =
            i + 1 < events.size() ? Optional.of(events.get(i + 1)) : Optional.empty();
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
