package dev.custody.aggregate;

import static dev.custody.aggregate.PlanProgressTest.EAST_CAMP;
import static dev.custody.aggregate.PlanProgressTest.FAMILIES;
import static dev.custody.aggregate.PlanProgressTest.FIGHTERS;
import static dev.custody.aggregate.PlanProgressTest.KEEPER;
import static dev.custody.aggregate.PlanProgressTest.KEEPER_NORTH;
import static dev.custody.aggregate.PlanProgressTest.NO;
import static dev.custody.aggregate.PlanProgressTest.PLAN_CAMP;
import static dev.custody.aggregate.PlanProgressTest.PLAN_NORTH;
import static dev.custody.aggregate.PlanProgressTest.RIVAL_SOUTH;
import static dev.custody.aggregate.PlanProgressTest.accepted;
import static dev.custody.aggregate.PlanProgressTest.at;
import static dev.custody.aggregate.PlanProgressTest.base;
import static dev.custody.aggregate.PlanProgressTest.census;
import static dev.custody.aggregate.PlanProgressTest.exactly;
import static dev.custody.aggregate.PlanProgressTest.id;
import static dev.custody.aggregate.PlanProgressTest.transfer;
import static dev.custody.aggregate.PlanProgressTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.rules.Rule;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Running totals of the movements under a plan ("more than 5,700 transferred under the plan by 12
 * February"): the census of the population the plan draws on is carried forward through them, the
 * plan's progress counts them, and the rules check the plan they name.
 *
 * <p>On {@link PlanProgressTest}'s world: under the plan from the north jail (and one unnamed
 * Norwegian facility) to the rival's site in Sweden, 20 go on the 3rd and 30 on the 5th, and 7 go
 * on the 3rd under no plan. Here a census counts the fighters still held in Norway on the 4th at
 * 473, after the first batch and the 7; running totals of the plan say 120 by the 6th and 200 by
 * the 8th.
 */
class PlanRunningTotalsTest {

  static final CensusScope FIGHTERS_IN_NORWAY = CensusScope.country(NO).withCohort(FIGHTERS);

  static RunningTotalReported total(String id, int day, long count, EventId plan) {
    return RunningTotalReported.of(
            id(id), when(day, 0), Flow.TRANSFERRED, FIGHTERS_IN_NORWAY, exactly(count))
        .withPlan(plan);
  }

