package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.DetaineesDied;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.CountryCode;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Those who have left custody by an instant: released, repatriated and dead, each account keeping
 * the facility and custodian they left and, for the released and repatriated, the country they went
 * to; with totals by kind, by destination across origins, and of deaths in custody and at large.
 *
 * <p>Two prisons emptied on one night are two {@linkplain #departures() departures}, since each
 * released account keeps its origin. Balances are those of {@link Ledger#situationAt(Instant)}
 * under the ledger's reading: a released account that no census counted before the release is "at
 * least" what the release moved, and its total stays open-ended. Nothing recorded is not zero: an
 * account with no recorded movement and a balance of plain "unknown" is left out, and a kind, a
 * destination or a place of death with no departure has no total ({@link Optional#empty()}), never
 * "exactly 0".
 *
 * <p>The events whose figure the reading took from other sources than its own are listed in {@link
 * #fallbacks()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class LeftCustody {

  /** Kind, then origin (facility, then custodian; not reported last), destination, cohort. */
  private static final Comparator<Account> ORDER =
      Comparator.comparing(Account::kind)
          .thenComparing(a -> a.facility().map(Object::toString).orElse("\uffff"))
          .thenComparing(a -> a.custodian().map(Object::toString).orElse("\uffff"))
          .thenComparing(a -> a.country().map(Object::toString).orElse("\uffff"))
          .thenComparing(a -> a.cohort().toString());

  LeftCustody() {}

  /**
   * Computes who had left custody in {@code ledger} by {@code instant}.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; events whose time ends after it are not counted
   * @return the departures and their totals
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static LeftCustody of(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    Reading reading = ledger.reading();
    Situation situation = ledger.situationAt(instant);
    Map<Account, Tally> moved = new HashMap<>();
    Map<Account, Set<String>> causes = new HashMap<>();
    Set<Account> diedAtLarge = new HashSet<>();
    for (Event event : ledger.eventsBy(instant)) {
      for (Movement movement : event.movements()) {
        if (movement.to().hasLeftCustody()) {
          moved
              .computeIfAbsent(movement.to(), a -> new Tally(reading))
              .add(event.id(), movement, situation);
        }
      }
      if (event instanceof DetaineesDied died) {
        died.cause()
            .ifPresent(c -> causes.computeIfAbsent(died.to(), a -> new LinkedHashSet<>()).add(c));
        if (!died.diedInCustody()) {
          diedAtLarge.add(died.to());
        }
      }
    }
    List<Account> accounts =
        situation.balances().keySet().stream()
            .filter(Account::hasLeftCustody)
            .sorted(ORDER)
            .toList();
    ImmutableList.Builder<Departure> departures = ImmutableList.builder();
    Set<EventId> fallbacks = new HashSet<>();
    for (Account account : accounts) {
      Estimate balance = situation.balance(account);
      Tally tally = moved.get(account);
      if (tally == null && balance.isUnknown() && balance.best() == 0) {
        // a census that said "unknown" and nothing else: no figure to show
        continue;
      }
      Optional<DeathPlace> place = Optional.empty();
      if (account.kind() == AccountKind.DEAD) {
        place =
            Optional.of(
                account.custodian().isPresent()
                    ? DeathPlace.IN_CUSTODY
                    : diedAtLarge.contains(account)
                        ? DeathPlace.AT_LARGE
                        : DeathPlace.NOT_REPORTED);
      }
      departures.add(
          Departure.create(
              account,
              balance,
              tally == null ? Estimate.exactly(0) : tally.sum(),
              tally == null ? ImmutableList.of() : tally.events(),
              tally == null ? ImmutableList.of() : tally.allOfThem(),
              causes.getOrDefault(account, Set.of()),
              place));
      if (tally != null) {
        fallbacks.addAll(tally.fallbacks());
      }
    }
    return ImmutableLeftCustody.builder()
        .asOf(instant)
        .reading(reading)
        .addAllDepartures(
            departures.build().stream()
                .sorted(Comparator.comparing(Departure::kind).thenComparing(LeftCustody::place))
                .toList())
        .addAllFallbacks(
            ledger.eventsBy(instant).stream()
                .map(Event::id)
                .filter(fallbacks::contains)
                .collect(ImmutableList.toImmutableList()))
        .build();
  }

  /**
   * Returns the instant described.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the balances and movements were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns every released, repatriated or dead account with something recorded by the instant:
   * released first, then repatriated, then dead (in custody, then at large, then place not
   * reported); within those by facility and custodian of origin (not reported last), then
   * destination, then cohort.
   *
   * @return the departures
   */
  public abstract ImmutableList<Departure> departures();

  /**
   * Returns the events whose figure the reading took from other sources than its own, each once.
   *
   * @return the ids, in ledger order; empty for the envelope and consensus readings
   */
  public abstract ImmutableList<EventId> fallbacks();

  /**
   * Returns the departures of one kind.
   *
   * @param kind released, repatriated or dead
   * @return the departures of that kind, in order
   * @throws IllegalArgumentException if {@code kind} is not a kind of leaving custody
   */
  public final ImmutableList<Departure> departures(AccountKind kind) {
    checkLeaving(kind);
    return departures().stream()
        .filter(d -> d.kind() == kind)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns how many left custody in one way: the sum of the balances of that kind's departures.
   *
   * @param kind released, repatriated or dead
   * @return the total, empty when nothing of that kind was recorded
   * @throws IllegalArgumentException if {@code kind} is not a kind of leaving custody
   * @throws ArithmeticException if the sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final Optional<Estimate> total(AccountKind kind) {
    return sum(departures(kind));
  }

  /**
   * Returns the released or repatriated by the country they went to, summed across origins and
   * cohorts: "repatriated to FR".
   *
   * @param kind released or repatriated
   * @return the totals by destination, in country order; countries with no departure are absent
   * @throws IllegalArgumentException if {@code kind} is neither released nor repatriated
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final ImmutableSortedMap<CountryCode, Estimate> byDestination(AccountKind kind) {
    checkGoing(kind);
    Map<CountryCode, Estimate> totals = new TreeMap<>();
    for (Departure departure : departures(kind)) {
      departure.destination().ifPresent(c -> totals.merge(c, departure.balance(), Estimate::plus));
    }
    return ImmutableSortedMap.copyOf(totals);
  }

  /**
   * Returns the released or repatriated whose destination was not reported.
   *
   * @param kind released or repatriated
   * @return their total, empty when every departure of that kind names its destination
   * @throws IllegalArgumentException if {@code kind} is neither released nor repatriated
   * @throws ArithmeticException if the sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final Optional<Estimate> destinationNotReported(AccountKind kind) {
    checkGoing(kind);
    return sum(
        departures(kind).stream()
            .filter(d -> d.destination().isEmpty())
            .collect(ImmutableList.toImmutableList()));
  }

  /**
   * Returns the dead by where they died: in custody, while at large, or not reported.
   *
   * @param place where they died
   * @return their total, empty when no death there was recorded
   * @throws ArithmeticException if the sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final Optional<Estimate> died(DeathPlace place) {
    checkNotNull(place, "place");
    return sum(
        departures(AccountKind.DEAD).stream()
            .filter(d -> d.deathPlace().equals(Optional.of(place)))
            .collect(ImmutableList.toImmutableList()));
  }

  /** In custody, at large, not reported; nothing for the released and repatriated. */
  private static int place(Departure departure) {
    return departure.deathPlace().map(Enum::ordinal).orElse(-1);
  }

  private static Optional<Estimate> sum(List<Departure> departures) {
    return departures.stream().map(Departure::balance).reduce(Estimate::plus);
  }

  private static void checkLeaving(AccountKind kind) {
    checkNotNull(kind, "kind");
    checkArgument(
        kind == AccountKind.RELEASED || kind == AccountKind.REPATRIATED || kind == AccountKind.DEAD,
        "LeftCustody kind (%s) must be RELEASED, REPATRIATED or DEAD",
        kind);
  }

  private static void checkGoing(AccountKind kind) {
    checkNotNull(kind, "kind");
    checkArgument(
        kind == AccountKind.RELEASED || kind == AccountKind.REPATRIATED,
        "LeftCustody kind (%s) must be RELEASED or REPATRIATED: only they have a destination",
        kind);
  }

  /**
   * Returns the departures as a heading and one line each, then the total of each kind: "left
   * custody by 2026-01-22T21:00:00Z (envelope)", " released from north-jail (held by keeper) into
   * SY: fighters affiliated with band: at least 100 (moved exactly 100 by release-1)", " released:
   * at least 100".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder("left custody by ")
            .append(asOf())
            .append(" (")
            .append(reading())
            .append(")");
    for (Departure departure : departures()) {
      text.append("\n  ").append(departure);
    }
    for (AccountKind kind :
        List.of(AccountKind.RELEASED, AccountKind.REPATRIATED, AccountKind.DEAD)) {
      text.append("\n  ")
          .append(kind.name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(total(kind).map(Estimate::toString).orElse("none recorded"));
    }
    return text.toString();
  }
}
