package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
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
import dev.custody.model.Reading;
import dev.custody.model.Share;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanProgress} on a small synthetic world: a keeper holds 500 fighters at a jail and 300
 * family members at a camp, both in Norway; one plan moves 200 fighters from the jail and one
 * unnamed Norwegian facility to a rival's site in Sweden, another 100 family members from the camp
 * alone. Two batches of 20 and 30 go under the first plan, 10 under the second and 7 under none.
 */
class PlanProgressTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId BAND = ActorId.of("band");

  static final CountryCode NO = CountryCode.of("NO");
  static final CountryCode SE = CountryCode.of("SE");

  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final FacilityId EAST_CAMP = FacilityId.of("east-camp");
  static final FacilityId SOUTH_SITE = FacilityId.of("south-site");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, BAND);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO)),
              Facility.of(
                  SOUTH_SITE, "South site", FacilityKind.UNDISCLOSED_SITE, Location.in(SE))));

  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);
  static final Account KEEPER_CAMP = Account.heldAt(KEEPER, EAST_CAMP, FAMILIES);
  static final Account RIVAL_SOUTH = Account.heldAt(RIVAL, SOUTH_SITE, FIGHTERS);
  static final Account RIVAL_SOUTH_FAMILIES = Account.heldAt(RIVAL, SOUTH_SITE, FAMILIES);

  static final EventId PLAN_NORTH = id("plan-north");
  static final EventId PLAN_CAMP = id("plan-camp");

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Figure by(ActorId source, Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(source), when(1, 0)));
  }

  static Figure exactly(long count) {
    return by(KEEPER, Estimate.exactly(count));
  }

  static TransferPlanned planNorth(Figure size) {
    return TransferPlanned.builder()
        .id(PLAN_NORTH)
        .when(when(2, 0))
        .planner(KEEPER)
        .cohort(FIGHTERS)
        .addNamedFacilities(NORTH_JAIL)
        .unnamedFacilities(1)
        .originCountry(NO)
        .receiver(RIVAL)
        .destination(SOUTH_SITE)
        .size(size)
        .build();
  }

  static final TransferPlanned PLAN_CAMP_EVENT =
      TransferPlanned.builder()
          .id(PLAN_CAMP)
          .when(when(2, 0))
          .planner(KEEPER)
          .cohort(FAMILIES)
          .addNamedFacilities(EAST_CAMP)
          .receiver(RIVAL)
          .size(exactly(100))
          .build();

  static DetaineesTransferred transfer(
      String id, When when, Account from, Account to, Figure size, EventId plan) {
    DetaineesTransferred.Builder builder =
        DetaineesTransferred.builder().id(id(id)).when(when).from(from).to(to).size(size);
    if (plan != null) {
      builder.plan(plan);
    }
    return builder.build();
  }

  static CensusTaken census(String id, When when, CensusScope scope, Figure count) {
    return CensusTaken.of(id(id), when, scope, count);
  }

  static CensusTaken census(String id, When when, CensusScope scope, long count) {
    return census(id, when, scope, exactly(count));
  }

  static ImmutableList<Event> events(Figure batch2, Figure planSize) {
    return ImmutableList.of(
        ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER),
        ControlChanged.first(id("control-east"), when(1, 0), EAST_CAMP, KEEPER),
        census("count-north", when(1, 1), CensusScope.account(KEEPER_NORTH), 500),
        census("count-camp", when(1, 1), CensusScope.account(KEEPER_CAMP), 300),
        planNorth(planSize),
        PLAN_CAMP_EVENT,
        transfer("batch-1", when(3, 0), KEEPER_NORTH, RIVAL_SOUTH, exactly(20), PLAN_NORTH),
        transfer(
            "camp-batch", when(3, 1), KEEPER_CAMP, RIVAL_SOUTH_FAMILIES, exactly(10), PLAN_CAMP),
        transfer("unplanned", when(3, 2), KEEPER_NORTH, RIVAL_SOUTH, exactly(7), null),
        transfer("batch-2", when(5, 0), KEEPER_NORTH, RIVAL_SOUTH, batch2, PLAN_NORTH));
  }

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger base() {
    return accepted(Ledger.of(WORLD).appendAll(events(exactly(30), exactly(200))));
  }

  static Ledger base(Event... more) {
    return accepted(base().appendAll(List.of(more)));
  }

  static final Instant LATER = at(10, 0);

  // ------------------------------------------------------------------------------------------

  @Nested
  class WhichPlan {

    @Test
    void anUnknownIdIsAnIllegalArgumentNamingIt() {
      Ledger ledger = base();

      assertThatThrownBy(() -> PlanProgress.of(ledger, id("no-such-plan"), LATER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith(
              "PlanProgress plan (no-such-plan) is not an event of the ledger (ledger of 10");
    }

    @Test
    void anEventThatIsNotAPlanIsAnIllegalArgumentNamingItsType() {
      Ledger ledger = base();

      assertThatThrownBy(() -> PlanProgress.of(ledger, id("batch-1"), LATER))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "PlanProgress plan (batch-1) must be a transfer-planned event, but is a"
                  + " detainees-transferred");
    }
  }

  @Nested
  class Moved {

    @Test
    void countsTheTransfersUnderThePlanOnly() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_NORTH, LATER);

      // not the 10 under the camp's plan, not the 7 under no plan
      assertThat(progress.transfers()).containsExactly(id("batch-1"), id("batch-2"));
      assertThat(progress.moved()).isEqualTo(Estimate.exactly(50));
      assertThat(progress.plan()).isEqualTo(planNorth(exactly(200)));
      assertThat(progress.asOf()).isEqualTo(LATER);
      assertThat(progress.reading()).isEqualTo(Reading.envelope());
      assertThat(progress.planned()).isEqualTo(Estimate.exactly(200));
    }

    @Test
    void theOtherPlanCountsItsOwn() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_CAMP, LATER);

      assertThat(progress.transfers()).containsExactly(id("camp-batch"));
      assertThat(progress.moved()).isEqualTo(Estimate.exactly(10));
    }

    @Test
    void transfersAfterTheInstantAreNotCounted() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_NORTH, at(4, 0));

      assertThat(progress.transfers()).containsExactly(id("batch-1"));
      assertThat(progress.moved()).isEqualTo(Estimate.exactly(20));
    }

    @Test
    void anInstantCertainlyBeforeThePlanWasMadeIsRejected() {
      assertThatThrownBy(() -> PlanProgress.of(base(), PLAN_NORTH, at(1, 23)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "PlanProgress instant (2030-03-01T23:00:00Z) is certainly before the plan plan-north"
                  + " was made (2030-03-02T00:00:00Z)");
    }

    @Test
    void theInstantThePlanIsMadeIsAccepted() {
      assertThat(PlanProgress.of(base(), PLAN_NORTH, at(2, 0)).moved())
          .isEqualTo(Estimate.exactly(0));
    }

    @Test
    void nothingMovedBeforeTheFirstTransfer() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_NORTH, at(2, 12));

      assertThat(progress.transfers()).isEmpty();
      assertThat(progress.moved()).isEqualTo(Estimate.exactly(0));
      assertThat(progress.progress()).contains(Share.exactly(0));
      assertThat(progress.remaining()).isEqualTo(Estimate.exactly(200));
    }

    @Test
    void progressAndRemaining() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_NORTH, LATER);

      assertThat(progress.progress()).contains(Share.exactly(0.25));
      assertThat(progress.remaining()).isEqualTo(Estimate.exactly(150));
    }

    @Test
    void noProgressWhenThePlansBestSizeIsZero() {
      Ledger ledger =
          accepted(
              Ledger.of(WORLD)
                  .appendAll(
                      List.of(
                          census("count-north", when(1, 1), CensusScope.account(KEEPER_NORTH), 500),
                          planNorth(exactly(0)))));

      PlanProgress progress = PlanProgress.of(ledger, PLAN_NORTH, LATER);

      assertThat(progress.progress()).isEmpty();
      assertThat(progress.remaining()).isEqualTo(Estimate.exactly(0));
      assertThat(progress)
          .hasToString("plan-north (envelope): none moved yet of exactly 0, exactly 0 remaining");
    }

    @Test
    void remainingIsClippedAtZero() {
      Figure fortyToSixty = by(KEEPER, Estimate.of(40, 45, 60));
      Ledger ledger = accepted(Ledger.of(WORLD).appendAll(events(exactly(30), fortyToSixty)));

      PlanProgress progress = PlanProgress.of(ledger, PLAN_NORTH, LATER);

      // 50 moved under a plan of 40 to 60, best 45: the ledger warns (CUS-006)
      assertThat(progress.remaining().low()).isZero();
      assertThat(progress.remaining().best()).isZero();
      assertThat(progress.remaining().high()).isEqualTo(10);
      assertThat(progress.progress().orElseThrow().best()).isEqualTo(50.0 / 45);
    }
  }

  @Nested
  class Population {

    static final CensusScope NORWAY = CensusScope.country(NO);

    PlanProgress northWith(CensusTaken census) {
      return PlanProgress.of(base(census), PLAN_NORTH, LATER);
    }

    PlanProgress campWith(CensusTaken census) {
      return PlanProgress.of(base(census), PLAN_CAMP, LATER);
    }

    @Test
    void aCensusOfTheOriginCountryCountsThePopulation() {
      PlanProgress progress = northWith(census("in-norway", when(2, 6), NORWAY, 800));

      assertThat(progress.populationCensus()).contains(id("in-norway"));
      assertThat(progress.population()).contains(Estimate.exactly(800));
      assertThat(progress.coverage()).contains(Share.exactly(0.25));
      assertThat(progress.wouldStay()).contains(Estimate.exactly(600));
    }

    @Test
    void aCensusOfThePlansCohortInTheOriginCountryCounts() {
      PlanProgress progress =
          northWith(census("fighters", when(2, 6), NORWAY.withCohort(FIGHTERS), 400));

      assertThat(progress.populationCensus()).contains(id("fighters"));
    }

    @Test
    void aCensusOfAnotherCohortDoesNot() {
      PlanProgress progress =
          northWith(census("families", when(2, 6), NORWAY.withCohort(FAMILIES), 300));

      assertThat(progress.populationCensus()).isEmpty();
      assertThat(progress.population()).isEmpty();
      assertThat(progress.coverage()).isEmpty();
      assertThat(progress.wouldStay()).isEmpty();
    }

    @Test
    void aCensusOfOneCustodianDoesNot() {
      PlanProgress progress =
          northWith(census("keepers", when(2, 6), NORWAY.withCustodian(KEEPER), 800));

      assertThat(progress.populationCensus()).isEmpty();
    }

    @Test
    void aCensusOfAnotherCountryDoesNot() {
      PlanProgress progress =
          northWith(census("in-sweden", when(2, 6), CensusScope.country(SE), 100));

      assertThat(progress.populationCensus()).isEmpty();
    }

    @Test
    void forAPlanWithAnOriginCountryACensusOfItsNamedFacilitiesDoesNot() {
      PlanProgress progress =
          northWith(census("jail", when(2, 6), CensusScope.facilities(NORTH_JAIL), 480));

      assertThat(progress.populationCensus()).isEmpty();
    }

    @Test
    void aCensusOfOneAccountDoesNot() {
      // the opening census counts the jail's one account; the plan draws on more than that
      assertThat(PlanProgress.of(base(), PLAN_NORTH, LATER).populationCensus()).isEmpty();
    }

    @Test
    void forAPlanOfOneFacilityTheCensusOfItsOneAccountOfThePlansCohortCounts() {
      PlanProgress progress = PlanProgress.of(base(), PLAN_CAMP, LATER);

      assertThat(progress.populationCensus()).contains(id("count-camp"));
      assertThat(progress.population()).contains(Estimate.exactly(300));
    }

    @Test
    void aCensusOfAnAccountOfAnotherCohortAtThePlansFacilityDoesNot() {
      Account fighters = Account.heldAt(KEEPER, EAST_CAMP, FIGHTERS);
      Ledger ledger =
          accepted(
              Ledger.of(WORLD)
                  .appendAll(
                      List.of(
                          census("fighters-at-camp", when(1, 1), CensusScope.account(fighters), 9),
                          PLAN_CAMP_EVENT)));

      assertThat(PlanProgress.of(ledger, PLAN_CAMP, LATER).populationCensus()).isEmpty();
    }

    @Test
    void aPlanThatNamesItsFacilitiesAndTheirCountryFindsTheCensusOfTheFacilities() {
      TransferPlanned plan =
          TransferPlanned.builder()
              .id(id("plan-named-in-norway"))
              .when(when(2, 0))
              .planner(KEEPER)
              .cohort(FAMILIES)
              .addNamedFacilities(EAST_CAMP)
              .originCountry(NO)
              .receiver(RIVAL)
              .size(exactly(100))
              .build();
      Ledger ledger =
          accepted(
              Ledger.of(WORLD)
                  .appendAll(
                      List.of(
                          census("camp", when(1, 1), CensusScope.facilities(EAST_CAMP), 280),
                          plan)));

      assertThat(PlanProgress.of(ledger, plan.id(), LATER).populationCensus()).contains(id("camp"));
    }

    @Test
    void forAPlanOfNamedFacilitiesACensusOfExactlyThoseCounts() {
      PlanProgress progress =
          campWith(census("camp", when(2, 6), CensusScope.facilities(EAST_CAMP), 290));

      assertThat(progress.populationCensus()).contains(id("camp"));
      assertThat(progress.population()).contains(Estimate.exactly(290));
    }

    @Test
    void forAPlanOfNamedFacilitiesACensusOfThemAndTheirCohortCounts() {
      PlanProgress progress =
          campWith(
              census(
                  "camp-families",
                  when(2, 6),
                  CensusScope.facilities(EAST_CAMP).withCohort(FAMILIES),
                  290));

      assertThat(progress.populationCensus()).contains(id("camp-families"));
    }

    @Test
    void forAPlanOfNamedFacilitiesACensusOfMoreFacilitiesDoesNot() {
      PlanProgress progress =
          campWith(census("two", when(2, 6), CensusScope.facilities(EAST_CAMP, NORTH_JAIL), 780));

      // the opening census of the camp's one account of families still counts the plan's
      // population; the later census of two facilities does not
      assertThat(progress.populationCensus()).contains(id("count-camp"));
    }

    @Test
    void forAPlanOfNamedFacilitiesACensusOfTheCountryDoesNot() {
      PlanProgress progress = campWith(census("in-norway", when(2, 6), NORWAY, 800));

      // as above: the account census, not the later one of the country
      assertThat(progress.populationCensus()).contains(id("count-camp"));
    }

    @Test
    void theLatestCensusByTheInstantIsUsed() {
      Ledger ledger =
          base(census("first", when(2, 6), NORWAY, 800), census("second", when(6, 0), NORWAY, 750));

      assertThat(PlanProgress.of(ledger, PLAN_NORTH, LATER).populationCensus())
          .contains(id("second"));
      assertThat(PlanProgress.of(ledger, PLAN_NORTH, at(5, 12)).populationCensus())
          .contains(id("first"));
      assertThat(PlanProgress.of(ledger, PLAN_NORTH, at(2, 3)).populationCensus()).isEmpty();
    }

    @Test
    void coverageAndWouldStayOfAnUncertainPopulation() {
      PlanProgress progress =
          northWith(census("in-norway", when(2, 6), NORWAY, by(KEEPER, Estimate.about(800))));

      assertThat(progress.coverage().orElseThrow()).hasToString("about 25% (24%-26%)");
      assertThat(progress.wouldStay()).contains(Estimate.about(800).minus(Estimate.exactly(200)));
      assertThat(progress.wouldStay().orElseThrow()).hasToString("between 560 and 640");
    }

    @Test
    void noCoverageWhenThePopulationsBestIsZeroButWouldStayIsZero() {
      PlanProgress progress = northWith(census("none", when(2, 6), NORWAY, 0));

      assertThat(progress.population()).contains(Estimate.exactly(0));
      assertThat(progress.coverage()).isEmpty();
      assertThat(progress.wouldStay()).contains(Estimate.exactly(0));
    }
  }

  @Nested
  class Fallbacks {

    /** The plan and the first batch claimed by the keeper; the second and the census by others. */
    Ledger sourced() {
      Ledger ledger =
          accepted(
              Ledger.of(WORLD).appendAll(events(by(MONITOR, Estimate.exactly(30)), exactly(200))));
      return accepted(
          ledger.append(
              census(
                  "in-norway",
                  when(2, 6),
                  CensusScope.country(NO),
                  by(MONITOR, Estimate.about(800)))));
    }

    @Test
    void noneUnderTheEnvelope() {
      assertThat(PlanProgress.of(sourced(), PLAN_NORTH, LATER).fallbacks()).isEmpty();
    }

    @Test
    void theEventsTheSourceMadeNoClaimOnArePlanThenTransfersThenCensus() {
      Ledger ledger = sourced();

      assertThat(
              PlanProgress.of(ledger.withReading(Reading.preferring(KEEPER)), PLAN_NORTH, LATER)
                  .fallbacks())
          .containsExactly(id("batch-2"), id("in-norway"));
      assertThat(
              PlanProgress.of(ledger.withReading(Reading.preferring(MONITOR)), PLAN_NORTH, LATER)
                  .fallbacks())
          .containsExactly(PLAN_NORTH, id("batch-1"));
    }

    @Test
    void toStringNamesThem() {
      PlanProgress progress =
          PlanProgress.of(sourced().withReading(Reading.preferring(KEEPER)), PLAN_NORTH, LATER);

      assertThat(progress.reading()).isEqualTo(Reading.preferring(KEEPER));
      assertThat(progress)
          .hasToString(
              "plan-north (according to keeper): exactly 50 of exactly 200 moved (25%), exactly"
                  + " 150 remaining; population about 800 (760-840), counted by in-norway, plan"
                  + " covers about 25% (24%-26%), between 560 and 640 would stay; from other"
                  + " sources: [batch-2, in-norway]");
    }
  }

  @Test
  void toStringWithoutPopulationOrFallbacks() {
    assertThat(PlanProgress.of(base(), PLAN_NORTH, LATER))
        .hasToString(
            "plan-north (envelope): exactly 50 of exactly 200 moved (25%), exactly 150"
                + " remaining");
  }
}
