package dev.custody.aggregate;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.MovementKind;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.World;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the running totals of a plan say left a census's population beyond the movements recorded
 * one by one: "150 flown to Iraq on the 21st" is recorded, "more than 5,700 transferred by 12
 * February" is a running total of the same plan, and the census of those still held in Syria is
 * carried forward through both.
 *
 * <p>Only a plan every movement of which leaves the census's scope counts: every origin the plan
 * admits lies within the scope (its cohort within the scope's cohort, its named facilities and its
 * origin country within the scope's place, no custodian asked for), and where it takes people does
 * not (a release or a repatriation always; a transfer when the plan names its destination and that
 * lies outside the scope). For such a plan, what was known to have moved under it by the census is
 * {@code before}: its latest running total before the census, or none, plus the movements under it
 * recorded after that total. After the census, its latest running total {@code R} counts, beside
 * {@code before}, the movements under the plan recorded between the census and {@code R} (which the
 * population has already lost one by one) and the rest, unrecorded: {@code R - before - recorded},
 * by interval arithmetic and clipped at zero. Running totals of a plan reported before the last
 * recorded movement still count: a movement recorded after {@code R} is not in {@code R}, and is
 * subtracted on its own.
 *
 * <p>Mutable, confined to one computation: fed the events before the census, then those after it,
 * in ledger order.
 */
final class PlanDepartures {
  private final CensusTaken census;
  private final World world;
  private final Reading reading;
  private final Map<EventId, Track> tracks = new LinkedHashMap<>();
  private boolean afterCensus;

  /** What is known of one plan's movements. */
  private static final class Track {
    /** Known to have moved under the plan by the census. */
    Estimate before = Estimate.exactly(0);

    /** Recorded to have left the population under the plan since the census. */
    Estimate recordedSince = Estimate.exactly(0);

    /** The latest running total of the plan after the census, null before the first. */
    @Nullable RunningTotalReported latest;

    /** {@link #recordedSince} when {@link #latest} was reported. */
    Estimate recordedAtLatest = Estimate.exactly(0);
  }

  PlanDepartures(CensusTaken census, World world, Reading reading) {
    this.census = census;
    this.world = world;
    this.reading = reading;
  }

  /** From now on, the events fed come after the census. */
  void censusTaken() {
    afterCensus = true;
  }

  /**
   * Takes in an event: a plan that leaves the scope starts a track; a running total of a tracked
   * plan becomes its latest word; before the census, a movement under a tracked plan adds to what
   * was known to have moved by then.
   */
  void accept(Event event) {
    if (event instanceof TransferPlanned plan) {
      if (leavesScope(plan)) {
        tracks.put(plan.id(), new Track());
      }
    } else if (event instanceof RunningTotalReported total && total.plan().isPresent()) {
      Track track = tracks.get(total.plan().get());
      if (track == null) {
        return;
      }
      if (afterCensus) {
        track.latest = total;
        track.recordedAtLatest = track.recordedSince;
      } else {
        track.before = reading.of(total.total());
      }
    } else if (!afterCensus && event instanceof PlannedMovement movement) {
      Track track = movement.plan().map(tracks::get).orElse(null);
      if (track != null && !movement.allOfThem()) {
        for (int m = 0; m < event.movements().size(); m++) {
          track.before = track.before.plus(reading.of(event.movements().get(m).size()));
        }
      }
    }
  }

  /**
   * Notes that a movement under {@code plan} took {@code size} out of the population after the
   * census.
   */
  void recordedLeaving(Optional<EventId> plan, Estimate size) {
    Track track = plan.map(tracks::get).orElse(null);
    if (track != null) {
      track.recordedSince = track.recordedSince.plus(size);
    }
  }

  /**
   * Returns how many the running totals say left beyond the movements recorded, summed over the
   * plans; exactly 0 when no running total of a tracked plan came after the census.
   */
  Estimate unrecorded() {
    Estimate sum = Estimate.exactly(0);
    for (Track track : tracks.values()) {
      if (track.latest != null) {
        sum =
            sum.plus(
                reading.of(track.latest.total()).minus(track.before).minus(track.recordedAtLatest));
      }
    }
    return sum;
  }

  /** Returns the running totals that {@link #unrecorded()} rests on, one per plan. */
  List<EventId> totals() {
    List<EventId> ids = new ArrayList<>();
    for (Track track : tracks.values()) {
      if (track.latest != null) {
        ids.add(track.latest.id());
      }
    }
    return ids;
  }

  /** Every movement {@code plan} admits leaves the census's scope. */
  private boolean leavesScope(TransferPlanned plan) {
    CensusScope scope = census.scope();
    if (scope.account().isPresent() || scope.joint().isPresent() || scope.custodian().isPresent()) {
      return false;
    }
    if (scope.cohort().isPresent() && !world.isWithin(plan.cohort(), scope.cohort().get())) {
      return false;
    }
    boolean closed = plan.unnamedFacilities() == 0 && !plan.namedFacilities().isEmpty();
    if (scope.facilities().isPresent()
        && !(closed && scope.facilities().get().containsAll(plan.namedFacilities()))) {
      return false;
    }
    if (scope.country().isPresent()) {
      for (FacilityId facility : plan.namedFacilities()) {
        if (!world.countryOf(facility).equals(scope.country())) {
          return false;
        }
      }
      if (!closed && !plan.originCountry().equals(scope.country())) {
        return false;
      }
    }
    MovementKind kind = plan.movementKind();
    if (kind == MovementKind.RELEASE || kind == MovementKind.REPATRIATION) {
      // people released or repatriated are held by nobody: no criteria scope covers them
      return true;
    }
    if (kind != MovementKind.TRANSFER || plan.destination().isEmpty()) {
      return false;
    }
    Account arriving = Account.heldAt(plan.receiver(), plan.destination().get(), plan.cohort());
    return !scope.covers(arriving, world::countryOf, world::isWithin);
  }
}
