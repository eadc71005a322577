package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import dev.custody.event.Account;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.Event;
import dev.custody.event.IntakeKind;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.immutables.value.Value;

/**
 * Who came into custody from outside it by an instant: arrested, captured, surrendered, born in a
 * camp, or in a way not reported; by kind, by custodian, and by the account they came into.
 *
 * <p>The figures are flows: the sums of the recorded {@link DetaineesTakenIntoCustody intakes}
 * certainly done by the instant, read under the ledger's reading. A kind or a custodian with no
 * recorded intake is absent, not zero, and with none at all the {@linkplain #total() total} is
 * empty.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Intakes {

  /** Custodian, then kind, then the account's text. */
  private static final Comparator<Intake> ORDER =
      Comparator.comparing(Intake::custodian)
          .thenComparing(Intake::how)
          .thenComparing(i -> i.into().toString());

  Intakes() {}

  /**
   * Computes the intakes of {@code ledger} by {@code instant}.
   *
   * @param ledger the ledger, read under its own reading
   * @param instant the instant; intakes whose time ends after it are not counted
   * @return the intakes
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static Intakes of(Ledger ledger, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(instant, "instant");
    Reading reading = ledger.reading();
    Map<Account, Map<IntakeKind, Tally>> tallies = new LinkedHashMap<>();
    ImmutableList.Builder<EventId> fallbacks = ImmutableList.builder();
    for (Event event : ledger.eventsBy(instant)) {
      if (event instanceof DetaineesTakenIntoCustody intake) {
        tallies
            .computeIfAbsent(intake.to(), a -> new TreeMap<>())
            .computeIfAbsent(intake.how(), k -> new Tally(reading))
            .add(intake.id(), intake.size());
        if (!reading.isFirstHand(intake.size())) {
          fallbacks.add(intake.id());
        }
      }
    }
    List<Intake> intakes =
        tallies.entrySet().stream()
            .flatMap(
                account ->
                    account.getValue().entrySet().stream()
                        .map(
                            kind ->
                                Intake.create(
                                    account.getKey(),
                                    kind.getKey(),
                                    kind.getValue().sum(),
                                    kind.getValue().events())))
            .sorted(ORDER)
            .toList();
    return ImmutableIntakes.builder()
        .asOf(instant)
        .reading(reading)
        .addAllIntakes(intakes)
        .addAllFallbacks(fallbacks.build())
        .build();
  }

  /**
   * Returns the instant described.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the intakes were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns the intakes by account and kind: by custodian, then kind, then account.
   *
   * @return the intakes, empty when none was recorded by the instant
   */
  public abstract ImmutableList<Intake> intakes();

  /**
   * Returns the intakes whose figure the reading took from other sources than its own.
   *
   * @return their ids, in ledger order; empty for the envelope and consensus readings
   */
  public abstract ImmutableList<EventId> fallbacks();

  /**
   * Returns how many came into custody in each way, across custodians.
   *
   * @return the totals of the kinds with a recorded intake, in the kinds' order
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final ImmutableSortedMap<IntakeKind, Estimate> byKind() {
    Map<IntakeKind, Estimate> totals = new TreeMap<>();
    intakes().forEach(i -> totals.merge(i.how(), i.count(), Estimate::plus));
    return ImmutableSortedMap.copyOf(totals);
  }

  /**
   * Returns how many came into each custodian's custody, in every way.
   *
   * @return the totals of the custodians with a recorded intake, in id order
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final ImmutableSortedMap<ActorId, Estimate> byCustodian() {
    Map<ActorId, Estimate> totals = new TreeMap<>();
    intakes().forEach(i -> totals.merge(i.custodian(), i.count(), Estimate::plus));
    return ImmutableSortedMap.copyOf(totals);
  }

  /**
   * Returns how many came into custody by the instant.
   *
   * @return the sum of every recorded intake, empty when none was recorded
   * @throws ArithmeticException if the sum would exceed {@link Estimate#MAX_COUNT}
   */
  public final Optional<Estimate> total() {
    return intakes().stream().map(Intake::count).reduce(Estimate::plus);
  }

  /**
   * Returns the intakes as a heading, one line each and the total: "intakes by 2026-01-22T21:00:00Z
   * (envelope)", " surrender into held by sdf at al-hol: ...: exactly 500 by surrender-1", " total:
   * exactly 500".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder("intakes by ").append(asOf()).append(" (").append(reading()).append(")");
    intakes().forEach(i -> text.append("\n  ").append(i));
    return text.append("\n  total: ")
        .append(total().map(Estimate::toString).orElse("none recorded"))
        .toString();
  }
}
