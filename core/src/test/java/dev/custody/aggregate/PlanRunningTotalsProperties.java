package dev.custody.aggregate;

import static dev.custody.aggregate.PlanProgressTest.KEEPER_NORTH;
import static dev.custody.aggregate.PlanProgressTest.PLAN_NORTH;
import static dev.custody.aggregate.PlanProgressTest.RIVAL_SOUTH;
import static dev.custody.aggregate.PlanProgressTest.WORLD;
import static dev.custody.aggregate.PlanProgressTest.at;
import static dev.custody.aggregate.PlanProgressTest.census;
import static dev.custody.aggregate.PlanProgressTest.exactly;
import static dev.custody.aggregate.PlanProgressTest.id;
import static dev.custody.aggregate.PlanProgressTest.planNorth;
import static dev.custody.aggregate.PlanProgressTest.transfer;
import static dev.custody.aggregate.PlanProgressTest.when;
import static dev.custody.aggregate.PlanRunningTotalsTest.FIGHTERS_IN_NORWAY;
import static dev.custody.aggregate.PlanRunningTotalsTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusScope;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What holds of a census carried forward through the running totals of a plan, whatever the
 * figures: a census of the fighters held in Norway on the 4th, batches under the plan before and
 * after it, and two running totals of the plan after it.
 */
class PlanRunningTotalsProperties {

  private static final List<Instant> INSTANTS =
      List.of(at(4, 12), at(5, 12), at(6, 12), at(7, 12), at(9, 0));

  /**
   * The ledger: {@code before} moved under the plan on the 3rd, the census counts {@code count} on
   * the 4th, {@code after} moved on the 5th, and the plan's running totals say {@code first} by the
   * 6th and {@code first + more} by the 8th, {@code more} possibly negative (none when {@code
   * totals} is false).
   */
  static Ledger ledger(int count, int before, int after, int first, int more, boolean totals) {
    List<Event> events = new ArrayList<>();
    events.add(
        ControlChanged.first(
            id("control-north"), when(1, 0), PlanProgressTest.NORTH_JAIL, PlanProgressTest.KEEPER));
    events.add(census("count-north", when(1, 1), CensusScope.account(KEEPER_NORTH), 2_000));
    events.add(planNorth(exactly(2_000)));
    events.add(
        transfer("batch-1", when(3, 0), KEEPER_NORTH, RIVAL_SOUTH, exactly(before), PLAN_NORTH));
    events.add(census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(count)));
    events.add(
        transfer("batch-2", when(5, 0), KEEPER_NORTH, RIVAL_SOUTH, exactly(after), PLAN_NORTH));
    if (totals) {
      events.add(total("by-6", 6, first, PLAN_NORTH));
      events.add(total("by-8", 8, first + more, PLAN_NORTH));
    }
    AppendResult result = Ledger.of(WORLD).appendAll(events);
    return PlanProgressTest.accepted(result);
  }

  static Estimate population(Ledger ledger, Instant instant) {
    return Population.allOf(ledger, instant).stream()
        .filter(p -> p.census().equals(id("still-in-norway")))
        .findFirst()
        .orElseThrow()
        .population();
  }

  @Property(tries = 200)
  void theChartsSeriesIsThePopulationAtEachInstant(
      @ForAll @IntRange(min = 0, max = 1_000) int count,
      @ForAll @IntRange(min = 1, max = 300) int before,
      @ForAll @IntRange(min = 1, max = 300) int after,
      @ForAll @IntRange(min = 0, max = 1_500) int first,
      @ForAll @IntRange(min = -1_500, max = 1_500) int change) {
    // the second total may be lower than the first: a source's later, smaller count
    Ledger ledger = ledger(count, before, after, first, Math.max(-first, change), true);

    List<Optional<Estimate>> series = Population.over(ledger, id("still-in-norway"), INSTANTS);

    for (int i = 0; i < INSTANTS.size(); i++) {
      Population population =
          Population.allOf(ledger, INSTANTS.get(i)).stream()
              .filter(p -> p.census().equals(id("still-in-norway")))
              .findFirst()
              .orElseThrow();
      assertThat(population.population().low()).isNotNegative();
      // an outrun census draws no band; otherwise the band is the population
      if (population.isCurrent()) {
        assertThat(series.get(i)).contains(population.population());
      } else {
        assertThat(series.get(i)).isEmpty();
      }
    }
  }

  @Property(tries = 200)
  void thePopulationNeverRisesWithoutAnArrival(
      @ForAll @IntRange(min = 0, max = 1_000) int count,
      @ForAll @IntRange(min = 1, max = 300) int before,
      @ForAll @IntRange(min = 1, max = 300) int after,
      @ForAll @IntRange(min = 0, max = 1_500) int first,
      @ForAll @IntRange(min = -1_500, max = 1_500) int change) {
    Ledger ledger = ledger(count, before, after, first, Math.max(-first, change), true);

    Estimate previous = null;
    for (Instant instant : INSTANTS) {
      Estimate now = population(ledger, instant);
      if (previous != null) {
        assertThat(now.low()).isLessThanOrEqualTo(previous.low());
        assertThat(now.best()).isLessThanOrEqualTo(previous.best());
      }
      previous = now;
    }
  }

  @Property(tries = 200)
  void runningTotalsOnlyEverTakePeopleAway(
      @ForAll @IntRange(min = 0, max = 1_000) int count,
      @ForAll @IntRange(min = 1, max = 300) int before,
      @ForAll @IntRange(min = 1, max = 300) int after,
      @ForAll @IntRange(min = 0, max = 1_500) int first,
      @ForAll @IntRange(min = 0, max = 1_500) int more) {
    Estimate with = population(ledger(count, before, after, first, more, true), at(9, 0));
    Estimate without = population(ledger(count, before, after, first, more, false), at(9, 0));

    assertThat(with.high()).isLessThanOrEqualTo(without.high());
    assertThat(with.best()).isLessThanOrEqualTo(without.best());
    // nobody is taken who was not reported moved beyond what was known and recorded
    long beyond = Math.max(0, (long) first + more - before - after);
    assertThat(without.best() - with.best()).isLessThanOrEqualTo(beyond);
  }

  @Property(tries = 200)
  void aLargerTotalNeverLeavesMoreBehind(
      @ForAll @IntRange(min = 0, max = 1_000) int count,
      @ForAll @IntRange(min = 1, max = 300) int before,
      @ForAll @IntRange(min = 1, max = 300) int after,
      @ForAll @IntRange(min = 0, max = 1_500) int first,
      @ForAll @IntRange(min = 0, max = 1_500) int more,
      @ForAll @IntRange(min = 1, max = 500) int extra) {
    Estimate smaller = population(ledger(count, before, after, first, more, true), at(9, 0));
    Estimate larger = population(ledger(count, before, after, first, more + extra, true), at(9, 0));

    assertThat(larger.best()).isLessThanOrEqualTo(smaller.best());
    assertThat(larger.high()).isLessThanOrEqualTo(smaller.high());
  }
}
