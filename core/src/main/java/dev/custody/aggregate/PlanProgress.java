package dev.custody.aggregate;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.CustodyStyle;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * How far a transfer plan has got at an instant: how many it plans to move, how many the transfers
 * made under it have moved, and, when a census counted the population the plan draws on, how much
 * of that population the plan covers and how many would stay if it were completed.
 *
 * <p>The population census is the latest census taken by the instant that counts the plan's origin:
 * for a plan that names every facility it draws on, a census of exactly those facilities (whether
 * or not the plan also names their country), or of the one account of the plan's cohort held at the
 * one facility it names; for a plan that admits unnamed facilities in its origin country, a census
 * of that country. A criteria census counts no custodian and either no cohort or the plan's cohort.
 * For the reference case, the census of about 9,000 fighters still held in Syria: the plan of 7,000
 * covers about 78% of it, and about 2,000 would stay.
 *
 * <p>All figures are read under the ledger's reading; the events whose figure the reading took from
 * other sources are listed in {@link #fallbacks()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class PlanProgress {

  PlanProgress() {}

  /**
   * Computes the progress of the plan {@code plan} at {@code instant}.
   *
   * @param ledger the ledger, read under its own reading
   * @param plan the id of a {@link TransferPlanned} event of the ledger
   * @param instant the instant; transfers and censuses whose time ends after it are not counted
   * @return the progress
   * @throws IllegalArgumentException if the ledger has no event {@code plan}, if that event is not
   *     a transfer plan, or if the plan was certainly made after {@code instant}
   * @throws ArithmeticException if a sum would exceed {@link Estimate#MAX_COUNT}
   */
  public static PlanProgress of(Ledger ledger, EventId plan, Instant instant) {
    checkNotNull(ledger, "ledger");
    checkNotNull(plan, "plan");
    checkNotNull(instant, "instant");
    Event found =
        ledger
            .event(plan)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        String.format(
                            "PlanProgress plan (%s) is not an event of the ledger (%s)",
                            plan, ledger)));
    if (!(found instanceof TransferPlanned planned)) {
      throw new IllegalArgumentException(
          String.format(
              "PlanProgress plan (%s) must be a %s event, but is a %s",
              plan, TransferPlanned.TYPE, found.type()));
    }
    if (planned.when().isAfter(instant)) {
      throw new IllegalArgumentException(
          String.format(
              "PlanProgress instant (%s) is certainly before the plan %s was made (%s)",
              instant, plan, planned.when()));
    }
    Reading reading = ledger.reading();
    Tally moved = new Tally(reading);
    CensusTaken population = null;
    Situation situation = null;
    RunningTotalReported latest = null;
    Tally sinceLatest = new Tally(reading);
    MostMoved most = new MostMoved();
    for (Event event : ledger.eventsBy(instant)) {
      if (event instanceof PlannedMovement transfer && transfer.plan().equals(Optional.of(plan))) {
        if ((transfer.allOfThem()
                || !transfer.movements().isEmpty() && transfer.movements().get(0).isJointPart())
            && situation == null) {
          // only a movement of all of them, or a joint one, needs the situation's sizes
          situation = ledger.situationAt(instant);
        }
        for (Movement movement : transfer.movements()) {
          moved.add(transfer.id(), movement, situation);
          sinceLatest.add(transfer.id(), movement, situation);
        }
      } else if (event instanceof RunningTotalReported total
          && total.plan().equals(Optional.of(plan))
          && planned.drawsOnlyWithin(
              total.scope(), ledger.world()::countryOf, ledger.world()::isWithin)) {
        if (latest != null) {
          most.offer(latest, reading.of(latest.total()).plus(sinceLatest.sum()), sinceLatest);
        }
        latest = total;
        sinceLatest = new Tally(reading);
      } else if (event instanceof CensusTaken census && countsOrigin(census.scope(), planned)) {
        population = census;
      }
    }
    if (latest != null) {
      most.offer(latest, reading.of(latest.total()).plus(sinceLatest.sum()), sinceLatest);
    }
    RunningTotalReported reported = most.total;
    // a total counts the movements recorded before it: never fewer than those recorded
    Estimate soFar = reported == null ? null : PlanDepartures.larger(most.soFar, moved.sum());
    ImmutableList.Builder<EventId> fallbacks = ImmutableList.builder();
    if (!reading.isFirstHand(planned.size())) {
      fallbacks.add(plan);
    }
    if (reported != null && !reading.isFirstHand(reported.total())) {
      fallbacks.add(reported.id());
    }
    fallbacks.addAll(moved.fallbacks());
    if (population != null && !reading.isFirstHand(population.count())) {
      fallbacks.add(population.id());
    }
    return ImmutablePlanProgress.builder()
        .plan(planned)
        .asOf(instant)
        .reading(reading)
        .planned(reading.of(planned.size()))
        .moved(moved.sum())
        .addAllTransfers(moved.events())
        .reportedTotal(Optional.ofNullable(reported).map(RunningTotalReported::id))
        .reported(Optional.ofNullable(soFar))
        .addAllTransfersAfterReported(most.after)
        .populationCensus(Optional.ofNullable(population).map(CensusTaken::id))
        .population(Optional.ofNullable(population).map(c -> reading.of(c.count())))
        .addAllFallbacks(fallbacks.build())
        .build();
  }

  /**
   * The running total that says most moved, with the movements recorded after it: people who moved
   * do not come back, so a later, lower total never takes back what an earlier one said. Mutable,
   * confined to one computation.
   */
  private static final class MostMoved {
    @Nullable RunningTotalReported total;
    @Nullable Estimate soFar;
    ImmutableList<EventId> after = ImmutableList.of();

    /**
     * Takes {@code candidate}, what {@code offered} and the movements {@code since} say, if most.
     */
    void offer(RunningTotalReported offered, Estimate candidate, Tally since) {
      if (soFar == null || candidate.best() >= soFar.best()) {
        total = offered;
        soFar = candidate;
        after = since.events();
      }
    }
  }

  private static boolean countsOrigin(CensusScope scope, TransferPlanned plan) {
    // a plan that names all its facilities draws on them; one that admits others, on its country
    boolean closed = plan.unnamedFacilities() == 0 && !plan.namedFacilities().isEmpty();
    if (scope.account().isPresent()) {
      // one account counts the plan's population when it is all of it: the one facility the plan
      // names, the plan's cohort
      Account account = scope.account().get();
      return account.isHeld()
          && account.cohort().equals(plan.cohort())
          && closed
          && plan.namedFacilities().size() == 1
          && account.facility().equals(plan.namedFacilities().stream().findFirst());
    }
    if (scope.custodian().isPresent()) {
      return false;
    }
    if (scope.cohort().isPresent() && !scope.cohort().get().equals(plan.cohort())) {
      return false;
    }
    if (scope.facilities().isPresent()) {
      // the named facilities, whether or not the plan also names their country
      return closed && scope.facilities().get().equals(plan.namedFacilities());
    }
    return !closed && scope.country().isPresent() && scope.country().equals(plan.originCountry());
  }

  /**
   * Returns the plan.
   *
   * @return the plan event
   */
  public abstract TransferPlanned plan();

  /**
   * Returns the instant of the progress.
   *
   * @return the instant
   */
  public abstract Instant asOf();

  /**
   * Returns the reading under which the figures were read.
   *
   * @return the reading
   */
  public abstract Reading reading();

  /**
   * Returns how many the plan would move.
   *
   * @return the plan's size
   */
  public abstract Estimate planned();

  /**
   * Returns how many the movements made under the plan (transfers, releases, repatriations or
   * handovers, as the plan is for) have moved by the instant.
   *
   * @return the sum of their sizes, exactly zero before the first
   */
  public abstract Estimate moved();

  /**
   * Returns the movements made under the plan by the instant, in ledger order.
   *
   * @return their ids
   */
  public abstract ImmutableList<EventId> transfers();

  /**
   * Returns the census that counted the population the plan draws on.
   *
   * @return its id, empty when no census by the instant counted the plan's origin
   */
  public abstract Optional<EventId> populationCensus();

  /**
   * Returns the population the plan draws on, as its census counted it.
   *
   * @return the count, empty when no census counted it
   */
  public abstract Optional<Estimate> population();

  /**
   * Returns the events whose figure the reading took from other sources than its own.
   *
   * @return the ids, empty for the envelope and consensus readings
   */
  public abstract ImmutableList<EventId> fallbacks();

  /**
   * Returns the running total of the whole plan, for a time by the instant, that says most moved
   * under it (with the movements recorded after it): "more than 5,700 transferred by 12 February".
   * A total of the plan's movements in a narrower scope, one of its prisons, does not count: only
   * one whose scope holds every origin the plan admits ({@link TransferPlanned#drawsOnlyWithin}).
   * People who moved do not come back, so a later, lower total never takes back what an earlier one
   * said.
   *
   * @return its id, empty when no running total of the plan is on record by then
   */
  public abstract Optional<EventId> reportedTotal();

  /**
   * Returns how many have moved under the plan by the {@linkplain #reportedTotal() running total's}
   * word: its total, under the reading, plus the movements under the plan recorded after it, and
   * never, end by end, fewer than the movements recorded in all.
   *
   * @return the estimate, empty when no running total of the plan is on record by then
   */
  public abstract Optional<Estimate> reported();

  /**
   * Returns the movements under the plan recorded after its {@linkplain #reportedTotal() latest
   * running total}, which {@link #reported()} adds to it.
   *
   * @return their ids, in ledger order; empty when there is no running total or none came after it
   */
  public abstract ImmutableList<EventId> transfersAfterReported();

  /**
   * Returns how many have moved under the plan so far: as its latest running total says (with the
   * movements recorded after it) when there is one, which counts the movements nobody recorded one
   * by one; otherwise the movements recorded.
   *
   * @return the estimate
   */
  public final Estimate movedSoFar() {
    return reported().orElse(moved());
  }

  /**
   * Returns the progress: {@linkplain #movedSoFar() moved so far} as a share of the plan.
   *
   * @return the share, empty when the plan's best size is zero
   */
  public final Optional<Share> progress() {
    return planned().best() > 0 ? Optional.of(movedSoFar().shareOf(planned())) : Optional.empty();
  }

  /**
   * Returns how many the plan still has to move: planned minus {@linkplain #movedSoFar() moved so
   * far}, clipped at zero.
   *
   * @return the estimate
   */
  public final Estimate remaining() {
    return planned().minus(movedSoFar());
  }

  /**
   * Returns the share of the population the plan covers.
   *
   * @return planned as a share of the population, empty without a population census or when its
   *     best count is zero
   */
  public final Optional<Share> coverage() {
    return population().filter(p -> p.best() > 0).map(p -> planned().shareOf(p));
  }

  /**
   * Returns how many of the population would stay if the plan were completed: the population minus
   * the planned, clipped at zero.
   *
   * @return the estimate, empty without a population census
   */
  public final Optional<Estimate> wouldStay() {
    return population().map(p -> p.minus(planned()));
  }

  /**
   * Returns the progress as "transfer-plan-to-iraq (envelope): exactly 150 of exactly 7,000 moved
   * (2.1%), exactly 6,850 remaining; population about 9,000 (8,550-9,450), counted by
   * still-held-in-syria, plan covers between 74% and 82% (best 78%), between 1,550 and 2,450 (best
   * 2,000) would stay". Before the first movement under the plan it says "none moved yet of exactly
   * 7,000", never "exactly 0 of".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    StringBuilder text =
        new StringBuilder().append(plan().id()).append(" (").append(reading()).append("): ");
    if (transfers().isEmpty() && reported().isEmpty()) {
      text.append("none moved yet of ").append(planned());
    } else {
      text.append(movedSoFar()).append(" of ").append(planned()).append(" moved");
      progress().ifPresent(p -> text.append(" (").append(p).append(')'));
      reportedTotal()
          .ifPresent(
              total ->
                  text.append(" by the running total ")
                      .append(total)
                      .append(", ")
                      .append(moved())
                      .append(" recorded one by one"));
    }
    text.append(", ").append(remaining()).append(" remaining");
    if (population().isPresent()) {
      text.append("; population ")
          .append(population().get())
          .append(", counted by ")
          .append(populationCensus().orElseThrow());
      coverage().ifPresent(c -> text.append(", plan covers ").append(c));
      text.append(", ").append(wouldStay().orElseThrow()).append(" would stay");
    }
    if (!fallbacks().isEmpty()) {
      text.append("; from other sources: ").append(fallbacks());
    }
    return text.toString();
  }
}
