package dev.custody.aggregate;

import dev.custody.event.Account;
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
 * <p>Only a plan every movement of which leaves the census's scope counts: every origin it admits
 * lies within the scope ({@link TransferPlanned#drawsOnlyWithin}), and where it takes people does
 * not (a release or a repatriation always; a transfer when the plan names its destination and that
 * lies outside the scope). Only a running total of the whole plan counts: one whose scope holds
 * every origin the plan admits, never a total of one of its prisons.
 *
 * <p>For such a plan, what was known to have moved under it by the census is {@code before}: its
 * latest running total before the census plus the movements under it recorded after that total, and
 * never less than the movements under it recorded before the census. After the census, a running
 * total {@code R} of the plan counts, beside {@code before}, the movements under the plan recorded
 * between the census and {@code R}, and the rest, unrecorded: {@code R - before - recorded}, by
 * interval arithmetic and clipped at zero. People who left do not come back, so what a later, lower
 * total implies never undoes what an earlier one did: the unrecorded departures are the largest any
 * total after the census implies, end by end. A plan with a movement of "all of them" is left out,
 * since the size of such a movement is the balance it emptied, which this count does not follow.
 *
 * <p>The premise is the plan's: its movements go where it says. A movement under the plan that is
 * recorded stays out of the unrecorded part wherever it went, and it changes the population only if
 * it crossed the scope's boundary.
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
    final TransferPlanned plan;

    /** A movement of all of them under the plan: its running totals carry nothing. */
    boolean unusable;

    /** Known to have moved under the plan, by its latest running total and the movements since. */
    Estimate known = Estimate.exactly(0);

    /** Recorded under the plan before the census. */
    Estimate recordedBefore = Estimate.exactly(0);

    /** {@link #known} at the census, never below {@link #recordedBefore}. */
    Estimate before = Estimate.exactly(0);

    /** Recorded under the plan since the census. */
    Estimate recordedSince = Estimate.exactly(0);

    /** The unrecorded departures the totals after the census imply, null before the first. */
    @Nullable Estimate unrecorded;

    /** The running totals after the census that carried the count, in ledger order. */
    final List<EventId> totals = new ArrayList<>();

    Track(TransferPlanned plan) {
      this.plan = plan;
    }
  }

  PlanDepartures(CensusTaken census, World world, Reading reading) {
    this.census = census;
    this.world = world;
    this.reading = reading;
  }

  /** From now on, the events fed come after the census. */
  void censusTaken() {
    afterCensus = true;
    for (Track track : tracks.values()) {
      track.before = larger(track.known, track.recordedBefore);
    }
  }

  /**
   * Takes in an event: a plan that leaves the scope starts a track; a running total of the whole of
   * a tracked plan is its word on how many moved; a movement under a tracked plan is recorded.
   * After the census, a movement's size is given by {@link #recorded(Event, Estimate)}, since only
   * the share of it after the census counts then.
   */
  void accept(Event event) {
    if (event instanceof TransferPlanned plan) {
      if (leavesScope(plan)) {
        tracks.put(plan.id(), new Track(plan));
      }
    } else if (event instanceof RunningTotalReported total && total.plan().isPresent()) {
      Track track = tracks.get(total.plan().get());
      if (track == null
          || !track.plan.drawsOnlyWithin(total.scope(), world::countryOf, world::isWithin)) {
        return;
      }
      Estimate said = reading.of(total.total());
      if (!afterCensus) {
        track.known = said;
        return;
      }
      Estimate implied = said.minus(track.before).minus(track.recordedSince);
      track.unrecorded = track.unrecorded == null ? implied : larger(track.unrecorded, implied);
      track.totals.add(total.id());
    } else if (!afterCensus && event instanceof PlannedMovement movement) {
      Track track = trackOf(movement);
      if (track != null) {
        for (int m = 0; m < event.movements().size(); m++) {
          Estimate size = reading.of(event.movements().get(m).size());
          track.recordedBefore = track.recordedBefore.plus(size);
          track.known = track.known.plus(size);
        }
      }
    }
  }

  /** Notes that a movement of {@code event} after the census moved {@code size} after it. */
  void recorded(Event event, Estimate size) {
    if (afterCensus && event instanceof PlannedMovement movement) {
      Track track = trackOf(movement);
      if (track != null) {
        track.recordedSince = track.recordedSince.plus(size);
      }
    }
  }

  /** The track of a movement's plan; null when none, and a plan of all of them is left out. */
  private @Nullable Track trackOf(PlannedMovement movement) {
    Track track = movement.plan().map(tracks::get).orElse(null);
    if (track != null && movement.allOfThem()) {
      track.unusable = true;
    }
    return track == null || track.unusable ? null : track;
  }

  /**
   * Returns how many the running totals say left beyond the movements recorded, summed over the
   * plans; exactly 0 when no running total of a tracked plan came after the census.
   */
  Estimate unrecorded() {
    Estimate sum = Estimate.exactly(0);
    for (Track track : tracks.values()) {
      if (!track.unusable && track.unrecorded != null) {
        sum = sum.plus(track.unrecorded);
      }
    }
    return sum;
  }

  /**
   * Returns {@link #unrecorded()} plan by plan: each plan whose running totals after the census
   * carried the count, by id, with the departures they imply beyond the movements recorded.
   */
  Map<EventId, Estimate> unrecordedByPlan() {
    Map<EventId, Estimate> byPlan = new LinkedHashMap<>();
    for (Map.Entry<EventId, Track> entry : tracks.entrySet()) {
      Track track = entry.getValue();
      if (!track.unusable && track.unrecorded != null) {
        byPlan.put(entry.getKey(), track.unrecorded);
      }
    }
    return byPlan;
  }

  /** Returns the running totals that {@link #unrecorded()} rests on, plan by plan. */
  List<EventId> totals() {
    List<EventId> ids = new ArrayList<>();
    for (Track track : tracks.values()) {
      if (!track.unusable) {
        ids.addAll(track.totals);
      }
    }
    return ids;
  }

  /** Every movement {@code plan} admits leaves the census's scope. */
  private boolean leavesScope(TransferPlanned plan) {
    if (!plan.drawsOnlyWithin(census.scope(), world::countryOf, world::isWithin)) {
      return false;
    }
    MovementKind kind = plan.movementKind();
    if (kind == MovementKind.RELEASE || kind == MovementKind.REPATRIATION) {
      // people released or repatriated are held by nobody: no criteria scope covers them
      return true;
    }
    Optional<FacilityId> destination = plan.destination();
    if (kind != MovementKind.TRANSFER || destination.isEmpty()) {
      return false;
    }
    Account arriving = Account.heldAt(plan.receiver(), destination.get(), plan.cohort());
    return !census.scope().covers(arriving, world::countryOf, world::isWithin);
  }

  /**
   * The larger of two estimates, end by end: what is known at least from either. An unbounded high
   * end stays unbounded; an estimate at least as large as the other at every end is returned as it
   * is, with its words.
   */
  static Estimate larger(Estimate a, Estimate b) {
    if (covers(a, b)) {
      // one at least as large at every end keeps its words: "more than 5,700", not "at least 5,701"
      return a;
    } else if (covers(b, a)) {
      return b;
    }
    long low = Math.max(a.low(), b.low());
    long best = Math.max(a.best(), b.best());
    if (!a.hasUpperBound() || !b.hasUpperBound()) {
      return Estimate.atLeast(low).withBest(best);
    }
    return Estimate.of(low, best, Math.max(a.high(), b.high()));
  }

  /** {@code a} is at least {@code b} at every end. */
  private static boolean covers(Estimate a, Estimate b) {
    return a.low() >= b.low()
        && a.best() >= b.best()
        && (!a.hasUpperBound() || b.hasUpperBound() && a.high() >= b.high());
  }
}
