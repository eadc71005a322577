package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.RunningTotalReported;
import dev.custody.internal.Periods;
import dev.custody.ledger.JointSplit;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Claim;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.UnitCount;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The population a census counted, carried forward to an instant: "about 9,000 still held in Syria"
 * on the 22nd is about 8,850 once 150 of them have been flown to Iraq.
 *
 * <p>A census of any scope (an account, a facility, a country, a custodian, a cohort) counts a
 * population in its own right. Every later movement that crosses the scope's boundary changes it:
 * one from an account the scope covers to one it does not takes people out, one the other way
 * brings people in, and one within the scope (or wholly outside it) changes nothing. The figures
 * are read under the ledger's reading, by interval arithmetic: what leaves is subtracted (clipped
 * at zero), what arrives added.
 *
 * <p>A running total of a plan every movement of which leaves the scope carries the population
 * forward too: what it counts beyond what was known to have moved under the plan by the census and
 * the movements under it recorded since left unrecorded ({@link #runningTotals()}). The reference
 * case's about 9,000 still held in Syria on 22 January thus fall to between 0 and 3,899 (best
 * 3,449) by 12 February, when the transfer mission's running totals reach more than 5,700, only 150
 * of them recorded one by one, before the count.
 *
 * <p>When more leave at once than the population can still hold (the movement's low end above the
 * population's high end), people the census never counted must have arrived unrecorded and left
 * with them: the census no longer describes anyone recorded. The population is then {@linkplain
 * #outrunBy() outrun} by that event, and it is never printed as the "exactly 0" that the clipped
 * arithmetic gives and that no source said. A population a movement may exceed, but need not, keeps
 * its range down to 0 with its best value.
 *
 * <p>What the population's counted parts leave unexplained is its {@linkplain #remainder()
 * remainder}: the population minus the balances, within the scope, of the accounts a census of
 * their own counted ({@linkplain Provenance.Kind#COUNTED counted} or {@linkplain
 * Provenance.Kind#CARRIED_FORWARD carried forward}). A prison counted as about 3,500, including
 * about 700 minors counted apart, has a remainder of about 2,800 that no account holds on record.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Population {

  Population() {}

  /**
   * Computes the population of every census certainly taken by {@code instant}, carried forward to
   * it through the movements and the running totals of plans certainly done by then, in ledger
   * order.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @return the populations, one per census
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static ImmutableList<Population> allOf(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    return allOf(ledger, instant, Balances.of(ledger, instant));
  }

  /**
   * Computes the populations as {@link #allOf(Ledger, Instant)} does, with the balances of the
   * ledger at the instant already at hand, so that a report passes over the events for them once.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @param balances what {@code Balances.of(ledger, instant)} gives; the counted parts of each
   *     population are read off them
   * @return the populations, one per census
   * @throws IllegalArgumentException if the balances are not as of {@code instant}
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static ImmutableList<Population> allOf(Ledger ledger, Instant instant, Balances balances) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    checkNotNull(balances, "balances");
    checkArgument(
        balances.asOf().equals(instant),
        "Population balances (as of %s) must be as of the instant (%s)",
        balances.asOf(),
        instant);
    ImmutableList<Event> events = ledger.eventsBy(instant);
    Supplier<Map<EventId, JointSplit>> splits =
        Suppliers.memoize(() -> ledger.situationAt(instant).jointSplits());
    // one pass carries every census forward at once, each event's movements made once: a census
    // of one account sees only the events moving people at its facility (no other can cross its
    // boundary), any other census every event after it
    List<Carried> carried = new ArrayList<>();
    List<Carried> everyEvent = new ArrayList<>();
    Map<Optional<FacilityId>, List<Carried>> byFacility = new HashMap<>();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i);
      if (!carried.isEmpty()) {
        ImmutableList<Movement> movements = event.movements();
        for (int c = 0; c < everyEvent.size(); c++) {
          everyEvent.get(c).accept(event, movements);
        }
        for (int m = 0; m < movements.size() && !byFacility.isEmpty(); m++) {
          Movement movement = movements.get(m);
          offer(byFacility.get(movement.from().facility()), i, event, movements);
          offer(byFacility.get(movement.to().facility()), i, event, movements);
        }
      }
      if (event instanceof CensusTaken census) {
        Carried carry = new Carried(ledger, census, events, i, splits);
        carried.add(carry);
        if (carry.single == null || carry.departures != null) {
          everyEvent.add(carry);
        } else {
          byFacility.computeIfAbsent(carry.single.facility(), f -> new ArrayList<>()).add(carry);
        }
      }
    }
    ImmutableList.Builder<Population> populations = ImmutableList.builder();
    for (Carried carry : carried) {
      populations.add(carry.population(balances));
    }
    return populations.build();
  }

  /** Gives {@code event}, the one at {@code index}, to each of {@code carried} not yet given it. */
  private static void offer(
      @Nullable List<Carried> carried, int index, Event event, ImmutableList<Movement> movements) {
    if (carried == null) {
      return;
    }
    for (int c = 0; c < carried.size(); c++) {
      Carried carry = carried.get(c);
      // an event moving people both out of and into a facility reaches its censuses once
      if (carry.last != index) {
        carry.last = index;
        carry.accept(event, movements);
      }
    }
  }

  /**
   * The population of {@code census}, certainly taken by {@code instant}, carried forward to it as
   * {@link #allOf(Ledger, Instant)} carries it, given the ledger's balances at that instant: one
   * census without the others.
   */
  static Population of(Ledger ledger, CensusTaken census, Instant instant, Balances balances) {
    ImmutableList<Event> events = ledger.eventsBy(instant);
    Supplier<Map<EventId, JointSplit>> splits =
        Suppliers.memoize(() -> ledger.situationAt(instant).jointSplits());
    int at = events.indexOf(census);
    Carried carry = new Carried(ledger, census, events, at, splits);
    for (int i = at + 1; i < events.size(); i++) {
      carry.accept(events.get(i), events.get(i).movements());
    }
    return carry.population(balances);
  }

  /**
   * Computes the population the census {@code census} counted at each of {@code instants}, carried
   * forward as {@link #allOf(Ledger, Instant)} carries it, in one pass over the ledger: what a
   * chart draws.
   *
   * @param ledger the ledger, read under its own reading
   * @param census the id of a census of the ledger
   * @param instants the instants, in increasing order
   * @return the population at each instant, empty where the census is not certainly taken by then,
   *     is {@linkplain #outrunBy() outrun}, or has no {@linkplain #hasStandingCount() standing
   *     count}
   * @throws IllegalArgumentException if {@code census} is not a census of the ledger, or the
   *     instants are not in increasing order
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static ImmutableList<Optional<Estimate>> over(
      Ledger ledger, EventId census, List<Instant> instants) {
    checkNotNull(ledger, "ledger");
    checkNotNull(census, "census");
    checkNotNull(instants, "instants");
    CensusTaken taken =
        ledger
            .event(census)
            .filter(CensusTaken.class::isInstance)
            .map(CensusTaken.class::cast)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "Population census (%s) must be a census of the ledger (%s)",
                            census, ledger)));
    ImmutableList<Event> events = ledger.events();
    int at = events.indexOf(taken);
    Reading reading = ledger.reading();
    World world = ledger.world();
    // a split is made once, when the ledger applies its event: the last situation has every one
    Supplier<Map<EventId, JointSplit>> splits =
        Suppliers.memoize(() -> ledger.situationAt(Instant.MAX).jointSplits());
    ImmutableList.Builder<Optional<Estimate>> populations = ImmutableList.builder();
    Estimate current = reading.of(taken.count());
    // a census none of whose claims stands counts nobody: no band to draw
    boolean outrun = taken.count().counted().isEmpty();
    PlanDepartures departures = departures(taken, events, at, world, reading);
    int applied = at + 1;
    Instant previous = null;
    for (Instant instant : instants) {
      if (previous != null && instant.isBefore(previous)) {
        throw new IllegalArgumentException(
            String.format(
                "Population instants must increase, but %s follows %s", instant, previous));
      }
      previous = instant;
      int done = countBy(events, instant);
      if (done <= at) {
        populations.add(Optional.empty());
        continue;
      }
      for (; applied < done; applied++) {
        Event event = events.get(applied);
        if (departures != null) {
          departures.accept(event);
        }
        ImmutableList<Movement> movements = event.movements();
        Estimate[] joint = jointCrossings(taken.scope(), null, event, world, reading, splits);
        for (Movement movement : movements) {
          if (departures != null && !movement.isJointPart()) {
            departures.recorded(event, afterCensus(reading.of(movement.size()), taken, event));
          }
          boolean from = covers(taken.scope(), movement.from(), world);
          boolean to = covers(taken.scope(), movement.to(), world);
          if (from != to) {
            Estimate size = afterCensus(crossing(movement, from, joint, reading), taken, event);
            if (size == null) {
              continue;
            }
            outrun |= from && outruns(current, size);
            current = from ? current.minus(size) : current.plus(size);
          }
        }
      }
      Estimate now = current;
      if (departures != null && !departures.totals().isEmpty()) {
        Estimate unrecorded = departures.unrecorded();
        // once outrun, a census stays outrun, as carry says of its first outrunning event; the
        // unrecorded departures never shrink, so the two agree
        outrun |= outruns(current, unrecorded);
        now = current.minus(unrecorded);
      }
      populations.add(outrun ? Optional.empty() : Optional.of(now));
    }
    return populations.build();
  }

  /**
   * What the running totals of plans say left the population of {@code census}, the event at {@code
   * at} of {@code events}, fed every event before it; null when no running total of a plan is on
   * record, which spares the ledgers without one that pass.
   */
  private static @Nullable PlanDepartures departures(
      CensusTaken census, List<Event> events, int at, World world, Reading reading) {
    boolean any = false;
    for (int i = at + 1; i < events.size() && !any; i++) {
      any = events.get(i) instanceof RunningTotalReported total && total.plan().isPresent();
    }
    if (!any) {
      return null;
    }
    PlanDepartures departures = new PlanDepartures(census, world, reading);
    for (int i = 0; i < at; i++) {
      departures.accept(events.get(i));
    }
    departures.censusTaken();
    return departures;
  }

  /**
   * The number of events certainly done by {@code instant}: the prefix {@link
   * Ledger#eventsBy(Instant)} gives, found by bisection without copying it.
   */
  private static int countBy(ImmutableList<Event> events, Instant instant) {
    int low = 0;
    int high = events.size();
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (events.get(middle).when().isCertainlyBy(instant)) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * A census carried forward: given the events after it in ledger order ({@link #accept}), it
   * tracks what crossed its scope's boundary, then gives its population ({@link #population}).
   */
  private static final class Carried {
    private final CensusTaken census;
    private final Reading reading;
    private final World world;
    private final CensusScope scope;
    private final Supplier<Map<EventId, JointSplit>> splits;
    private final Estimate counted;
    private final @Nullable PlanDepartures departures;
    // the scope's one account, when it has one, is read once, and the movements by index, so
    // that accepting an event allocates nothing
    private final @Nullable Account single;
    private Estimate current;
    private int moved;
    private @Nullable EventId outrunBy;
    private final List<EventId> crossings = new ArrayList<>();

    /** The index of the event given last, so that none is given twice. */
    private int last;

    Carried(
        Ledger ledger,
        CensusTaken census,
        List<Event> events,
        int at,
        Supplier<Map<EventId, JointSplit>> splits) {
      this.census = census;
      this.reading = ledger.reading();
      this.world = ledger.world();
      this.scope = census.scope();
      this.splits = splits;
      this.counted = reading.of(census.count());
      this.current = counted;
      this.departures = departures(census, events, at, world, reading);
      this.single = scope.account().orElse(null);
      this.last = at;
    }

    /** Carries the population through {@code event}, whose movements are {@code movements}. */
    void accept(Event event, ImmutableList<Movement> movements) {
      if (departures != null) {
        departures.accept(event);
      }
      boolean crossed = false;
      Estimate[] joint = jointCrossings(scope, single, event, world, reading, splits);
      for (int m = 0; m < movements.size(); m++) {
        Movement movement = movements.get(m);
        if (departures != null && !movement.isJointPart()) {
          // every movement under a plan, whether it crossed or not: its totals count them all
          departures.recorded(event, afterCensus(reading.of(movement.size()), census, event));
        }
        boolean from = covers(scope, single, movement.from(), world);
        boolean to = covers(scope, single, movement.to(), world);
        if (from == to) {
          continue;
        }
        Estimate size = afterCensus(crossing(movement, from, joint, reading), census, event);
        if (size == null) {
          moved++;
          crossed = true;
          continue;
        }
        if (outrunBy == null && from && outruns(current, size)) {
          outrunBy = event.id();
        }
        current = from ? current.minus(size) : current.plus(size);
        moved++;
        crossed = true;
      }
      if (crossed) {
        crossings.add(event.id());
      }
    }

    /**
     * The population once every later event has been accepted, its parts read off {@code balances}.
     */
    Population population(Balances balances) {
      List<EventId> reported = departures == null ? List.of() : departures.totals();
      Estimate unrecorded = Estimate.exactly(0);
      Estimate byMovements = current;
      if (!reported.isEmpty()) {
        unrecorded = departures.unrecorded();
        if (outrunBy == null && outruns(current, unrecorded)) {
          outrunBy = reported.get(reported.size() - 1);
        }
        current = current.minus(unrecorded);
      }
      Estimate parts = Estimate.exactly(0);
      List<Account> apart = new ArrayList<>();
      for (Map.Entry<Account, Estimate> entry : balances.balances().entrySet()) {
        Account account = entry.getKey();
        Provenance provenance = balances.provenanceOf(account);
        boolean ownCount =
            provenance.census().isPresent() && !provenance.census().get().equals(census.id());
        // the scope's own account, counted again by a later census, is a recount, not a part
        if (ownCount && !account.equals(single) && covers(scope, account, world)) {
          parts = parts.plus(entry.getValue());
          apart.add(account);
        }
      }
      return ImmutablePopulation.builder()
          .census(census.id())
          .scope(scope)
          .counted(counted)
          .population(current)
          .carriedByMovements(byMovements)
          .provenance(
              Provenance.counted(
                      balances.asOf(), census.id(), census.when(), sourcesOf(census), moved)
                  .withRunningTotals(reported))
          .addAllCrossings(crossings)
          .addAllRunningTotals(reported)
          .unrecordedDepartures(unrecorded)
          .putAllUnrecordedByPlan(
              departures == null || reported.isEmpty() ? Map.of() : departures.unrecordedByPlan())
          .addAllCountedParts(apart)
          .countedPartsTotal(parts)
          .outrunBy(Optional.ofNullable(outrunBy))
          .countedUnits(unitsOf(census, counted))
          .hasStandingCount(!census.count().counted().isEmpty())
          .build();
    }
  }

  /**
   * The units of the count when it is one claim's figure in families or households, so that the
   * report can say "73,043 people (21,039 households)" as its source did; empty when it is in
   * people, or when several claims make it.
   */
  private static Optional<UnitCount> unitsOf(CensusTaken census, Estimate counted) {
    List<Claim> claims = census.count().counted();
    if (claims.size() == 1
        && claims.get(0).units().isPresent()
        && claims.get(0).estimate().equals(counted)) {
      return claims.get(0).units();
    }
    return Optional.empty();
  }

  /**
   * For the parts of a joint movement, what those leaving the scope and those entering it moved
   * together ({@code [leaving, entering]}, null for a way no part crosses); null for any other
   * event. All the parts crossing one way moved the whole figure; some of them, the sum of the
   * ranges the ledger gave them ({@link JointSplit}), or any share of the figure when the split is
   * not at hand.
   */
  private static Estimate @Nullable [] jointCrossings(
      CensusScope scope,
      @Nullable Account single,
      Event event,
      World world,
      Reading reading,
      Supplier<Map<EventId, JointSplit>> splits) {
    ImmutableList<Movement> movements = event.movements();
    if (movements.isEmpty() || !movements.get(0).isJointPart()) {
      return null;
    }
    int[] counts = new int[2];
    Estimate[] sums = {Estimate.exactly(0), Estimate.exactly(0)};
    JointSplit split = null;
    for (int m = 0; m < movements.size(); m++) {
      Movement movement = movements.get(m);
      boolean from = covers(scope, single, movement.from(), world);
      boolean to = covers(scope, single, movement.to(), world);
      if (from == to) {
        continue;
      }
      int way = from ? 0 : 1;
      counts[way]++;
      if (split == null) {
        split = splits.get().get(event.id());
      }
      Estimate part = split == null ? null : split.parts().get(movement.from());
      sums[way] = sums[way] == null || part == null ? null : sums[way].plus(part);
    }
    Estimate figure = reading.of(movements.get(0).size());
    Estimate[] crossing = new Estimate[2];
    for (int way = 0; way < 2; way++) {
      if (counts[way] == 0) {
        continue;
      }
      if (counts[way] == movements.size()) {
        crossing[way] = figure;
      } else if (sums[way] != null) {
        crossing[way] = sums[way];
      } else {
        long best = Math.round((double) figure.best() * counts[way] / movements.size());
        crossing[way] =
            figure.hasUpperBound()
                ? Estimate.of(0, Math.min(best, figure.high()), figure.high())
                : Estimate.atLeast(0).withBest(best);
      }
    }
    return crossing;
  }

  /**
   * What {@code movement} carries across the scope's boundary: its size, or for the first part of a
   * joint movement crossing one way, what all its parts crossing that way moved together; null for
   * the later parts crossing the same way, already counted (the group is cleared once used).
   */
  private static @Nullable Estimate crossing(
      Movement movement, boolean leaving, Estimate @Nullable [] joint, Reading reading) {
    if (joint == null) {
      return reading.of(movement.size());
    }
    int way = leaving ? 0 : 1;
    Estimate group = joint[way];
    joint[way] = null;
    return group;
  }

  /**
   * What a movement of {@code size} by {@code event} changes the population {@code census} counted
   * by: all of it, or, when the event is dated by a period that holds the end of the census
   * strictly inside it, only the share after the census, from none to all of it, its best value the
   * share of the period left after the census. The ledger's fold takes the same share from a
   * balance the census set, so that a census and the balance it set say the same thereafter.
   */
  private static @Nullable Estimate afterCensus(
      @Nullable Estimate size, CensusTaken census, Event event) {
    return size == null ? null : Periods.shareAfter(size, event.when(), census.when().end());
  }

  /** More leave than the population can hold: the leavers cannot all be people it counted. */
  private static boolean outruns(Estimate population, Estimate leaving) {
    return population.hasUpperBound() && leaving.low() > population.high();
  }

  private static boolean covers(CensusScope scope, Account account, World world) {
    return account.kind() != AccountKind.OUTSIDE
        && scope.covers(account, world::countryOf, world::isWithin);
  }

  /** {@link #covers(CensusScope, Account, World)}, given the scope's one account or null. */
  private static boolean covers(
      CensusScope scope, @Nullable Account single, Account account, World world) {
    if (single != null) {
      // what CensusScope.covers answers for a one-account scope, without its Optional: the
      // account itself and the accounts of cohorts nested in it at the same place
      return account.kind() != AccountKind.OUTSIDE
          && (single.equals(account)
              || single.isAtSamePlaceAs(account)
                  && world.isWithin(account.cohort(), single.cohort()));
    }
    return covers(scope, account, world);
  }

  private static Set<Source> sourcesOf(CensusTaken census) {
    Set<Source> sources = new LinkedHashSet<>();
    for (Claim claim : census.count().claims()) {
      sources.add(claim.source());
    }
    return sources;
  }

  /**
   * Returns the census that counted the population.
   *
   * @return its id
   */
  public abstract EventId census();

  /**
   * Returns what the census counted.
   *
   * @return the scope
   */
  public abstract CensusScope scope();

  /**
   * Returns the census's count, under the ledger's reading.
   *
   * @return the count
   */
  public abstract Estimate counted();

  /**
   * Returns the count in the units its source gave, when it is one claim's figure in families or
   * households ("73,043 people in 21,039 households"): the people are {@link #counted()}, and
   * {@link UnitCount#claimed(UnitCount, Estimate)} words both.
   *
   * @return the units of the claim that makes the count, or empty when the count is in people or
   *     several claims make it
   */
  public abstract Optional<UnitCount> countedUnits();

  /**
   * Returns the population at the instant: the count carried forward through every later movement
   * across the scope's boundary.
   *
   * @return the population
   */
  public abstract Estimate population();

  /**
   * Returns the population carried forward through the movements recorded one by one alone, before
   * the {@linkplain #unrecordedDepartures() unrecorded departures} are taken out: what a total that
   * counts those departures where they went adds them back to, since subtracting a range and adding
   * it again would widen the sum by twice the range.
   *
   * @return the population by the movements; {@link #population()} when no running total carried it
   */
  public abstract Estimate carriedByMovements();

  /**
   * Returns how the population is known: counted by the census (when, by whom, how long before the
   * instant), carried forward by so many movements since.
   *
   * @return the provenance
   */
  public abstract Provenance provenance();

  /**
   * Returns the events whose movements crossed the scope's boundary after the census, in ledger
   * order.
   *
   * @return their ids
   */
  public abstract ImmutableList<EventId> crossings();

  /**
   * Returns the running totals of plans through which the population was carried forward beyond the
   * movements recorded one by one: every total after the census of the whole of a plan whose every
   * movement leaves the scope ("more than 5,700 transferred to Iraq by 12 February", of those still
   * held in Syria on 22 January). What they count beyond what was known to have moved under the
   * plan by the census and the movements recorded since left unrecorded; the largest that any of
   * them implies is {@link #unrecordedDepartures()}.
   *
   * @return their ids, plan by plan in ledger order; empty when none
   */
  public abstract ImmutableList<EventId> runningTotals();

  /**
   * Returns how many the {@linkplain #runningTotals() running totals} say left the population
   * beyond the movements recorded: "more than 5,550", of the reference case's census on 12
   * February, when CENTCOM's "more than 5,700" transferred under the plan includes the 150 that
   * left before the count.
   *
   * @return the estimate, exactly 0 when no running total carried the population
   */
  public abstract Estimate unrecordedDepartures();

  /**
   * Returns the {@linkplain #unrecordedDepartures() unrecorded departures} plan by plan: each plan
   * whose running totals carried the population, by its id, with how many they say left beyond the
   * movements recorded. The plan says where they went: its destination, for a transfer that names
   * one, which {@link Totals} counts them in when it counts this population.
   *
   * @return the departures by plan, in ledger order; their sum is {@link #unrecordedDepartures()};
   *     empty when no running total carried the population
   */
  public abstract ImmutableMap<EventId, Estimate> unrecordedByPlan();

  /**
   * Returns the accounts within the scope whose balances other censuses counted: the parts of the
   * population counted apart.
   *
   * @return the accounts
   */
  public abstract ImmutableList<Account> countedParts();

  /**
   * Returns the first event after the census that took more people out of its scope than the
   * population could still hold: from then on the census no longer describes anyone recorded, and
   * {@link #population()} (clipped at zero) is not a figure to print.
   *
   * @return the event's id, empty while the census still describes its population
   */
  public abstract Optional<EventId> outrunBy();

  /**
   * Checks if a figure of the census stands: at least one of its claims counts. A census whose
   * every claim was retracted, refuted or misattributed, or that holds only disputes, stays on
   * record but counts nobody; its {@link #counted()} is unknown.
   *
   * @return true when some claim of the census counts
   */
  public abstract boolean hasStandingCount();

  /**
   * Checks if the census still describes a population: a figure of it stands, and no movement since
   * took out more than it could hold.
   *
   * @return true when {@link #hasStandingCount()} and {@link #outrunBy()} is empty
   */
  public final boolean isCurrent() {
    return hasStandingCount() && outrunBy().isEmpty();
  }

  /**
   * Returns the sum of the balances of the {@linkplain #countedParts() parts counted apart}.
   *
   * @return the sum, exactly zero when there is no such part: check {@link #countedParts()} before
   *     printing it
   */
  public abstract Estimate countedPartsTotal();

  /**
   * Returns what the counted parts leave unexplained: the population minus the parts counted apart
   * (clipped at zero), by interval arithmetic. With no part counted apart it is the whole
   * population.
   *
   * @return the remainder
   */
  public final Estimate remainder() {
    return population().minus(countedPartsTotal());
  }

  /**
   * Returns the population as "still-held-in-syria (country SY): about 9,000 (8,550-9,450) counted,
   * about 8,850 (8,400-9,300) now; counted 2026-01-22 (Asia/Damascus) by usa, the same day; carried
   * forward by 1 movement", with the remainder when parts were counted apart.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder()
            .append(census())
            .append(" (")
            .append(scope())
            .append("): ")
            .append(counted())
            .append(" counted, ");
    if (!hasStandingCount()) {
      return text.append("no figure of it stands; ").append(provenance()).toString();
    }
    if (outrunBy().isPresent()) {
      return text.append("no longer describes anyone recorded: more left at ")
          .append(outrunBy().get())
          .append(" than it could still hold; ")
          .append(provenance())
          .toString();
    }
    // the provenance names the running totals that carried the count, beside its movements
    text.append(population().toDerivedString()).append(" now; ").append(provenance());
    if (!countedParts().isEmpty()) {
      text.append("; remainder ")
          .append(remainder().toDerivedString())
          .append(" beside ")
          .append(countedParts().size())
          .append(countedParts().size() == 1 ? " part" : " parts")
          .append(" counted apart");
    }
    return text.toString();
  }
}
