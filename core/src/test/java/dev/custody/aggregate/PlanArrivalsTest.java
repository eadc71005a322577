package dev.custody.aggregate;

import static dev.custody.aggregate.PlanProgressTest.KEEPER;
import static dev.custody.aggregate.PlanProgressTest.KEEPER_NORTH;
import static dev.custody.aggregate.PlanProgressTest.NORTH_JAIL;
import static dev.custody.aggregate.PlanProgressTest.PLAN_NORTH;
import static dev.custody.aggregate.PlanProgressTest.RIVAL;
import static dev.custody.aggregate.PlanProgressTest.RIVAL_SOUTH;
import static dev.custody.aggregate.PlanProgressTest.at;
import static dev.custody.aggregate.PlanProgressTest.census;
import static dev.custody.aggregate.PlanProgressTest.exactly;
import static dev.custody.aggregate.PlanProgressTest.id;
import static dev.custody.aggregate.PlanProgressTest.transfer;
import static dev.custody.aggregate.PlanProgressTest.when;
import static dev.custody.aggregate.PlanRunningTotalsTest.FIGHTERS_IN_NORWAY;
import static dev.custody.aggregate.PlanRunningTotalsTest.total;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusScope;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.ledger.Ledger;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Where the totals count the people a plan's running totals took out of a census: in the group of
 * the account the plan took them to ("over 5,550" more held by Iraq), so that the grand total
 * neither loses them (taken out of the census of those held in Syria) nor counts them twice.
 *
 * <p>On {@link PlanRunningTotalsTest}'s ledger: the census of the fighters held in Norway counts
 * 473 on the 4th; under the plan from the north jail to the rival's site in Sweden 20 moved before
 * it and 30 after; the plan's running totals say 120 by the 6th and 200 by the 8th, 150 beyond what
 * was known and recorded.
 */
class PlanArrivalsTest {

  private static final Instant END = at(9, 0);

  static Ledger ledger(Event... more) {
    List<Event> events = new ArrayList<>();
    events.add(ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER));
    events.add(PlanProgressTest.planNorth(exactly(2_000)));
    events.add(census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(473)));
    events.add(transfer("batch", when(5, 0), KEEPER_NORTH, RIVAL_SOUTH, exactly(20), PLAN_NORTH));
    events.addAll(List.of(more));
    return PlanProgressTest.accepted(Ledger.of(PlanProgressTest.WORLD).appendAll(events));
  }

  private static Ledger twoTotals() {
    return ledger(total("by-6", 6, 120, PLAN_NORTH), total("by-8", 8, 200, PLAN_NORTH));
  }

  private static Group<ActorId> groupOf(Totals<ActorId> totals, ActorId custodian) {
    return totals.groups().stream()
        .filter(g -> g.key().equals(custodian))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theDestinationsGroupCountsWhatTheTotalsTookFromTheCensus() {
    Ledger ledger = twoTotals();

    Totals<ActorId> totals = Totals.of(ledger, Dimension.CUSTODIAN, END);

    Group<ActorId> rival = groupOf(totals, RIVAL);
    assertThat(rival.arrivedUnderPlans()).isEqualTo(Map.of(PLAN_NORTH, Estimate.exactly(180)));
    // the site was never counted: at least the 20 moved one by one, and the 180 beyond them
    assertThat(rival.accountsTotal()).isEqualTo(Estimate.atLeast(20));
    assertThat(rival.total()).isEqualTo(Estimate.atLeast(200));
    // the census of those held in Norway, carried forward without them: 473 - 20 - 180
    Group<ActorId> keeper = groupOf(totals, KEEPER);
    assertThat(keeper.arrivedUnderPlans()).isEmpty();
    assertThat(keeper.wholeCountedBy()).contains(id("still-in-norway"));
    assertThat(keeper.total()).isEqualTo(Estimate.exactly(273));
    // and the grand total, 453 and at least 20, as if the totals had not been reported
    assertThat(totals.total()).isEqualTo(Estimate.atLeast(473));
  }

  @Test
  void nobodyIsCreatedOrLostInTheGrandTotalByTheRunningTotals() {
    Ledger with = twoTotals();
    Ledger without = ledger();

    for (Dimension<?> dimension :
        List.of(Dimension.CUSTODIAN, Dimension.COUNTRY, Dimension.COHORT)) {
      Totals<?> withTotals = Totals.of(with, dimension, END);
      Totals<?> withoutTotals = Totals.of(without, dimension, END);
      assertThat(withTotals.total()).as(dimension.name()).isEqualTo(withoutTotals.total());
    }
  }

  @Test
  void aGroupThatHoldsBothEndsIsNotWidenedByThem() {
    Ledger with = twoTotals();
    Ledger without = ledger();

    // every fighter is one group: what left the census arrived in it, and its range is the same
    Totals<?> withTotals = Totals.of(with, Dimension.COHORT, END);
    Totals<?> withoutTotals = Totals.of(without, Dimension.COHORT, END);
    assertThat(withTotals.groups()).hasSameSizeAs(withoutTotals.groups());
    for (int i = 0; i < withTotals.groups().size(); i++) {
      assertThat(withTotals.groups().get(i).total())
          .isEqualTo(withoutTotals.groups().get(i).total());
    }
  }

  @Test
  void aDestinationCountedSinceIsNotCountedAgain() {
    // the rival's site counted on the 8th: its count holds whoever had arrived by then
    Ledger ledger =
        ledger(
            total("by-6", 6, 120, PLAN_NORTH),
            census("south-count", when(8, 1), CensusScope.account(RIVAL_SOUTH), exactly(210)),
            total("by-8", 8, 200, PLAN_NORTH));

    Totals<ActorId> totals = Totals.of(ledger, Dimension.CUSTODIAN, END);

    Group<ActorId> rival = groupOf(totals, RIVAL);
    assertThat(rival.arrivedUnderPlans()).isEmpty();
    assertThat(rival.total()).isEqualTo(rival.accountsTotal());
  }
}
