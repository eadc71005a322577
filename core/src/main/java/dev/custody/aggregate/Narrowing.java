package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.JointSplit;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What overlapping counts say of each account at an instant, once they have narrowed each other:
 * the balance of every account, and the population of every census carried forward to the instant,
 * taken together.
 *
 * <p>Each balance is an unknown whole number in its range, never below zero. Each census still
 * describing its population ({@link Population#isCurrent()}; the latest of each scope) is a count
 * of the sum of the accounts its scope covers: exactly its range for a scope of named accounts (one
 * account with the accounts of the cohorts nested in it, or a {@linkplain CensusScope#isJoint()
 * joint} scope), and at most its high end for a scope of criteria, which accounts nobody recorded
 * may share. Ranges are narrowed by {@linkplain BoundsPropagation bounds propagation} to a
 * fixpoint: a flight's joint count of "about 500" bounds each of its parts that nobody counted
 * apart; a prison's count bounds the rest of its cohort beside the parts counted.
 *
 * <p>A {@linkplain dev.custody.ledger.JointSplit joint movement} ("500 escaped from both prisons")
 * counts too: what its origins, and what its destinations, held together right after it, carried
 * forward like a population and named by the movement's event id, so that a later count of those at
 * large from one prison bounds those at large from the other. {@link #jointMovements()} gives each
 * with the range it gave each part.
 *
 * <p>Counts that cannot all hold are a {@linkplain #disagreements() disagreement}, named by their
 * census ids (with the censuses that set the balances involved); the count that revealed it is set
 * aside, so no range is ever inverted or below zero. Every range contains every assignment of the
 * balances that satisfies all the counts kept.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Narrowing {

  Narrowing() {}

  /**
   * Narrows the balances of {@code ledger} at {@code instant} by every census carried forward to
   * it.
   *
   * <p>Cost: one {@link Population#allOf(Ledger, Instant)}, a pass over the accounts for each
   * census to find those it covers ({@code O(c·a)}), a pass over the later events for each joint
   * movement, then the propagation, {@code O(P)} a pass over the {@code P} account-census pairs,
   * repeated until nothing changes.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @return the narrowed balances
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static Narrowing of(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    Balances balances = Balances.of(ledger, instant);
    return of(ledger, instant, Population.allOf(ledger, instant, balances), balances);
  }

  /**
   * Narrows the balances of {@code ledger} at {@code instant} by the censuses carried forward to it
   * that a caller has already computed, so that a report showing both the populations and the
   * narrowing carries every census forward once, not twice: {@link #of(Ledger, Instant)} without
   * its {@link Population#allOf(Ledger, Instant)}.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @param populations what {@code Population.allOf(ledger, instant)} gives; any other list narrows
   *     by other counts, which the result then reflects
   * @param balances what {@code Balances.of(ledger, instant)} gives, also at hand
   * @return the narrowed balances, equal to {@code of(ledger, instant)} for those populations
   * @throws IllegalArgumentException if the balances are not as of {@code instant}
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static Narrowing of(
      Ledger ledger, Instant instant, List<Population> populations, Balances balances) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    checkNotNull(populations, "populations");
    checkNotNull(balances, "balances");
    checkArgument(
        balances.asOf().equals(instant),
        "Narrowing balances (as of %s) must be as of the instant (%s)",
        balances.asOf(),
        instant);
    Situation situation = ledger.situationAt(instant);
    World world = ledger.world();
    // the latest census of each scope, still describing its population
    Map<CensusScope, Population> latest = new LinkedHashMap<>();
    for (Population population : populations) {
      if (population.isCurrent()) {
        latest.remove(population.scope());
        latest.put(population.scope(), population);
      }
    }
    Map<Account, Integer> index = new LinkedHashMap<>();
    for (Account account : situation.balances().keySet()) {
      if (account.kind() != AccountKind.OUTSIDE) {
        index.put(account, index.size());
      }
    }
    for (Population population : latest.values()) {
      population.scope().joint().ifPresent(j -> j.forEach(a -> index.putIfAbsent(a, index.size())));
      population.scope().account().ifPresent(a -> index.putIfAbsent(a, index.size()));
    }
    List<Account> accounts = new ArrayList<>(index.keySet());
    long[] lows = new long[accounts.size()];
    long[] highs = new long[accounts.size()];
    for (int i = 0; i < accounts.size(); i++) {
      Estimate balance = situation.balance(accounts.get(i));
      lows[i] = balance.low();
      highs[i] = balance.hasUpperBound() ? balance.high() : BoundsPropagation.UNBOUNDED;
    }
    List<BoundsPropagation.Constraint> constraints = new ArrayList<>();
    List<Population> counts = new ArrayList<>();
    for (Population population : latest.values()) {
      CensusScope scope = population.scope();
      List<Integer> parts = new ArrayList<>();
      for (int i = 0; i < accounts.size(); i++) {
        if (scope.covers(accounts.get(i), world::countryOf, world::isWithin)) {
          parts.add(i);
        }
      }
      Estimate count = population.population();
      boolean named = scope.isSingleAccount() || scope.isJoint();
      if (parts.isEmpty() || (!named && !count.hasUpperBound())) {
        continue;
      }
      constraints.add(
          new BoundsPropagation.Constraint(
              parts.stream().mapToInt(Integer::intValue).toArray(),
              named ? count.low() : 0,
              count.hasUpperBound() ? count.high() : BoundsPropagation.UNBOUNDED));
      counts.add(population);
    }
    List<EventId> names = new ArrayList<>();
    counts.forEach(p -> names.add(p.census()));
    List<JointSplit> splits = jointMovements(ledger, instant, situation, index, constraints, names);
    BoundsPropagation result = BoundsPropagation.of(lows, highs, constraints);
    ImmutableMap.Builder<Account, Estimate> before = ImmutableMap.builder();
    ImmutableMap.Builder<Account, Estimate> bounds = ImmutableMap.builder();
    ImmutableSetMultimap.Builder<Account, EventId> narrowedBy = ImmutableSetMultimap.builder();
    for (int i = 0; i < accounts.size(); i++) {
      Account account = accounts.get(i);
      Estimate balance = situation.balance(account);
      before.put(account, balance);
      bounds.put(account, narrowed(balance, result.low(i), result.high(i)));
      BitSet by = result.narrowedBy(i);
      by.stream().forEach(c -> narrowedBy.put(account, names.get(c)));
    }
    ImmutableList.Builder<ImmutableSet<EventId>> disagreements = ImmutableList.builder();
    for (BitSet set : result.disagreements()) {
      Set<EventId> ids = new LinkedHashSet<>();
      set.stream()
          .forEach(
              c -> {
                ids.add(names.get(c));
                // the censuses that set the balances of the accounts it counts
                for (int part : constraints.get(c).parts()) {
                  balances
                      .provenance()
                      .getOrDefault(accounts.get(part), Provenance.notRecorded(instant))
                      .census()
                      .ifPresent(ids::add);
                }
              });
      disagreements.add(ImmutableSet.copyOf(ids));
    }
    return ImmutableNarrowing.builder()
        .asOf(instant)
        .putAllBefore(before.build())
        .putAllBounds(bounds.build())
        .putAllNarrowedBy(narrowedBy.build())
        .addAllDisagreements(disagreements.build())
        .addAllJointCounts(counts.stream().filter(p -> p.scope().isJoint()).toList())
        .addAllJointMovements(splits)
        .build();
  }

  /**
   * Adds a count for each joint movement done by {@code instant}: what its origins, and what its
   * destinations, hold together, carried forward through every later movement that crosses their
   * boundary. A count of one of them only tells what it holds and keeps the sum; a census that
   * moves people between the rest of a wider cohort and a nested one, or a movement dated by a
   * period (a census during it may have counted a share), ends the carrying. Returns the splits, in
   * ledger order.
   */
  private static List<JointSplit> jointMovements(
      Ledger ledger,
      Instant instant,
      Situation situation,
      Map<Account, Integer> index,
      List<BoundsPropagation.Constraint> constraints,
      List<EventId> names) {
    if (situation.jointSplits().isEmpty()) {
      return List.of();
    }
    World world = ledger.world();
    List<JointSplit> splits = new ArrayList<>();
    List<Event> done = ledger.eventsBy(instant);
    for (int e = 0; e < done.size(); e++) {
      JointSplit split = situation.jointSplits().get(done.get(e).id());
      if (split == null) {
        continue;
      }
      splits.add(split);
      List<Event> later = done.subList(e + 1, done.size());
      if (split.originsTogether().isPresent()) {
        together(split.parts().keySet(), split.originsTogether().get(), later, situation, world)
            .ifPresent(
                sum -> constrain(split.parts().keySet(), sum, split, index, constraints, names));
      }
      if (split.destinationsTogether().isPresent()) {
        Set<Account> destinations = ImmutableSet.copyOf(split.destinations());
        together(destinations, split.destinationsTogether().get(), later, situation, world)
            .ifPresent(sum -> constrain(destinations, sum, split, index, constraints, names));
      }
    }
    return splits;
  }

  /** {@code sum} of {@code accounts} carried forward through {@code later}, or empty. */
  private static Optional<Estimate> together(
      Set<Account> accounts, Estimate sum, List<Event> later, Situation situation, World world) {
    Estimate current = sum;
    for (Event event : later) {
      if (event instanceof CensusTaken census
          && census.scope().account().isPresent()
          && movesTheRest(census.scope().account().get(), accounts, situation, world)) {
        return Optional.empty();
      }
      for (Movement movement : event.movements()) {
        boolean from = accounts.contains(movement.from());
        boolean to = accounts.contains(movement.to());
        if (from == to) {
          continue;
        }
        if (!event.when().isInstant()
            && !event.when().firstDate().equals(event.when().lastDate())) {
          return Optional.empty();
        }
        Estimate size = situation.moved(event.id(), movement);
        current = from ? current.minus(size) : current.plus(size);
      }
    }
    return Optional.of(current);
  }

  /**
   * Checks if a census of {@code counted} moves people between accounts in the books: the rest of a
   * wider cohort gives up those a census of a nested one counts, and a census of the wider one
   * leaves its rest the count less the nested accounts. A count of an account nothing nests with
   * only tells what it holds, and a sum carried forward stays true beside it.
   */
  private static boolean movesTheRest(
      Account counted, Set<Account> accounts, Situation situation, World world) {
    for (Account other : situation.balances().keySet()) {
      if (!other.equals(counted)
          && (accounts.contains(counted) || accounts.contains(other))
          && (world.encloses(counted, other) || world.encloses(other, counted))) {
        return true;
      }
    }
    return false;
  }

  private static void constrain(
      Set<Account> accounts,
      Estimate sum,
      JointSplit split,
      Map<Account, Integer> index,
      List<BoundsPropagation.Constraint> constraints,
      List<EventId> names) {
    int[] parts = new int[accounts.size()];
    int k = 0;
    for (Account account : accounts) {
      Integer at = index.get(account);
      if (at == null) {
        return;
      }
      parts[k++] = at;
    }
    constraints.add(
        new BoundsPropagation.Constraint(
            parts, sum.low(), sum.hasUpperBound() ? sum.high() : BoundsPropagation.UNBOUNDED));
    names.add(split.event());
  }

  /** {@code balance} within {@code [low, high]}, worded as a derived range when it changed. */
  private static Estimate narrowed(Estimate balance, long low, long high) {
    boolean bounded = high != BoundsPropagation.UNBOUNDED;
    boolean same =
        low == balance.low()
            && (bounded
                ? balance.hasUpperBound() && balance.high() == high
                : !balance.hasUpperBound());
    if (same) {
      return balance;
    }
    long best = Math.max(low, bounded ? Math.min(balance.best(), high) : balance.best());
    if (!bounded) {
      return Estimate.atLeast(low).withBest(best);
    }
    if (low == high) {
      return Estimate.exactly(low);
    }
    // a balance nobody counted has no best value to keep: a count above it gives only a ceiling
    return low == 0 && balance.isUnknown() ? Estimate.upTo(high) : Estimate.of(low, best, high);
  }

  /**
   * Returns the instant the balances describe.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns each account's balance before narrowing, as the situation at the instant has it; an
   * account only a joint or one-account census names, and no event recorded, is unknown.
   *
   * @return the balances, by account
   */
  public abstract ImmutableMap<Account, Estimate> before();

  /**
   * Returns each account's range once the counts have narrowed each other: within its balance,
   * never below zero.
   *
   * @return the ranges, by account, for the same accounts as {@link #before()}
   */
  public abstract ImmutableMap<Account, Estimate> bounds();

  /**
   * Returns the censuses whose counts narrowed each account's range.
   *
   * @return the census ids, by account; an account not narrowed has none
   */
  public abstract ImmutableSetMultimap<Account, EventId> narrowedBy();

  /**
   * Returns the counts that cannot all hold: for each, the census set aside, the censuses that had
   * narrowed the accounts it counts, and the censuses that set their balances.
   *
   * @return the disagreements, empty when the counts agree
   */
  public abstract ImmutableList<ImmutableSet<EventId>> disagreements();

  /**
   * Returns the joint counts (censuses of several accounts at once, their split unknown) that took
   * part, carried forward to the instant; {@link #bounds()} gives the range of each of their parts.
   *
   * @return the joint counts, in ledger order
   */
  public abstract ImmutableList<Population> jointCounts();

  /**
   * Returns the joint movements done by the instant (one figure over several origins, its split
   * unknown), with the range each part moved; what their origins and destinations hold together is
   * among the counts that narrowed {@link #bounds()}, named by the movement's event id.
   *
   * @return the splits, in ledger order
   */
  public abstract ImmutableList<JointSplit> jointMovements();

  /**
   * Returns the range of {@code account} once narrowed.
   *
   * @param account the account
   * @return its range, empty when no balance or count names it
   */
  public final Optional<Estimate> boundOf(Account account) {
    return Optional.ofNullable(bounds().get(checkNotNull(account, "account")));
  }

  /**
   * Returns the accounts whose range the counts narrowed, in the order of {@link #bounds()}.
   *
   * @return the accounts
   */
  public final ImmutableSet<Account> narrowed() {
    return narrowedBy().keySet();
  }

  /**
   * Returns the narrowing as lines: "held by sdf at prison: ...: unknown, narrowed to up to 525 by
   * flight-count", then "disagreement: count-a, count-b".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text = new StringBuilder("narrowing at ").append(asOf());
    for (Account account : narrowed()) {
      text.append("\n  ")
          .append(account)
          .append(": ")
          .append(before().get(account))
          .append(", narrowed to ")
          .append(bounds().get(account).toDerivedString())
          .append(" by ")
          .append(
              String.join(", ", narrowedBy().get(account).stream().map(Object::toString).toList()));
    }
    for (ImmutableSet<EventId> disagreement : disagreements()) {
      text.append("\n  disagreement: ")
          .append(String.join(", ", disagreement.stream().map(Object::toString).toList()));
    }
    return text.toString();
  }
}
