package dev.custody.benchmarks;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A synthetic world and its events, the same for every benchmark: {@code facilities} prisons in one
 * country, held by one custodian, each opened by a census of its one account, then {@code
 * movements} transfers of 1 to 5 people between random facilities, ten seconds apart.
 *
 * <p>Every figure is exact and no transfer takes an account below {@link #FLOOR}, so every event is
 * accepted with a clean verdict, and {@link #lateEvent(int)} may take one more person out of any
 * account at any time, {@code FLOOR} times per account, without overdrawing a later one. The events
 * come from a {@link Random} seeded with {@link #SEED}: every run builds the same ones.
 */
final class Workload {

  /** The number of movement events of the replay benchmarks: N. */
  static final int MOVEMENTS = 100_000;

  /** The seed of every random choice. */
  static final long SEED = 20_260_101L;

  /** The count of each opening census. */
  static final long OPENING = 1_000;

  /** No generated transfer leaves an account with fewer people than this. */
  static final long FLOOR = 250;

  /** The time of the opening censuses; the movements follow, ten seconds apart. */
  static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private static final long STEP_SECONDS = 10;

  private final World world;
  private final Account[] accounts;
  private final ActorId source;
  private final List<Event> events;
  private final long[] balances;
  private final int movements;
  private final Random random;

  private Workload(int facilities, int movements) {
    if (facilities < 2) {
      throw new IllegalArgumentException("facilities (" + facilities + ") must be at least 2");
    }
    this.movements = movements;
    this.random = new Random(SEED);
    ActorId custodian = ActorId.of("custodian");
    ActorId affiliation = ActorId.of("affiliation");
    this.source = ActorId.of("monitor");
    List<Actor> actors =
        List.of(
            Actor.of(custodian, "Custodian", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(affiliation, "Affiliation", ActorKind.DESIGNATED_ORGANISATION),
            Actor.of(source, "Monitor", ActorKind.NGO));
    Cohort cohort = Cohort.of(CohortCategory.FIGHTERS, affiliation);
    Location country = Location.in(CountryCode.of("SY"));
    List<Facility> sites = new ArrayList<>(facilities);
    accounts = new Account[facilities];
    for (int i = 0; i < facilities; i++) {
      FacilityId id = FacilityId.of("facility-" + i);
      sites.add(Facility.of(id, "Facility " + i, FacilityKind.PRISON, country));
      accounts[i] = Account.heldAt(custodian, id, cohort);
    }
    this.world = World.of(actors, sites);

    events = new ArrayList<>(facilities + movements);
    When opening = When.at(START);
    for (int i = 0; i < facilities; i++) {
      events.add(
          CensusTaken.of(
              EventId.of("census-" + i),
              opening,
              CensusScope.account(accounts[i]),
              exactly(OPENING, opening)));
    }
    balances = new long[facilities];
    Arrays.fill(balances, OPENING);
    for (int i = 0; i < movements; i++) {
      long size = 1 + random.nextInt(5);
      int from;
      do {
        from = random.nextInt(facilities);
      } while (balances[from] - size < FLOOR);
      int to;
      do {
        to = random.nextInt(facilities);
      } while (to == from);
      balances[from] -= size;
      balances[to] += size;
      events.add(transfer("transfer-" + i, timeOf(i), from, to, size));
    }
  }

  /**
   * Builds the world and events of {@code facilities} facilities and {@code movements} movements.
   *
   * @param facilities F, at least 2
   * @param movements N
   * @return the workload
   */
  static Workload of(int facilities, int movements) {
    return new Workload(facilities, movements);
  }

  /** The time of movement {@code i}: ten seconds apart, after the opening censuses. */
  private static When timeOf(long i) {
    return When.at(START.plusSeconds(STEP_SECONDS * (i + 1)));
  }

  private DetaineesTransferred transfer(String id, When when, int from, int to, long size) {
    return DetaineesTransferred.builder()
        .id(EventId.of(id))
        .when(when)
        .from(accounts[from])
        .to(accounts[to])
        .size(exactly(size, when))
        .build();
  }

  private Figure exactly(long count, When reported) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(source), reported));
  }

  /**
   * Returns the world of one country, three actors and the facilities.
   *
   * @return the world
   */
  World world() {
    return world;
  }

  /**
   * Returns the opening censuses, then the movements, in time order.
   *
   * @return the events, F + N of them
   */
  List<Event> events() {
    return events;
  }

  /**
   * Returns a transfer of one person between two random facilities, dated five seconds after a
   * random movement, so that it lands in the middle of the ledger: on average half the ledger comes
   * after it.
   *
   * @param j a number for the id, unique among late events
   * @return the late event
   */
  Event lateEvent(int j) {
    int from = random.nextInt(accounts.length);
    int to;
    do {
      to = random.nextInt(accounts.length);
    } while (to == from);
    long after = random.nextInt(movements);
    When when = When.at(START.plusSeconds(STEP_SECONDS * (after + 1) + STEP_SECONDS / 2));
    return transfer("late-" + j, when, from, to, 1);
  }

  /**
   * Returns a transfer of one person between two random facilities, dated five seconds after one of
   * the last {@code within} movements: a report that arrives a little late, with at most {@code
   * within} events after it.
   *
   * @param j a number for the id, unique among late events
   * @param within how many of the last movements it may land among, at most the movements
   * @return the late event
   */
  Event recentEvent(int j, int within) {
    int from = random.nextInt(accounts.length);
    int to;
    do {
      to = random.nextInt(accounts.length);
    } while (to == from);
    long after = movements - 1 - random.nextInt(within);
    When when = When.at(START.plusSeconds(STEP_SECONDS * (after + 1) + STEP_SECONDS / 2));
    return transfer("recent-" + j, when, from, to, 1);
  }

  /**
   * Returns the instant {@code share} of the way through the movements, between two of them.
   *
   * @param share from 0 to 1
   * @return the instant
   */
  Instant instantThrough(double share) {
    long i = (long) (share * movements);
    return START.plusSeconds(STEP_SECONDS * (i + 1) + STEP_SECONDS / 2);
  }

  /**
   * Returns {@code count} transfers of one person dated after every event of the workload, in time
   * order, keeping every account at {@link #FLOOR} or more.
   *
   * @param count how many
   * @return the events
   */
  List<Event> nextEvents(int count) {
    List<Event> next = new ArrayList<>(count);
    for (int j = 0; j < count; j++) {
      int from;
      do {
        from = random.nextInt(accounts.length);
      } while (balances[from] - 1 < FLOOR);
      int to;
      do {
        to = random.nextInt(accounts.length);
      } while (to == from);
      balances[from] -= 1;
      balances[to] += 1;
      next.add(transfer("next-" + j, timeOf(movements + j), from, to, 1));
    }
    return next;
  }

  /**
   * Folds the events into plain balances, with no checks: the least work a replay can do. A census
   * of an account sets its balance; a transfer moves the best value of its one claim.
   *
   * @param events the events of a workload
   * @return the balance of each account, in a one-element array
   */
  static Map<Account, long[]> fold(List<Event> events) {
    Map<Account, long[]> balances = new HashMap<>();
    for (Event event : events) {
      if (event instanceof DetaineesTransferred transfer) {
        long size = transfer.size().claims().get(0).estimate().best();
        balances.computeIfAbsent(transfer.from(), a -> new long[1])[0] -= size;
        balances.computeIfAbsent(transfer.to(), a -> new long[1])[0] += size;
      } else if (event instanceof CensusTaken census) {
        long count = census.count().claims().get(0).estimate().best();
        balances.put(census.scope().account().orElseThrow(), new long[] {count});
      }
    }
    return balances;
  }
}
