package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.MovementKind;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How many are held at an instant, grouped along one {@link Dimension}: the total of each group,
 * its share of the whole, and beside it the census that counted the same accounts.
 *
 * <p>Held accounts count unless another {@link AccountKind} is asked for: those at large, released,
 * repatriated or dead are not in anyone's custody, and have totals of their own. Balances are those
 * of {@link Ledger#situationAt(Instant)} under the ledger's reading, so an account no census
 * counted contributes its lower bound and leaves the total open-ended. Every balance totalled
 * carries its {@link Provenance}; when no account of the kind has a balance on record the totals
 * are {@linkplain #isRecorded() not recorded}, never "exactly 0".
 *
 * <p>The groups and the unattributed accounts partition the held accounts: {@code sum(groups) +
 * unattributed} {@linkplain Estimate#isEqual(Estimate) equals} the {@link #total()}.
 *
 * <p>A census is set beside a group when it covers exactly the group's accounts among those the
 * situation knows: a census of "fighters held in Syria" matches the group of Syria when every held
 * account in Syria is one of fighters. The latest such census taken by the instant is used (one of
 * a whole scope before one of a single account), and it is compared with what those accounts held
 * when it was taken, not at the instant: people moved since do not make an old census wrong. A
 * census of a single account sets that account's balance, so it always agrees; the comparison says
 * something for censuses of a country, a custodian, a cohort or a set of facilities.
 *
 * <p>When that census's population, carried forward to the instant, does not contradict the
 * accounts (they hold no more than its high end), it is the group's {@linkplain Group#total()
 * total}: the accounts on record are only part of the scope, as the minors counted apart are part
 * of a prison counted as a whole. The sum of the accounts stays in {@link Group#accountsTotal()}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <K> the type of the key that names a group
 */
@Value.Immutable
@CustodyStyle
public abstract class Totals<K> {

  Totals() {}

  /**
   * Computes the totals of {@code ledger} at {@code instant}, grouped by {@code dimension}.
   *
   * @param <K> the type of the dimension's key
   * @param ledger the ledger, read under its own reading
   * @param dimension how to group
   * @param instant the instant; events whose time ends after it are not counted
   * @return the totals
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static <K> Totals<K> of(Ledger ledger, Dimension<K> dimension, Instant instant) {
    return of(ledger, dimension, instant, AccountKind.HELD);
  }

  /**
   * Computes the totals of the accounts of {@code kind} in {@code ledger} at {@code instant},
   * grouped by {@code dimension}: those released by custodian of origin, the repatriated by
   * {@linkplain Dimension#DESTINATION destination}, the dead by country, those at large by facility
   * escaped from.
   *
   * <p>For the accounts of people who left custody the {@linkplain Dimension#CUSTODIAN custodian}
   * and the {@linkplain Dimension#FACILITY facility} are those they left from, and the {@linkplain
   * Dimension#COUNTRY country} is that of the facility they left. A census is set beside a group of
   * any kind when it covers exactly the group's accounts of that kind: a count of one account or a
   * joint count of several ("454 still at large", over the escapees of each cohort) covers accounts
   * of its own kind, while a census by criteria (a facility, a country, a custodian) counts only
   * those held.
   *
   * @param <K> the type of the dimension's key
   * @param ledger the ledger, read under its own reading
   * @param dimension how to group
   * @param instant the instant; events whose time ends after it are not counted
   * @param kind the kind of account to total; not {@link AccountKind#OUTSIDE}, which holds no
   *     population
   * @return the totals
   * @throws IllegalArgumentException if {@code kind} is {@link AccountKind#OUTSIDE}
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static <K> Totals<K> of(
      Ledger ledger, Dimension<K> dimension, Instant instant, AccountKind kind) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    return of(ledger, dimension, instant, kind, Balances.of(ledger, instant));
  }

  /**
   * Computes the totals as {@link #of(Ledger, Dimension, Instant, AccountKind)} does, with the
   * balances of the ledger at the instant already at hand, so that a report of many totals passes
   * over the events for the balances once, not once a total.
   *
   * @param <K> the type of the dimension's key
   * @param ledger the ledger, read under its own reading
   * @param dimension how to group
   * @param instant the instant; events whose time ends after it are not counted
   * @param kind the kind of account to total; not {@link AccountKind#OUTSIDE}
   * @param balances what {@code Balances.of(ledger, instant)} gives; the provenance of each total
   *     is read off them
   * @return the totals
   * @throws IllegalArgumentException if {@code kind} is {@link AccountKind#OUTSIDE}, or the
   *     balances are not as of {@code instant}
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static <K> Totals<K> of(
      Ledger ledger, Dimension<K> dimension, Instant instant, AccountKind kind, Balances balances) {
    checkNotNull(ledger, "ledger");
    checkNotNull(dimension, "dimension");
    checkNotNull(instant, "instant");
    checkNotNull(kind, "kind");
    checkNotNull(balances, "balances");
    checkArgument(
        balances.asOf().equals(instant),
        "Totals balances (as of %s) must be as of the instant (%s)",
        balances.asOf(),
        instant);
    checkArgument(
        kind != AccountKind.OUTSIDE,
        "Totals kind (%s) must be a kind of account that holds a population",
        kind);
    Situation situation = ledger.situationAt(instant);
    World world = ledger.world();
    Map<K, Set<Account>> members = new TreeMap<>(dimension.order());
    ImmutableMap.Builder<Account, Provenance> provenance = ImmutableMap.builder();
    Estimate unattributed = Estimate.exactly(0);
    Estimate total = Estimate.exactly(0);
    for (Map.Entry<Account, Estimate> entry : situation.balances().entrySet()) {
      Account account = entry.getKey();
      if (account.kind() != kind) {
        continue;
      }
      provenance.put(account, balances.provenanceOf(account));
      total = total.plus(entry.getValue());
      Optional<K> key = dimension.keyOf(account, world, situation);
      if (key.isPresent()) {
        members.computeIfAbsent(key.get(), k -> new LinkedHashSet<>()).add(account);
      } else {
        unattributed = unattributed.plus(entry.getValue());
      }
    }
    // a count of those at large, released or dead covers accounts of its kind as a count of those
    // held covers the held: "454 still at large" is the whole of a facility's escapees, whatever
    // cohorts its accounts split them into
    List<CensusTaken> censuses = censusesBy(ledger, instant);
    // what each census covers, and whether a later, wider one supersedes it, depend on no group:
    // found once here rather than for every group
    List<Set<Account>> coverage = new ArrayList<>(censuses.size());
    for (CensusTaken census : censuses) {
      coverage.add(covered(census, kind, ledger, situation));
    }
    boolean[] superseded = supersededByWiderCounts(coverage);
    long accountsOfKind =
        situation.balances().keySet().stream().filter(a -> a.kind() == kind).count();
    Map<K, Estimate> totals = new TreeMap<>(dimension.order());
    Map<K, Optional<CensusTaken>> wholes = new TreeMap<>(dimension.order());
    Map<K, Optional<CensusComparison>> comparisons = new TreeMap<>(dimension.order());
    Map<K, ImmutableList<EventId>> partsWhole = new TreeMap<>(dimension.order());
    Map<K, Map<CensusTaken, Set<Account>>> standing = new TreeMap<>(dimension.order());
    // what each census counted here stood for in its group: its population carried forward and
    // narrowed by the accounts it covers
    Map<EventId, Estimate> stoodFor = new HashMap<>();
    Estimate grand = unattributed;
    for (Map.Entry<K, Set<Account>> group : members.entrySet()) {
      Estimate sum = sum(situation, group.getValue());
      Optional<CensusTaken> census = latestCensusOf(group.getValue(), censuses, coverage);
      comparisons.put(group.getKey(), census.map(c -> compare(c, group.getValue(), ledger)));
      // a census of the group's whole scope, carried forward, is the better figure: the accounts
      // on record are a part of the scope, and unrecorded ones may lie in it too
      Optional<Estimate> whole =
          census
              .filter(c -> !c.scope().isSingleAccount())
              .flatMap(c -> wholeOf(ledger, c, sum, instant));
      List<EventId> parts = new ArrayList<>();
      Estimate groupTotal =
          whole.isPresent()
              ? whole.get()
              : partsCountedWhole(
                  group.getValue(),
                  censuses,
                  coverage,
                  superseded,
                  ledger,
                  situation,
                  instant,
                  parts,
                  stoodFor);
      totals.put(group.getKey(), groupTotal);
      wholes.put(group.getKey(), whole.isPresent() ? census : Optional.empty());
      partsWhole.put(group.getKey(), ImmutableList.copyOf(parts));
      Map<CensusTaken, Set<Account>> counts = new LinkedHashMap<>();
      if (whole.isPresent()) {
        counts.put(census.get(), group.getValue());
        stoodFor.put(census.get().id(), whole.get());
      }
      for (EventId part : parts) {
        int i = indexOf(censuses, part);
        counts.put(censuses.get(i), coverage.get(i));
      }
      standing.put(group.getKey(), counts);
      grand = grand.plus(groupTotal);
    }
    List<Arrival<K>> arrivals = arrivals(ledger, dimension, situation, balances, members, standing);
    Map<K, Map<EventId, Estimate>> arrived = new TreeMap<>(dimension.order());
    if (!arrivals.isEmpty()) {
      for (Arrival<K> arrival : arrivals) {
        arrival.group.ifPresent(
            key ->
                arrived
                    .computeIfAbsent(key, k -> new LinkedHashMap<>())
                    .merge(arrival.plan, arrival.count, Estimate::plus));
      }
      // those a plan took from a census counted here to a group counted here are in the totals
      // twice over, taken out of one and put into the other: each sum is made again from the
      // census's population by its movements alone, so that the range of what the running totals
      // say moved is neither subtracted nor added where both ends lie in the sum
      grand = unattributed;
      for (Map.Entry<K, Set<Account>> group : members.entrySet()) {
        K key = group.getKey();
        totals.put(
            key, recount(key, group.getValue(), standing.get(key), stoodFor, arrivals, situation));
        grand =
            grand.plus(
                recount(null, group.getValue(), standing.get(key), stoodFor, arrivals, situation));
      }
    }
    total = grand;
    ImmutableList.Builder<Group<K>> groups = ImmutableList.builder();
    for (Map.Entry<K, Set<Account>> group : members.entrySet()) {
      Estimate groupTotal = totals.get(group.getKey());
      // a group of every account totalled is all of the whole, however uncertain the whole
      boolean all = group.getValue().size() == accountsOfKind;
      Optional<Share> share =
          total.best() == 0
              ? Optional.empty()
              : Optional.of(all ? Share.exactly(1.0) : partOf(groupTotal.shareOf(total)));
      ImmutableMap.Builder<Account, Provenance> parts = ImmutableMap.builder();
      group.getValue().forEach(a -> parts.put(a, balances.provenanceOf(a)));
      groups.add(
          Group.create(
              group.getKey(),
              groupTotal,
              share,
              comparisons.get(group.getKey()),
              parts.build(),
              sum(situation, group.getValue()),
              wholes.get(group.getKey()).map(CensusTaken::id),
              partsWhole.get(group.getKey()),
              arrived.getOrDefault(group.getKey(), Map.of())));
    }
    return ImmutableTotals.of(
        dimension,
        instant,
        ledger.reading(),
        groups.build(),
        unattributed,
        total,
        kind,
        provenance.build());
  }

  /**
   * What the running totals of a plan say left a census the totals count, beyond the movements
   * recorded, and the group that holds them where the plan took them; no group when the totals do
   * not count them there.
   */
  private static final class Arrival<K> {
    final CensusTaken census;
    final Population population;
    final EventId plan;
    final Estimate count;
    final Optional<K> group;

    Arrival(
        CensusTaken census,
        Population population,
        EventId plan,
        Estimate count,
        Optional<K> group) {
      this.census = census;
      this.population = population;
      this.plan = plan;
      this.count = count;
      this.group = group;
    }
  }

  /**
   * Where the people the running totals of plans took out of the censuses counted in these totals
   * went. A census the totals count (a group's whole or a part of one) is carried forward without
   * them ({@link Population#unrecordedByPlan()}); a transfer plan that names its destination says
   * where they are held, so the group of that account counts them. No group counts them for a plan
   * that releases, repatriates or names no destination (nobody this kind of total counts holds
   * them), for a destination in no group on record (its balance would be all the group knows), or
   * whose balance a census of its own set, or where a census covering the destination counts its
   * group (a count includes those who had arrived by then).
   */
  private static <K> List<Arrival<K>> arrivals(
      Ledger ledger,
      Dimension<K> dimension,
      Situation situation,
      Balances balances,
      Map<K, Set<Account>> members,
      Map<K, Map<CensusTaken, Set<Account>>> standing) {
    Instant instant = situation.asOf();
    Map<EventId, CensusTaken> counted = new LinkedHashMap<>();
    standing.values().forEach(counts -> counts.keySet().forEach(c -> counted.put(c.id(), c)));
    if (counted.isEmpty() || !hasPlanTotals(ledger, instant)) {
      return List.of();
    }
    World world = ledger.world();
    List<Arrival<K>> arrivals = new ArrayList<>();
    for (CensusTaken census : counted.values()) {
      Population population = Population.of(ledger, census, instant, balances);
      for (Map.Entry<EventId, Estimate> left : population.unrecordedByPlan().entrySet()) {
        TransferPlanned plan = (TransferPlanned) ledger.event(left.getKey()).orElseThrow();
        Optional<K> group = Optional.empty();
        if (plan.movementKind() == MovementKind.TRANSFER && plan.destination().isPresent()) {
          Account arriving =
              Account.heldAt(plan.receiver(), plan.destination().get(), plan.cohort());
          group =
              dimension
                  .keyOf(arriving, world, situation)
                  .filter(members::containsKey)
                  // a count of the account itself holds those who had arrived by then
                  .filter(key -> balances.provenanceOf(arriving).census().isEmpty())
                  .filter(
                      key ->
                          standing.get(key).keySet().stream()
                              .noneMatch(
                                  c ->
                                      c.scope()
                                          .covers(arriving, world::countryOf, world::isWithin)));
        }
        arrivals.add(new Arrival<>(census, population, left.getKey(), left.getValue(), group));
      }
    }
    return arrivals;
  }

  /**
   * The total of a group's {@code accounts}, of which the censuses {@code counts} stand for those
   * they cover, when running totals moved people out of censuses the totals count: each census's
   * population by its movements alone, less what its plans took beyond the group ({@code group}
   * null: beyond the totals), and plus what they brought into the group from a census outside it.
   */
  private static <K> Estimate recount(
      @Nullable K group,
      Set<Account> accounts,
      Map<CensusTaken, Set<Account>> counts,
      Map<EventId, Estimate> stoodFor,
      List<Arrival<K>> arrivals,
      Situation situation) {
    Set<Account> rest = new LinkedHashSet<>(accounts);
    Estimate total = Estimate.exactly(0);
    for (Map.Entry<CensusTaken, Set<Account>> count : counts.entrySet()) {
      CensusTaken census = count.getKey();
      Estimate population = null;
      for (Arrival<K> arrival : arrivals) {
        if (arrival.census.equals(census)) {
          if (population == null) {
            population = arrival.population.carriedByMovements();
          }
          boolean stays =
              arrival.group.isPresent() && (group == null || arrival.group.get().equals(group));
          if (!stays) {
            population = population.minus(arrival.count);
          }
        }
      }
      Estimate stood = stoodFor.get(census.id());
      Estimate standing =
          population == null
              ? stood
              : narrowed(population, sum(situation, count.getValue())).orElse(stood);
      total = total.plus(standing);
      rest.removeAll(count.getValue());
    }
    total = total.plus(sum(situation, rest));
    if (group != null) {
      for (Arrival<K> arrival : arrivals) {
        if (arrival.group.isPresent()
            && arrival.group.get().equals(group)
            && !counts.containsKey(arrival.census)) {
          total = total.plus(arrival.count);
        }
      }
    }
    return total;
  }

  /** The index of the census {@code id} among {@code censuses}. */
  private static int indexOf(List<CensusTaken> censuses, EventId id) {
    for (int i = 0; i < censuses.size(); i++) {
      if (censuses.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no census " + id);
  }

  /** Whether a running total of a plan is certainly reported by {@code instant}. */
  private static boolean hasPlanTotals(Ledger ledger, Instant instant) {
    for (Event event : ledger.eventsBy(instant)) {
      if (event instanceof RunningTotalReported total && total.plan().isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The population {@code census} counted, carried forward to {@code instant}, narrowed by the
   * group's accounts: they hold at least the low end of their sum. Empty when the accounts hold
   * more than the census allows, which the comparison then reports. A census of a single account is
   * not asked: its population is that account's balance.
   */
  private static Optional<Estimate> wholeOf(
      Ledger ledger, CensusTaken census, Estimate accounts, Instant instant) {
    Optional<Estimate> carried = Population.over(ledger, census.id(), List.of(instant)).get(0);
    if (carried.isEmpty()) {
      // outrun: the census no longer describes anyone recorded
      return Optional.empty();
    }
    return narrowed(carried.get(), accounts);
  }

  /**
   * A census's {@code population} narrowed by the accounts on record it covers, which hold at least
   * the low end of their sum; empty when they hold more than it allows.
   */
  private static Optional<Estimate> narrowed(Estimate population, Estimate accounts) {
    if (population.hasUpperBound() && accounts.low() > population.high()) {
      return Optional.empty();
    }
    if (accounts.low() <= population.low()) {
      return Optional.of(population);
    }
    long low = accounts.low();
    if (!population.hasUpperBound()) {
      return Optional.of(Estimate.atLeast(low).withBest(Math.max(low, population.best())));
    }
    long high = population.high();
    long best = Math.min(Math.max(population.best(), low), high);
    return Optional.of(low == high ? Estimate.exactly(low) : Estimate.of(low, best, high));
  }

  /**
   * The total of {@code accounts} when censuses of whole scopes counted parts of them: each census,
   * the widest first and then the latest, whose held accounts on record are some but not all of
   * {@code accounts} and none of a part already taken, stands for those accounts with its
   * population carried forward and narrowed by them, unless a later census of a wider scope covers
   * them too; the other accounts add their balances. Adds the censuses taken to {@code parts}; with
   * none, the total is the sum of the balances.
   */
  private static Estimate partsCountedWhole(
      Set<Account> accounts,
      List<CensusTaken> censuses,
      List<Set<Account>> coverage,
      boolean[] superseded,
      Ledger ledger,
      Situation situation,
      Instant instant,
      List<EventId> parts,
      Map<EventId, Estimate> stoodFor) {
    // the censuses of a part, the widest first (as a census of the whole comes before any part),
    // the latest first among equally wide ones: whatever the reading, the same parts
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < censuses.size(); i++) {
      Set<Account> covered = coverage.get(i);
      if (!censuses.get(i).scope().isSingleAccount()
          && !covered.isEmpty()
          && covered.size() < accounts.size()
          && accounts.containsAll(covered)
          && !superseded[i]) {
        candidates.add(i);
      }
    }
    candidates.sort(
        java.util.Comparator.comparingInt((Integer i) -> coverage.get(i).size())
            .thenComparingInt(i -> i)
            .reversed());
    Set<Account> rest = new LinkedHashSet<>(accounts);
    Estimate total = Estimate.exactly(0);
    for (int i : candidates) {
      Set<Account> covered = coverage.get(i);
      if (!rest.containsAll(covered)) {
        continue;
      }
      CensusTaken census = censuses.get(i);
      Optional<Estimate> whole = wholeOf(ledger, census, sum(situation, covered), instant);
      if (whole.isPresent()) {
        total = total.plus(whole.get());
        rest.removeAll(covered);
        parts.add(census.id());
        stoodFor.put(census.id(), whole.get());
      }
    }
    return total.plus(sum(situation, rest));
  }

  /**
   * For each census, whether a census after it covers every account it covers, and more: a later
   * count of a wider scope ("about 8,300 held in Iraq") supersedes an older count of a narrower one
   * (a camp since closed, whose departures the record does not hold), whatever the reading.
   */
  private static boolean[] supersededByWiderCounts(List<Set<Account>> coverage) {
    boolean[] superseded = new boolean[coverage.size()];
    for (int i = 0; i < coverage.size(); i++) {
      Set<Account> covered = coverage.get(i);
      for (int later = i + 1; later < coverage.size() && !superseded[i]; later++) {
        Set<Account> wider = coverage.get(later);
        superseded[i] = wider.size() > covered.size() && wider.containsAll(covered);
      }
    }
    return superseded;
  }

  /** The accounts of {@code kind} on record that {@code census} covers. */
  private static Set<Account> covered(
      CensusTaken census, AccountKind kind, Ledger ledger, Situation situation) {
    Set<Account> covered = new LinkedHashSet<>();
    for (Account account : situation.balances().keySet()) {
      if (account.kind() == kind
          && census.scope().covers(account, ledger.world()::countryOf, ledger.world()::isWithin)) {
        covered.add(account);
      }
    }
    return covered;
  }

  /**
   * A group lies within the whole it is a share of, so its share is at most 100%: dividing the
   * ranges as if they were independent would allow more, and say "at least 0%" of a bounded whole.
   */
  private static Share partOf(Share share) {
    return share.hasUpperBound() && share.high() <= 1.0
        ? share
        : Share.of(share.low(), share.best(), Math.max(share.best(), 1.0));
  }

  private static List<CensusTaken> censusesBy(Ledger ledger, Instant instant) {
    List<CensusTaken> censuses = new ArrayList<>();
    for (Event event : ledger.eventsBy(instant)) {
      if (event instanceof CensusTaken census) {
        censuses.add(census);
      }
    }
    return censuses;
  }

  /**
   * The latest census that covers exactly {@code accounts}: one of a whole scope (a facility, a
   * country, a custodian) before one of a single account, which counts only a part of the scope
   * when unrecorded accounts lie in it too.
   */
  private static Optional<CensusTaken> latestCensusOf(
      Set<Account> accounts, List<CensusTaken> censuses, List<Set<Account>> coverage) {
    CensusTaken ofAnAccount = null;
    for (int i = censuses.size() - 1; i >= 0; i--) {
      CensusTaken census = censuses.get(i);
      if (coverage.get(i).equals(accounts)) {
        if (!census.scope().isSingleAccount()) {
          return Optional.of(census);
        } else if (ofAnAccount == null) {
          ofAnAccount = census;
        }
      }
    }
    return Optional.ofNullable(ofAnAccount);
  }

  private static CensusComparison compare(
      CensusTaken census, Set<Account> accounts, Ledger ledger) {
    // what the movements recorded before the count left its accounts, not at the end of its day:
    // a repatriation recorded after it the same day did not make the count wrong; nor after the
    // count, which sets the balance of an account it counts alone and would agree with itself
    Situation then = ledger.situationBefore(census.id());
    return CensusComparison.create(
        census, ledger.reading().of(census.count()), sum(then, accounts));
  }

  private static Estimate sum(Situation situation, Set<Account> accounts) {
    Estimate sum = Estimate.exactly(0);
    for (Account account : accounts) {
      sum = sum.plus(situation.balance(account));
    }
    return sum;
  }

  /**
   * Returns how the accounts were grouped.
   *
   * @return the dimension
   */
  @Value.Parameter(order = 0)
  public abstract Dimension<K> dimension();

  /**
   * Returns the instant the totals describe.
   *
   * @return the instant
   */
  @Value.Parameter(order = 1)
  public abstract Instant asOf();

  /**
   * Returns the reading under which balances and censuses were read.
   *
   * @return the reading
   */
  @Value.Parameter(order = 2)
  public abstract Reading reading();

  /**
   * Returns the groups, in the dimension's {@linkplain Dimension#order() order}. A group exists for
   * every key some held account has.
   *
   * @return the groups
   */
  @Value.Parameter(order = 3)
  public abstract ImmutableList<Group<K>> groups();

  /**
   * Returns the total of the held accounts that have no key in this dimension.
   *
   * @return the unattributed total, exactly zero when every account has a key ({@link
   *     #hasUnattributed()} tells that apart from accounts that hold zero)
   */
  @Value.Parameter(order = 4)
  public abstract Estimate unattributed();

  /**
   * Returns the total of every account of the kind: the sum of the groups' totals (each the whole a
   * census counted, where one did) and of the unattributed accounts; the whole the shares are of.
   *
   * @return the grand total, exactly zero when no account of the kind has a balance on record:
   *     check {@link #isRecorded()} before printing it
   */
  @Value.Parameter(order = 5)
  public abstract Estimate total();

  /**
   * Returns the kind of account totalled: held unless another was asked for.
   *
   * @return the kind
   */
  @Value.Parameter(order = 6)
  public abstract AccountKind kind();

  /**
   * Returns every account totalled, grouped or not, with the provenance of its balance.
   *
   * @return the provenance by account, empty when nothing of the kind is on record
   */
  @Value.Parameter(order = 7)
  public abstract ImmutableMap<Account, Provenance> provenance();

  /**
   * Checks if any account of the kind has a balance on record. When none has, the total is not
   * recorded, which is not zero: before the first census nobody knows how many are held.
   *
   * @return true if some account of the kind has a balance
   */
  public final boolean isRecorded() {
    return !provenance().isEmpty();
  }

  /**
   * Checks if some account with a balance on record has no key in this dimension.
   *
   * @return true if the {@link #unattributed()} total stands for at least one account
   */
  public final boolean hasUnattributed() {
    return groups().stream().mapToInt(g -> g.provenance().size()).sum() < provenance().size();
  }

  /**
   * Returns the group named {@code key}.
   *
   * @param key the key
   * @return the group, or empty when no held account has that key
   */
  public final Optional<Group<K>> group(K key) {
    checkNotNull(key, "key");
    return groups().stream().filter(g -> g.key().equals(key)).findFirst();
  }

  /**
   * Returns the keys of the groups, in order.
   *
   * @return the keys
   */
  public final ImmutableSet<K> keys() {
    return groups().stream().map(Group::key).collect(ImmutableSet.toImmutableSet());
  }

  /**
   * Returns the totals as a few lines: a heading naming the dimension, the instant and the reading,
   * then one line per group, the unattributed accounts and the total.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder(kindText())
            .append(" by ")
            .append(dimension())
            .append(" at ")
            .append(asOf())
            .append(" (")
            .append(reading())
            .append(")");
    for (Group<K> group : groups()) {
      text.append("\n  ").append(group);
    }
    if (hasUnattributed()) {
      text.append("\n  no ").append(dimension()).append(" recorded: ").append(unattributed());
    }
    return text.append("\n  total: ").append(isRecorded() ? total() : "not recorded").toString();
  }

  private String kindText() {
    return kind().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
