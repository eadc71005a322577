package dev.custody.aggregate;

import static dev.custody.aggregate.PlanProgressTest.PLAN_NORTH;
import static dev.custody.aggregate.PlanProgressTest.RIVAL;
import static dev.custody.aggregate.PlanProgressTest.at;
import static dev.custody.aggregate.PlanRunningTotalsTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * What holds of the totals whatever a plan's running totals say, on {@link PlanArrivalsTest}'s
 * ledger (473 fighters counted in Norway, 20 moved to the rival's site in Sweden under the plan):
 * the running totals only move people between groups.
 */
class PlanArrivalsProperties {

  private static final Instant END = at(9, 0);

  @Property(tries = 200)
  void theRunningTotalsMoveNobodyInOrOutOfTheGrandTotal(
      @ForAll @IntRange(min = 0, max = 600) int first,
      @ForAll @IntRange(min = -600, max = 600) int change) {
    // a second total may be lower than the first: a source's later, smaller count; totals of more
    // than the census counted outrun it, a contradiction the census then no longer stands against
    Assume.that(Math.max(first, first + change) <= 473);
    Ledger with =
        PlanArrivalsTest.ledger(
            total("by-6", 6, first, PLAN_NORTH),
            total("by-8", 8, Math.max(0, first + change), PLAN_NORTH));
    Ledger without = PlanArrivalsTest.ledger();

    for (Dimension<?> dimension :
        List.of(Dimension.CUSTODIAN, Dimension.COUNTRY, Dimension.COHORT)) {
      Totals<?> totals = Totals.of(with, dimension, END);
      assertThat(totals.total())
          .as("%s, %d then %d", dimension.name(), first, first + change)
          .isEqualTo(Totals.of(without, dimension, END).total());
      // the groups and the unattributed still add up to the grand total's best value
      long best = totals.unattributed().best();
      for (Group<?> group : totals.groups()) {
        best += group.total().best();
      }
      assertThat(best).isEqualTo(totals.total().best());
    }
  }

  @Property(tries = 200)
  void whatArrivesIsWhatTheCensusLost(
      @ForAll @IntRange(min = 0, max = 600) int first,
      @ForAll @IntRange(min = 0, max = 600) int more) {
    Ledger ledger =
        PlanArrivalsTest.ledger(
            total("by-6", 6, first, PLAN_NORTH), total("by-8", 8, first + more, PLAN_NORTH));

    Totals<ActorId> totals = Totals.of(ledger, Dimension.CUSTODIAN, END);
    Population census = Population.allOf(ledger, END).get(0);

    Estimate arrived =
        totals.groups().stream()
            .filter(g -> g.key().equals(RIVAL))
            .findFirst()
            .orElseThrow()
            .arrivedUnderPlans()
            .getOrDefault(PLAN_NORTH, Estimate.exactly(0));
    assertThat(arrived.isEqual(census.unrecordedDepartures()) || census.outrunBy().isPresent())
        .as("arrived %s, left %s", arrived, census.unrecordedDepartures())
        .isTrue();
  }
}
