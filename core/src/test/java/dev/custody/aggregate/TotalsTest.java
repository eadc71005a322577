package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
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
import java.util.Optional;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Totals} on a small synthetic world: a keeper holding fighters at a prison and families at
 * a camp in Norway, a rival holding fighters at a site in Sweden, somewhere in Sweden and at a
 * place not reported. The opening counts 455 held; ten escape and five are released.
 */
class TotalsTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
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
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO)),
              Facility.of(
                  SOUTH_SITE, "South site", FacilityKind.UNDISCLOSED_SITE, Location.in(SE))));

  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);
  static final Account KEEPER_CAMP = Account.heldAt(KEEPER, EAST_CAMP, FAMILIES);
  static final Account RIVAL_SOUTH = Account.heldAt(RIVAL, SOUTH_SITE, FIGHTERS);
  static final Account RIVAL_IN_SE = Account.heldIn(RIVAL, SE, FIGHTERS);
  static final Account RIVAL_SOMEWHERE = Account.held(RIVAL, FIGHTERS);
  static final Account AT_LARGE_NORTH = Account.atLargeFrom(NORTH_JAIL, FIGHTERS);

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Figure figure(Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(KEEPER), when(1, 0)));
  }

  static Figure exactly(long count) {
    return figure(Estimate.exactly(count));
  }

  static CensusTaken census(String id, When when, Account account, long count) {
    return CensusTaken.of(id(id), when, CensusScope.account(account), exactly(count));
  }

  static CensusTaken census(String id, When when, CensusScope scope, Estimate count) {
    return CensusTaken.of(id(id), when, scope, figure(count));
  }

  /** Keeper controls the jail and the camp; nobody's control of the south site is recorded. */
  static final ImmutableList<Event> OPENING =
      ImmutableList.of(
          ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER),
          ControlChanged.first(id("control-east"), when(1, 0), EAST_CAMP, KEEPER),
          census("count-north", when(1, 1), KEEPER_NORTH, 100),
          census("count-camp", when(1, 1), KEEPER_CAMP, 300),
          census("count-south", when(1, 1), RIVAL_SOUTH, 40),
          census("count-in-se", when(1, 1), RIVAL_IN_SE, 20),
          census("count-somewhere", when(1, 1), RIVAL_SOMEWHERE, 10),
          census("count-at-large", when(1, 1), AT_LARGE_NORTH, 0),
          DetaineesEscaped.of(id("breakout"), when(2, 0), KEEPER_NORTH, exactly(10)),
          DetaineesReleased.of(id("release"), when(2, 1), KEEPER_NORTH, exactly(5)));

  static final Instant DAY_3 = at(3, 0);

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger opened() {
    return accepted(Ledger.of(WORLD).appendAll(OPENING));
  }

  static Ledger opened(Event... more) {
    return accepted(opened().appendAll(List.of(more)));
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class WhatCounts {

    @Test
    void onlyHeldAccountsCount() {
      Totals<ActorId> totals = Totals.of(opened(), Dimension.CUSTODIAN, DAY_3);

      // 85 + 300 at the keeper's, 40 + 20 + 10 at the rival's; the 10 at large and the 5
      // released (an account nobody counted, so open-ended) are in nobody's custody
      assertThat(totals.total().isEqual(Estimate.exactly(455))).isTrue();
      assertThat(totals.group(KEEPER).orElseThrow().total().isEqual(Estimate.exactly(385)))
          .isTrue();
      assertThat(totals.group(RIVAL).orElseThrow().total().isEqual(Estimate.exactly(70))).isTrue();
      assertThat(totals.unattributed().isEqual(Estimate.exactly(0))).isTrue();
    }

    @Test
    void eventsAfterTheInstantAreNotCounted() {
      Totals<ActorId> beforeBreakout = Totals.of(opened(), Dimension.CUSTODIAN, at(1, 12));

      assertThat(beforeBreakout.group(KEEPER).orElseThrow().total().isEqual(Estimate.exactly(400)))
          .isTrue();
      assertThat(beforeBreakout.total().isEqual(Estimate.exactly(470))).isTrue();
      assertThat(beforeBreakout.asOf()).isEqualTo(at(1, 12));
    }

    @Test
    void anAccountNobodyCountedContributesItsLowerBoundAndLeavesTheTotalOpen() {
      Account keeperCampFighters = Account.heldAt(KEEPER, EAST_CAMP, FIGHTERS);
      Ledger ledger =
          opened(
              DetaineesTransferred.builder()
                  .id(id("to-camp"))
                  .when(when(2, 12))
                  .from(KEEPER_NORTH)
                  .to(keeperCampFighters)
                  .size(exactly(30))
                  .build());

      Totals<FacilityId> totals = Totals.of(ledger, Dimension.FACILITY, DAY_3);

      assertThat(totals.group(EAST_CAMP).orElseThrow().total().isEqual(Estimate.atLeast(330)))
          .isTrue();
      assertThat(totals.group(NORTH_JAIL).orElseThrow().total().isEqual(Estimate.exactly(55)))
          .isTrue();
      assertThat(totals.total().isEqual(Estimate.atLeast(455))).isTrue();
      assertThat(totals.total().hasUpperBound()).isFalse();
    }

    @Test
    void theReadingIsTheLedgers() {
      Ledger ledger = opened().withReading(Reading.preferring(KEEPER));

      assertThat(Totals.of(ledger, Dimension.COUNTRY, DAY_3).reading())
          .isEqualTo(Reading.preferring(KEEPER));
      assertThat(Totals.of(opened(), Dimension.COUNTRY, DAY_3).reading())
          .isEqualTo(Reading.envelope());
    }
  }

  @Nested
  class Groups {

    @Test
    void byCountryTheFacilitysCountryElseTheAccountsElseUnattributed() {
      Totals<CountryCode> totals = Totals.of(opened(), Dimension.COUNTRY, DAY_3);

      assertThat(totals.keys()).containsExactly(NO, SE);
      assertThat(totals.group(NO).orElseThrow().total().isEqual(Estimate.exactly(385))).isTrue();
      // the south site (40) and the rival's population somewhere in Sweden (20)
      assertThat(totals.group(SE).orElseThrow().total().isEqual(Estimate.exactly(60))).isTrue();
      // held at a place not reported
      assertThat(totals.unattributed().isEqual(Estimate.exactly(10))).isTrue();
    }

    @Test
    void byFacilityAccountsWithoutAFacilityAreUnattributed() {
      Totals<FacilityId> totals = Totals.of(opened(), Dimension.FACILITY, DAY_3);

      assertThat(totals.keys()).containsExactly(EAST_CAMP, NORTH_JAIL, SOUTH_SITE);
      assertThat(totals.unattributed().isEqual(Estimate.exactly(30))).isTrue();
    }

    @Test
    void byFacilityKindInDeclarationOrder() {
      Totals<FacilityKind> totals = Totals.of(opened(), Dimension.FACILITY_KIND, DAY_3);

      assertThat(totals.keys())
          .containsExactly(
              FacilityKind.PRISON, FacilityKind.DETENTION_CAMP, FacilityKind.UNDISCLOSED_SITE);
      assertThat(
              totals
                  .group(FacilityKind.DETENTION_CAMP)
                  .orElseThrow()
                  .total()
                  .isEqual(Estimate.exactly(300)))
          .isTrue();
      assertThat(totals.unattributed().isEqual(Estimate.exactly(30))).isTrue();
    }

    @Test
    void byCohortInTextOrderAndNothingUnattributed() {
      Totals<Cohort> totals = Totals.of(opened(), Dimension.COHORT, DAY_3);

      // "family members ..." before "fighters ..."
      assertThat(totals.keys()).containsExactly(FAMILIES, FIGHTERS);
      assertThat(totals.group(FIGHTERS).orElseThrow().total().isEqual(Estimate.exactly(155)))
          .isTrue();
      assertThat(totals.unattributed().isEqual(Estimate.exactly(0))).isTrue();
    }

    @Test
    void byControllerFacilitiesWithoutRecordedControlAreUnattributed() {
      Totals<ActorId> totals = Totals.of(opened(), Dimension.CONTROLLER, DAY_3);

      assertThat(totals.keys()).containsExactly(KEEPER);
      // the south site, whose control was never recorded, and the two accounts with no facility
      assertThat(totals.unattributed().isEqual(Estimate.exactly(70))).isTrue();
    }

    @Test
    void byControllerFollowsAChangeOfControlTheCustodianDoesNotSee() {
      Ledger ledger =
          opened(ControlChanged.of(id("north-taken"), when(2, 12), NORTH_JAIL, KEEPER, RIVAL));

      Totals<ActorId> byController = Totals.of(ledger, Dimension.CONTROLLER, DAY_3);
      Totals<ActorId> byCustodian = Totals.of(ledger, Dimension.CUSTODIAN, DAY_3);

      assertThat(byController.keys()).containsExactly(KEEPER, RIVAL);
      assertThat(byController.group(RIVAL).orElseThrow().total().isEqual(Estimate.exactly(85)))
          .isTrue();
      assertThat(byCustodian.group(RIVAL).orElseThrow().total().isEqual(Estimate.exactly(70)))
          .isTrue();
    }

    @Test
    void groupsAndUnattributedAddUpToTheTotalInEveryDimension() {
      Ledger ledger = opened();
      for (Dimension<?> dimension :
          List.of(
              Dimension.CUSTODIAN,
              Dimension.CONTROLLER,
              Dimension.COUNTRY,
              Dimension.FACILITY_KIND,
              Dimension.FACILITY,
              Dimension.COHORT)) {
        Totals<?> totals = Totals.of(ledger, dimension, DAY_3);
        Estimate sum = totals.unattributed();
        for (Group<?> group : totals.groups()) {
          sum = sum.plus(group.total());
        }

        assertThat(sum.isEqual(totals.total())).as("%s", dimension).isTrue();
        assertThat(totals.dimension()).isSameAs(dimension);
      }
    }

    @Test
    void groupOfAKeyNoHeldAccountHasIsEmpty() {
      Totals<CountryCode> totals = Totals.of(opened(), Dimension.COUNTRY, DAY_3);

      assertThat(totals.group(CountryCode.of("DK"))).isEmpty();
    }

    @Test
    void anEmptyLedgerHasNoGroupsAndATotalNotRecorded() {
      Totals<CountryCode> totals = Totals.of(Ledger.of(WORLD), Dimension.COUNTRY, DAY_3);

      assertThat(totals.groups()).isEmpty();
      assertThat(totals.total().isEqual(Estimate.exactly(0))).isTrue();
      // nothing counted is not "exactly 0": nobody knows how many are held
      assertThat(totals.isRecorded()).isFalse();
      assertThat(totals.hasUnattributed()).isFalse();
      assertThat(totals)
          .hasToString("held by country at 2030-03-03T00:00:00Z (envelope)\n  total: not recorded");
    }
  }

  @Test
  void aCensusIsComparedWithWhatItsAccountsHeldRightAfterItNotAtTheEndOfItsTime() {
    // the keeper counts its 385 and, at the same moment but recorded after the count, releases 15
    Ledger ledger =
        opened(
            census(
                "count-keeper", when(4, 0), CensusScope.custodian(KEEPER), Estimate.exactly(385)),
            DetaineesReleased.of(id("release-more"), when(4, 0), KEEPER_NORTH, exactly(15)));

    Totals<ActorId> byCustodian = Totals.of(ledger, Dimension.CUSTODIAN, at(5, 0));

    CensusComparison keeper = byCustodian.group(KEEPER).orElseThrow().census().orElseThrow();
    assertThat(keeper.census()).isEqualTo(id("count-keeper"));
    assertThat(keeper.total()).isEqualTo(Estimate.exactly(385));
    assertThat(keeper.agrees()).isTrue();
    assertThat(ledger.situationAfter(id("count-keeper")).balance(KEEPER_NORTH))
        .isEqualTo(Estimate.exactly(85));
    assertThat(ledger.situationAt(at(4, 0)).balance(KEEPER_NORTH)).isEqualTo(Estimate.exactly(70));
    assertThatThrownBy(() -> ledger.situationAfter(id("no-such-event")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ledger.situationAfter event (no-such-event) is not an event of the ledger");
  }

  @Test
  void aCountOfOneAccountIsComparedWithWhatTheMovementsLeftItNotWithItself() {
    // the movements leave the keeper 85 at the north prison; a count of that account finds 100,
    // and sets its balance: beside that balance it would agree with itself
    Ledger ledger =
        opened(
            census(
                "count-north-again",
                when(4, 0),
                CensusScope.account(KEEPER_NORTH),
                Estimate.exactly(100)));

    CensusComparison north =
        Totals.of(ledger, Dimension.FACILITY, at(5, 0)).groups().stream()
            .map(g -> g.census())
            .flatMap(Optional::stream)
            .filter(c -> c.census().equals(id("count-north-again")))
            .findFirst()
            .orElseThrow();

    assertThat(north.counted()).isEqualTo(Estimate.exactly(100));
    assertThat(north.total()).isEqualTo(Estimate.exactly(85));
    assertThat(north.agrees()).isFalse();
    assertThat(north.gap()).isEqualTo(15);
    assertThat(ledger.situationBefore(id("count-north-again")).balance(KEEPER_NORTH))
        .isEqualTo(Estimate.exactly(85));
    assertThat(ledger.situationAfter(id("count-north-again")).balance(KEEPER_NORTH))
        .isEqualTo(Estimate.exactly(100));
    assertThatThrownBy(() -> ledger.situationBefore(id("no-such-event")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Ledger.situationBefore event (no-such-event) is not an event of the ledger");
  }

  @Nested
  class OtherKinds {

    @Test
    void theReleasedAreTotalledByTheCustodianAndTheCountryTheyLeft() {
      Totals<ActorId> released =
          Totals.of(opened(), Dimension.CUSTODIAN, DAY_3, AccountKind.RELEASED);

      assertThat(released.kind()).isEqualTo(AccountKind.RELEASED);
      assertThat(released.keys()).containsExactly(KEEPER);
      assertThat(released.total().toString()).isEqualTo("at least 5");
      assertThat(Totals.of(opened(), Dimension.COUNTRY, DAY_3, AccountKind.RELEASED).keys())
          .containsExactly(NO);
      assertThat(released.toString()).startsWith("released by custodian at ");
    }

    @Test
    void theRepatriatedAreTotalledByDestinationWithShares() {
      Ledger ledger =
          opened(
              repatriation("to-se", when(2, 3), SE, 30), repatriation("to-no", when(2, 4), NO, 10));

      Totals<CountryCode> byDestination =
          Totals.of(ledger, Dimension.DESTINATION, DAY_3, AccountKind.REPATRIATED);

      assertThat(byDestination.keys()).containsExactly(NO, SE);
      assertThat(byDestination.group(SE).orElseThrow().total().low()).isEqualTo(30);
      assertThat(byDestination.group(SE).orElseThrow().share().orElseThrow().best())
          .isEqualTo(0.75);
      // the country of origin is another dimension: both left the camp in Norway
      assertThat(Totals.of(ledger, Dimension.COUNTRY, DAY_3, AccountKind.REPATRIATED).keys())
          .containsExactly(NO);
      // held accounts have no destination
      assertThat(Totals.of(ledger, Dimension.DESTINATION, DAY_3).groups()).isEmpty();
    }

    private DetaineesRepatriated repatriation(String id, When when, CountryCode to, long n) {
      return DetaineesRepatriated.builder()
          .id(id(id))
          .when(when)
          .from(KEEPER_CAMP)
          .destination(to)
          .size(exactly(n))
          .build();
    }

    @Test
    void thoseAtLargeAreTotalledByTheFacilityTheyEscapedFrom() {
      Totals<FacilityId> atLarge =
          Totals.of(opened(), Dimension.FACILITY, DAY_3, AccountKind.AT_LARGE);

      assertThat(atLarge.keys()).containsExactly(NORTH_JAIL);
      assertThat(atLarge.total()).isEqualTo(Estimate.exactly(10));
      // a count of those at large is set beside their group as a count of the held is: this one
      // counted the group's only account before the breakout, and agreed with it then
      CensusComparison census = atLarge.group(NORTH_JAIL).orElseThrow().census().orElseThrow();
      assertThat(census.census()).isEqualTo(id("count-at-large"));
      assertThat(census.agrees()).isTrue();
    }

    @Test
    void aJointCountOfThoseAtLargeIsTheWholeOfTheirFacility() {
      CensusScope both =
          CensusScope.jointly(AT_LARGE_NORTH, Account.atLargeFrom(NORTH_JAIL, FAMILIES));
      Ledger ledger =
          accepted(
              opened()
                  .append(census("count-escapees", when(2, 12), both, Estimate.between(10, 12))));

      Totals<FacilityId> atLarge =
          Totals.of(ledger, Dimension.FACILITY, DAY_3, AccountKind.AT_LARGE);

      // the breakout's 10 fighters are on record, the families at large are not: the count of both
      // cohorts together is the facility's whole, not the fighters alone
      Group<FacilityId> north = atLarge.group(NORTH_JAIL).orElseThrow();
      assertThat(north.accountsTotal()).isEqualTo(Estimate.exactly(10));
      assertThat(north.total()).isEqualTo(Estimate.between(10, 12));
      assertThat(north.wholeCountedBy()).contains(id("count-escapees"));
    }

    @Test
    void aKindNothingWasRecordedForIsNotRecorded() {
      Totals<ActorId> dead = Totals.of(opened(), Dimension.CUSTODIAN, DAY_3, AccountKind.DEAD);

      assertThat(dead.isRecorded()).isFalse();
      assertThat(dead.toString()).endsWith("total: not recorded");
    }

    @Test
    void theOutsideHoldsNoPopulationToTotal() {
      assertThatThrownBy(() -> Totals.of(opened(), Dimension.CUSTODIAN, DAY_3, AccountKind.OUTSIDE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Totals kind (OUTSIDE) must be a kind of account that holds a population");
    }

    @Test
    void aGroupsShareIsAtMostTheWhole() {
      Totals<ActorId> totals = Totals.of(opened(), Dimension.CUSTODIAN, DAY_3);

      assertThat(totals.groups())
          .allSatisfy(
              g -> {
                Share share = g.share().orElseThrow();
                assertThat(share.hasUpperBound()).isTrue();
                assertThat(share.high()).isLessThanOrEqualTo(1.0);
              });
    }
  }

  @Nested
  class Shares {

    @Test
    void aGroupsShareIsOfTheGrandTotal() {
      Totals<CountryCode> totals = Totals.of(opened(), Dimension.COUNTRY, DAY_3);

      assertThat(totals.group(NO).orElseThrow().share().orElseThrow().best())
          .isCloseTo(385.0 / 455, Offset.offset(1e-9));
      assertThat(totals.group(SE).orElseThrow().share().orElseThrow()).hasToString("13%");
    }

    @Test
    void noShareWhenTheTotalsBestIsZero() {
      Ledger ledger =
          accepted(
              Ledger.of(WORLD)
                  .appendAll(
                      List.of(
                          census("none-north", when(1, 1), KEEPER_NORTH, 0),
                          census("none-south", when(1, 1), RIVAL_SOUTH, 0))));

      Totals<FacilityId> totals = Totals.of(ledger, Dimension.FACILITY, DAY_3);

      // the groups exist, as held accounts have those keys, but there is nothing to divide by
      assertThat(totals.keys()).containsExactly(NORTH_JAIL, SOUTH_SITE);
      assertThat(totals.groups()).allSatisfy(g -> assertThat(g.share()).isEmpty());
      assertThat(totals.group(NORTH_JAIL).orElseThrow())
          .hasToString(
              "north-jail: exactly 0; census none-north of 2030-03-01T01:00:00Z: exactly 0"
                  + " counted, unknown in the accounts, agree");
    }
  }

  @Nested
  class Censuses {

    static final CensusTaken NO_FIRST =
        census("no-first", when(3, 0), CensusScope.country(NO), Estimate.about(400));
    static final CensusTaken NO_SECOND =
        census("no-second", when(4, 0), CensusScope.country(NO), Estimate.exactly(385));

    @Test
    void aCensusOfExactlyTheGroupsAccountsIsSetBesideIt() {
      Totals<CountryCode> totals = Totals.of(opened(NO_FIRST), Dimension.COUNTRY, at(3, 12));

      CensusComparison census = totals.group(NO).orElseThrow().census().orElseThrow();
      assertThat(census.census()).isEqualTo(id("no-first"));
      assertThat(census.when()).isEqualTo(when(3, 0));
      assertThat(census.scope()).isEqualTo(CensusScope.country(NO));
      assertThat(census.counted()).isEqualTo(Estimate.about(400));
      assertThat(census.total().isEqual(Estimate.exactly(385))).isTrue();
      assertThat(census.agrees()).isTrue();
      assertThat(census.gap()).isZero();
    }

    @Test
    void theLatestCensusByTheInstantWins() {
      Ledger ledger = opened(NO_FIRST, NO_SECOND);

      assertThat(
              Totals.of(ledger, Dimension.COUNTRY, at(5, 0))
                  .group(NO)
                  .orElseThrow()
                  .census()
                  .map(CensusComparison::census))
          .contains(id("no-second"));
      assertThat(
              Totals.of(ledger, Dimension.COUNTRY, at(3, 12))
                  .group(NO)
                  .orElseThrow()
                  .census()
                  .map(CensusComparison::census))
          .contains(id("no-first"));
    }

    @Test
    void aCensusOfTheGroupsWholeScopeIsItsTotalCarriedForwardAndNarrowedByItsAccounts() {
      Ledger ledger =
          opened(
              census(
                  "north-whole",
                  when(1, 2),
                  CensusScope.facilities(NORTH_JAIL),
                  Estimate.about(3_500)));

      Group<FacilityId> north =
          Totals.of(ledger, Dimension.FACILITY, DAY_3).group(NORTH_JAIL).orElseThrow();

      // the jail counted as a whole; its one account on record holds only part of it
      assertThat(north.wholeCountedBy()).contains(id("north-whole"));
      assertThat(north.accountsTotal()).isEqualTo(Estimate.exactly(85));
      // 10 escaped and 5 were released since the count
      assertThat(north.total())
          .isEqualTo(Estimate.about(3_500).minus(Estimate.exactly(10)).minus(Estimate.exactly(5)));
    }

    @Test
    void aCensusTheAccountsExceedIsNotTheTotal() {
      Ledger ledger =
          opened(
              census(
                  "north-too-few",
                  when(1, 2),
                  CensusScope.facilities(NORTH_JAIL),
                  Estimate.exactly(50)));

      Group<FacilityId> north =
          Totals.of(ledger, Dimension.FACILITY, DAY_3).group(NORTH_JAIL).orElseThrow();

      assertThat(north.wholeCountedBy()).isEmpty();
      assertThat(north.total()).isEqualTo(north.accountsTotal());
    }

    @Test
    void aCensusAfterTheInstantIsIgnored() {
      Totals<CountryCode> totals = Totals.of(opened(NO_FIRST), Dimension.COUNTRY, at(2, 12));

      assertThat(totals.group(NO).orElseThrow().census()).isEmpty();
    }

    @Test
    void aCensusOfPartOfTheGroupIsNotSetBesideIt() {
      // the south site is only part of Sweden: the rival also holds 20 somewhere in Sweden
      Ledger ledger =
          opened(
              census(
                  "south-only",
                  when(2, 12),
                  CensusScope.facilities(SOUTH_SITE),
                  Estimate.exactly(40)));

      Totals<CountryCode> byCountry = Totals.of(ledger, Dimension.COUNTRY, DAY_3);
      Totals<FacilityId> byFacility = Totals.of(ledger, Dimension.FACILITY, DAY_3);

      assertThat(byCountry.group(SE).orElseThrow().census()).isEmpty();
      assertThat(byFacility.group(SOUTH_SITE).orElseThrow().census().map(c -> c.census()))
          .contains(id("south-only"));
    }

    @Test
    void aCensusOfOneCohortIsNotSetBesideAGroupOfTwo() {
      Ledger ledger =
          opened(
              census(
                  "no-fighters",
                  when(2, 12),
                  CensusScope.country(NO).withCohort(FIGHTERS),
                  Estimate.exactly(85)));

      Totals<CountryCode> byCountry = Totals.of(ledger, Dimension.COUNTRY, DAY_3);
      Totals<FacilityId> byFacility = Totals.of(ledger, Dimension.FACILITY, DAY_3);

      // Norway holds fighters and families; the north jail only fighters
      assertThat(byCountry.group(NO).orElseThrow().census()).isEmpty();
      assertThat(byFacility.group(NORTH_JAIL).orElseThrow().census().map(c -> c.census()))
          .contains(id("no-fighters"));
    }

    @Test
    void aCensusOfMoreThanTheGroupIsNotSetBesideIt() {
      Ledger ledger =
          opened(
              census(
                  "keeper-all", when(2, 12), CensusScope.custodian(KEEPER), Estimate.exactly(385)));

      Totals<FacilityId> byFacility = Totals.of(ledger, Dimension.FACILITY, DAY_3);
      Totals<ActorId> byCustodian = Totals.of(ledger, Dimension.CUSTODIAN, DAY_3);

      assertThat(byFacility.group(NORTH_JAIL).orElseThrow().census().map(c -> c.census()))
          .contains(id("count-north"));
      assertThat(byFacility.group(EAST_CAMP).orElseThrow().census().map(c -> c.census()))
          .contains(id("count-camp"));
      assertThat(byCustodian.group(KEEPER).orElseThrow().census().map(c -> c.census()))
          .contains(id("keeper-all"));
    }

    @Test
    void aCensusThatMissesTheAccountsSaysByHowMuch() {
      Ledger ledger =
          opened(census("no-high", when(2, 12), CensusScope.country(NO), Estimate.exactly(500)));

      CensusComparison census =
          Totals.of(ledger, Dimension.COUNTRY, DAY_3)
              .group(NO)
              .orElseThrow()
              .census()
              .orElseThrow();

      assertThat(census.agrees()).isFalse();
      assertThat(census.gap()).isEqualTo(115);
      assertThat(census)
          .hasToString(
              "census no-high of 2030-03-02T12:00:00Z: exactly 500 counted, exactly 385 in the"
                  + " accounts, 115 apart");
    }

    @Test
    void aCensusTakenBeforeLaterMovementsIsComparedWithTheBalancesWhenItWasTaken() {
      // the opening count of 100 at the north jail is still its latest census after the breakout
      // and the release took 15 out of it: people moved since do not make it wrong. It is set
      // beside what the accounts held before it, unknown, not beside the 100 it set
      Group<FacilityId> north =
          Totals.of(opened(), Dimension.FACILITY, DAY_3).group(NORTH_JAIL).orElseThrow();
      CensusComparison census = north.census().orElseThrow();

      assertThat(census.census()).isEqualTo(id("count-north"));
      assertThat(census.counted()).isEqualTo(Estimate.exactly(100));
      assertThat(census.total()).isEqualTo(Estimate.unknown());
      assertThat(census.agrees()).isTrue();
      assertThat(census.gap()).isZero();
      assertThat(north.total()).isEqualTo(Estimate.exactly(85));
    }

    @Test
    void theCensusIsReadUnderTheLedgersReading() {
      CensusTaken disputed =
          CensusTaken.of(
              id("no-disputed"),
              when(2, 12),
              CensusScope.country(NO),
              Figure.of(
                  Claim.of(Estimate.exactly(385), Source.of(KEEPER), when(2, 12)),
                  Claim.of(Estimate.exactly(600), Source.of(RIVAL), when(2, 12))));
      Ledger ledger = opened(disputed);

      assertThat(
              Totals.of(ledger.withReading(Reading.preferring(RIVAL)), Dimension.COUNTRY, DAY_3)
                  .group(NO)
                  .orElseThrow()
                  .census()
                  .orElseThrow()
                  .counted())
          .isEqualTo(Estimate.exactly(600));
      assertThat(
              Totals.of(ledger.withReading(Reading.preferring(KEEPER)), Dimension.COUNTRY, DAY_3)
                  .group(NO)
                  .orElseThrow()
                  .census()
                  .orElseThrow()
                  .agrees())
          .isTrue();
    }
  }

  @Test
  void toStringListsTheGroupsTheUnattributedAndTheTotal() {
    Totals<CountryCode> totals = Totals.of(opened(Censuses.NO_FIRST), Dimension.COUNTRY, DAY_3);

    // the census of Norway counts its whole: the accounts on record (exactly 385) are a part of it
    assertThat(totals)
        .hasToString(
            "held by country at 2030-03-03T00:00:00Z (envelope)\n"
                + "  NO: about 400 (385-420) (about 85% (79%-92%)); census no-first of"
                + " 2030-03-03T00:00:00Z: about 400 (380-420) counted, exactly 385 in the accounts,"
                + " agree\n"
                + "  SE: exactly 60 (about 13% (12%-13%))\n"
                + "  no country recorded: exactly 10\n"
                + "  total: about 470 (455-490)");
  }

  @Test
  void toStringOmitsTheUnattributedLineWhenThereAreNone() {
    assertThat(Totals.of(opened(), Dimension.CUSTODIAN, DAY_3))
        .hasToString(
            "held by custodian at 2030-03-03T00:00:00Z (envelope)\n"
                + "  keeper: exactly 385 (85%)\n"
                + "  rival: exactly 70 (15%)\n"
                + "  total: exactly 455");
  }

  @Test
  void dimensions_are_named_for_what_they_group_by() {
    assertThat(Dimension.CUSTODIAN.name()).isEqualTo("custodian");
    assertThat(Dimension.CONTROLLER.name()).isEqualTo("controller");
    assertThat(Dimension.COUNTRY.name()).isEqualTo("country");
    assertThat(Dimension.FACILITY_KIND).hasToString("facility kind");
    assertThat(Dimension.FACILITY.name()).isEqualTo("facility");
    assertThat(Dimension.COHORT.name()).isEqualTo("cohort");
  }
}