  static Ledger withTotals(Event... more) {
    Ledger ledger = base(census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(473)));
    return accepted(ledger.appendAll(List.of(more)));
  }

  static Ledger twoTotals() {
    return withTotals(total("by-6", 6, 120, PLAN_NORTH), total("by-8", 8, 200, PLAN_NORTH));
  }

  static Population population(Ledger ledger, Instant instant, String census) {
    return Population.allOf(ledger, instant).stream()
        .filter(p -> p.census().equals(id(census)))
        .findFirst()
        .orElseThrow();
  }

  @Nested
  class TheCensusCarriedForward {

    @Test
    void losesTheMovementsRecordedThenWhatTheLatestTotalCountsBeyondThem() {
      Ledger ledger = twoTotals();

      // after batch-2 (30) only
      assertThat(population(ledger, at(5, 12), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(443));
      // 120 by the 6th, less the 20 known by the census and the 30 recorded since: 70 more left
      assertThat(population(ledger, at(6, 12), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(373));
      // 200 by the 8th: 150 beyond what was known at the census and recorded since
      Population later = population(ledger, at(9, 0), "still-in-norway");
      assertThat(later.population()).isEqualTo(Estimate.exactly(293));
      assertThat(later.runningTotals()).containsExactly(id("by-6"), id("by-8"));
      assertThat(later.unrecordedDepartures()).isEqualTo(Estimate.exactly(150));
      assertThat(later.crossings()).containsExactly(id("batch-2"));
      assertThat(later.provenance().kind()).isEqualTo(Provenance.Kind.CARRIED_FORWARD);
      assertThat(later.provenance().runningTotals()).containsExactly(id("by-6"), id("by-8"));
      assertThat(later.provenance().toString())
          .endsWith("; carried forward by 1 movement and the running totals by-6, by-8");
    }

    @Test
    void aTotalAloneCarriesTheCountForward() {
      Ledger ledger =
          accepted(
              Ledger.of(PlanProgressTest.WORLD)
                  .appendAll(
                      List.of(
                          PlanProgressTest.planNorth(exactly(200)),
                          census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(473)),
                          total("by-6", 6, 120, PLAN_NORTH))));

      Population population = population(ledger, at(7, 0), "still-in-norway");

      assertThat(population.population()).isEqualTo(Estimate.exactly(353));
      assertThat(population.crossings()).isEmpty();
      assertThat(population.provenance().movements()).isZero();
      assertThat(population.provenance().toString())
          .endsWith("; carried forward by the running total by-6");
    }

    @Test
    void aTotalBeforeTheCensusSaysHowManyHadGoneByThen() {
      // 25 by the 3rd at noon: 5 more than the first batch had gone before the census
      Ledger ledger =
          base(
              RunningTotalReported.of(
                      id("by-3"), when(3, 12), Flow.TRANSFERRED, FIGHTERS_IN_NORWAY, exactly(25))
                  .withPlan(PLAN_NORTH),
              census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(473)),
              total("by-8", 8, 200, PLAN_NORTH));

      assertThat(population(ledger, at(9, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(473 - (200 - 25 - 30) - 30));
    }

    @Test
    void aTotalBelowWhatIsKnownTakesNobody() {
      Ledger ledger = withTotals(total("by-6", 6, 40, PLAN_NORTH));

      // 40 is below the 20 known and the 30 recorded: nobody beyond them, never a negative
      assertThat(population(ledger, at(7, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(443));
    }

    @Test
    void theChartsSeriesSaysWhatEachInstantsPopulationSays() {
      Ledger ledger = twoTotals();
      List<Instant> instants = List.of(at(3, 12), at(4, 12), at(5, 12), at(6, 12), at(9, 0));

      List<Optional<Estimate>> series = Population.over(ledger, id("still-in-norway"), instants);

      assertThat(series.get(0)).isEmpty();
      for (int i = 1; i < instants.size(); i++) {
        assertThat(series.get(i))
            .as("at %s", instants.get(i))
            .contains(population(ledger, instants.get(i), "still-in-norway").population());
      }
      assertThat(series)
          .extracting(s -> s.map(Estimate::best).orElse(-1L))
          .containsExactly(-1L, 473L, 443L, 373L, 293L);
    }

    @Test
    void aLaterLowerTotalNeverBringsPeopleBack() {
      Ledger ledger =
          withTotals(total("by-6", 6, 200, PLAN_NORTH), total("by-8", 8, 120, PLAN_NORTH));

      // 200 by the 6th: 150 left unrecorded; the 120 of the 8th takes none of them back
      assertThat(population(ledger, at(9, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(293));
      assertThat(Population.over(ledger, id("still-in-norway"), List.of(at(7, 0), at(9, 0))))
          .containsExactly(Optional.of(Estimate.exactly(293)), Optional.of(Estimate.exactly(293)));
      assertThat(PlanProgress.of(ledger, PLAN_NORTH, at(9, 0)).movedSoFar())
          .isEqualTo(Estimate.exactly(200));
    }

    @Test
    void aTotalOfOneOfThePlansPrisonsIsNotTheWholePlans() {
      // the plan also draws on an unnamed Norwegian facility: the north jail's total is a part
      Ledger ledger =
          withTotals(
              RunningTotalReported.of(
                      id("north-by-6"),
                      when(6, 0),
                      Flow.TRANSFERRED,
                      CensusScope.facilities(PlanProgressTest.NORTH_JAIL),
                      exactly(300))
                  .withPlan(PLAN_NORTH));

      assertThat(population(ledger, at(7, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(443));
      assertThat(PlanProgress.of(ledger, PLAN_NORTH, at(7, 0)).reportedTotal()).isEmpty();
    }

    @Test
    void aMovementUnderThePlanThatStaysInTheScopeIsNotTakenForADeparture() {
      // 40 moved under the plan to the east camp, still in Norway, and the total counts them
      Ledger ledger =
          withTotals(
              transfer(
                  "within-norway",
                  when(5, 12),
                  KEEPER_NORTH,
                  Account.heldAt(KEEPER, EAST_CAMP, FIGHTERS),
                  exactly(40),
                  PLAN_NORTH),
              total("by-6", 6, 120, PLAN_NORTH));

      // 120 - 20 known at the census - 30 and 40 recorded since: 30 left unrecorded
      assertThat(population(ledger, at(7, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(473 - 30 - 30));
    }

    @Test
    void aPlanWithAMovementOfAllOfThemLeavesItsTotalsOut() {
      Ledger ledger =
          accepted(
              Ledger.of(PlanProgressTest.WORLD)
                  .appendAll(
                      List.of(
                          dev.custody.event.ControlChanged.first(
                              id("control-north"), when(1, 0), PlanProgressTest.NORTH_JAIL, KEEPER),
                          census("count-north", when(1, 1), CensusScope.account(KEEPER_NORTH), 500),
                          PlanProgressTest.planNorth(exactly(2_000)),
                          census("still-in-norway", when(4, 0), FIGHTERS_IN_NORWAY, exactly(500)),
                          DetaineesTransferred.builder()
                              .id(id("emptied"))
                              .when(when(5, 12))
                              .from(KEEPER_NORTH)
                              .to(RIVAL_SOUTH)
                              .size(AllOfThemTest.EVERYONE)
                              .allOfThem(true)
                              .plan(PLAN_NORTH)
                              .build(),
                          total("by-6", 6, 2_000, PLAN_NORTH))));

      // how many the emptying moved is the balance it emptied, which this count does not follow
      assertThat(population(ledger, at(7, 0), "still-in-norway").runningTotals()).isEmpty();
    }

    @Test
    void aTotalOfAPlanNotYetKnownIsLeftOutWithThePlan() {
      // the plan's size was published on the 7th; its total on the 6th
      Ledger ledger =
          accepted(
              Ledger.of(PlanProgressTest.WORLD)
                  .appendAll(
                      List.of(
                          PlanProgressTest.planNorth(
                              Figure.of(
                                  Claim.of(Estimate.exactly(200), Source.of(KEEPER), when(7, 0)))),
                          RunningTotalReported.of(
                                  id("by-6"),
                                  when(6, 0),
                                  Flow.TRANSFERRED,
                                  FIGHTERS_IN_NORWAY,
                                  Figure.of(
                                      Claim.of(
                                          Estimate.exactly(120), Source.of(KEEPER), when(6, 0))))
                              .withPlan(PLAN_NORTH))));

      Ledger known = ledger.asKnownAt(at(6, 12));

      assertThat(known.events()).isEmpty();
      assertThat(known.verdict().errors()).isEmpty();
    }

    @Test
    void aPlanThatDeliversWithinTheScopeDoesNotCarryIt() {
      // a census of the fighters wherever they are: the plan's destination is within it
      Ledger ledger =
          withTotals(
              census("all-fighters", when(4, 1), CensusScope.cohort(FIGHTERS), exactly(500)),
              total("by-6", 6, 120, PLAN_NORTH));

      Population population = population(ledger, at(7, 0), "all-fighters");

      assertThat(population.population()).isEqualTo(Estimate.exactly(500));
      assertThat(population.runningTotals()).isEmpty();
      assertThat(population.provenance().kind()).isEqualTo(Provenance.Kind.COUNTED);
    }

    @Test
    void aPlanWithoutADestinationDoesNotCarryIt() {
      CensusScope familiesInNorway = CensusScope.country(NO).withCohort(FAMILIES);
      Ledger ledger =
          withTotals(
              census("families", when(4, 1), familiesInNorway, exactly(290)),
              RunningTotalReported.of(
                      id("camp-by-6"), when(6, 0), Flow.TRANSFERRED, familiesInNorway, exactly(60))
                  .withPlan(PLAN_CAMP));

      Population population = population(ledger, at(7, 0), "families");

      // where the camp's plan takes people is not on record: they may still be in Norway
      assertThat(population.population()).isEqualTo(Estimate.exactly(290));
      assertThat(population.runningTotals()).isEmpty();
    }

    @Test
    void aPlanThatDrawsOnFacilitiesOutsideTheScopeDoesNotCarryIt() {
      // a census of the camp alone: the plan for the north jail draws on other places
      Ledger ledger =
          withTotals(
              census("camp-only", when(4, 1), CensusScope.facilities(EAST_CAMP), exactly(290)),
              total("by-6", 6, 120, PLAN_NORTH));

      assertThat(population(ledger, at(7, 0), "camp-only").population())
          .isEqualTo(Estimate.exactly(290));
    }

    @Test
    void aTotalOfNoPlanDoesNotCarryIt() {
      Ledger ledger =
          withTotals(
              RunningTotalReported.of(
                  id("any-by-6"), when(6, 0), Flow.TRANSFERRED, FIGHTERS_IN_NORWAY, exactly(500)));

      assertThat(population(ledger, at(7, 0), "still-in-norway").population())
          .isEqualTo(Estimate.exactly(443));
    }
  }

  @Nested
  class ThePlansProgress {

    @Test
    void countsTheLatestTotalAndTheMovementsRecordedAfterIt() {
      Ledger ledger =
          withTotals(
              total("by-6", 6, 120, PLAN_NORTH),
              transfer("batch-3", when(7, 0), KEEPER_NORTH, RIVAL_SOUTH, exactly(10), PLAN_NORTH));

      PlanProgress progress = PlanProgress.of(ledger, PLAN_NORTH, at(8, 0));

      assertThat(progress.moved()).isEqualTo(Estimate.exactly(60));
      assertThat(progress.reportedTotal()).contains(id("by-6"));
      assertThat(progress.transfersAfterReported()).containsExactly(id("batch-3"));
      assertThat(progress.reported()).contains(Estimate.exactly(130));
      assertThat(progress.movedSoFar()).isEqualTo(Estimate.exactly(130));
      assertThat(progress.remaining()).isEqualTo(Estimate.exactly(70));
      assertThat(progress.progress().orElseThrow().best()).isEqualTo(0.65);
      assertThat(progress.toString())
          .contains("exactly 130 of exactly 200 moved (65%) by the running total by-6")
          .contains("exactly 60 recorded one by one");
    }

    @Test
    void aTotalBelowTheMovementsRecordedNeverSaysFewerMoved() {
      PlanProgress progress =
          PlanProgress.of(withTotals(total("by-6", 6, 10, PLAN_NORTH)), PLAN_NORTH, at(7, 0));

      assertThat(progress.moved()).isEqualTo(Estimate.exactly(50));
      assertThat(progress.movedSoFar()).isEqualTo(Estimate.exactly(50));
    }

    @Test
    void withoutATotalTheMovementsRecordedAreAllThatMoved() {
      PlanProgress progress = PlanProgress.of(withTotals(), PLAN_NORTH, at(8, 0));

      assertThat(progress.reportedTotal()).isEmpty();
      assertThat(progress.reported()).isEmpty();
      assertThat(progress.transfersAfterReported()).isEmpty();
      assertThat(progress.movedSoFar()).isEqualTo(progress.moved());
    }

    @Test
    void aTotalAfterTheInstantIsNotYetCounted() {
      PlanProgress progress = PlanProgress.of(twoTotals(), PLAN_NORTH, at(7, 0));

      assertThat(progress.reportedTotal()).contains(id("by-6"));
      assertThat(progress.movedSoFar()).isEqualTo(Estimate.exactly(120));
    }
  }

  @Nested
  class TheRunningTotalsBesideTheMovements {

    @Test
    void aTotalOfAPlanCountsOnlyTheMovementsUnderIt() {
      List<RunningTotal> totals = RunningTotal.allOf(twoTotals(), at(9, 0));

      // batch-1 and batch-2, not the 7 moved under no plan
      assertThat(totals.get(0).recorded()).isEqualTo(Estimate.exactly(50));
      assertThat(totals.get(0).movements()).containsExactly(id("batch-1"), id("batch-2"));
      assertThat(totals.get(0).event().toString()).contains(", under plan plan-north ");
    }
  }

  @Nested
  class TheRules {

    /** The errors; the fixture's claims were all reported on the 1st, which CUS-019 warns of. */
    static List<Violation> violationsOf(Event event) {
      AppendResult result = withTotals().append(event);
      return result.verdict().errors();
    }

    @Test
    void aTotalOfAnotherFlowThanThePlansIsAnError() {
      RunningTotalReported repatriated =
          RunningTotalReported.of(
                  id("repatriated"), when(6, 0), Flow.REPATRIATED, FIGHTERS_IN_NORWAY, exactly(10))
              .withPlan(PLAN_NORTH);

      assertThat(violationsOf(repatriated))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.rule()).isEqualTo(Rule.TRANSFER_OUTSIDE_PLAN);
                assertThat(v.field()).isEqualTo("flow");
                assertThat(v.message())
                    .contains(
                        "flow (repatriated) is not the flow of the movements of plan plan-north"
                            + " (transferred)");
              });
    }

    @Test
    void aTotalOfTheFlowOfThePlansMovementsIsAccepted() {
      assertThat(violationsOf(total("by-6", 6, 120, PLAN_NORTH))).isEmpty();
    }

    @Test
    void aTotalNamingNoPlanOfTheLedgerIsAnError() {
      assertThat(violationsOf(total("by-6", 6, 120, id("no-such-plan"))))
          .singleElement()
          .satisfies(
              v -> {
                assertThat(v.rule()).isEqualTo(Rule.UNKNOWN_REFERENCE);
                assertThat(v.field()).isEqualTo("plan");
              });
    }
  }
}
