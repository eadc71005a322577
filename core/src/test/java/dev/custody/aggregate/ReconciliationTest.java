package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.ClaimStatus;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Reconciliation} and {@link ReportedFigure} on a small synthetic world: a census of a jail
 * with one claim, a plan and a census of a camp on which two sources agree, and an escape on which
 * the keeper's "exactly 10" and a monitor's "up to 20" agree but a rival's "over 50" conflicts with
 * both.
 */
class ReconciliationTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId BAND = ActorId.of("band");

  static final CountryCode NO = CountryCode.of("NO");
  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final FacilityId EAST_CAMP = FacilityId.of("east-camp");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, BAND);
  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);
  static final Account KEEPER_CAMP = Account.heldAt(KEEPER, EAST_CAMP, FAMILIES);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO))));

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Claim claim(Estimate estimate, ActorId source) {
    return Claim.of(estimate, Source.of(source), when(1, 0));
  }

  static final Claim KEEPER_10 = claim(Estimate.exactly(10), KEEPER);
  static final Claim RIVAL_OVER_50 = claim(Estimate.moreThan(50), RIVAL);
  static final Claim MONITOR_UP_TO_20 = claim(Estimate.upTo(20), MONITOR);

  static final CensusTaken COUNT_NORTH =
      CensusTaken.of(
          id("count-north"),
          when(1, 0),
          CensusScope.account(KEEPER_NORTH),
          Figure.of(claim(Estimate.exactly(100), KEEPER)));

  static final TransferPlanned PLAN =
      TransferPlanned.builder()
          .id(id("plan"))
          .when(when(1, 1))
          .planner(KEEPER)
          .cohort(FIGHTERS)
          .addNamedFacilities(NORTH_JAIL)
          .receiver(RIVAL)
          .size(Figure.of(claim(Estimate.exactly(50), KEEPER), claim(Estimate.about(50), MONITOR)))
          .build();

  static final CensusTaken COUNT_CAMP =
      CensusTaken.of(
          id("count-camp"),
          when(1, 2),
          CensusScope.account(KEEPER_CAMP),
          Figure.of(
              claim(Estimate.exactly(300), KEEPER), claim(Estimate.between(250, 350), MONITOR)));

  static final DetaineesEscaped BREAKOUT =
      DetaineesEscaped.of(
          id("breakout"),
          when(2, 0),
          KEEPER_NORTH,
          Figure.of(KEEPER_10, RIVAL_OVER_50, MONITOR_UP_TO_20));

  static final ImmutableList<Event> AGREEING =
      ImmutableList.of(
          ControlChanged.first(id("control"), when(1, 0), NORTH_JAIL, KEEPER),
          COUNT_NORTH,
          PLAN,
          COUNT_CAMP);

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger agreeing() {
    return accepted(Ledger.of(WORLD).appendAll(AGREEING));
  }

  static Ledger conflicting() {
    return accepted(agreeing().append(BREAKOUT));
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Reconciling {

    @Test
    void figuresWithOneClaimAreLeftOut() {
      Reconciliation reconciliation = Reconciliation.of(conflicting());

      assertThat(reconciliation.figures())
          .extracting(ReportedFigure::event)
          .containsExactly(id("plan"), id("count-camp"), id("breakout"));
    }

    @Test
    void aFigureWhoseOneClaimIsARumourIsKeptWithItsStatus() {
      // the only word on the deaths is a rumour: nothing to reconcile, but a reader must see it
      DetaineesEscaped rumoured =
          DetaineesEscaped.of(
              id("rumoured-breakout"),
              when(2, 0),
              KEEPER_NORTH,
              Figure.of(claim(Estimate.exactly(10), RIVAL).withStatus(ClaimStatus.rumoured())));
      Reconciliation reconciliation = Reconciliation.of(accepted(agreeing().append(rumoured)));

      assertThat(reconciliation.figures())
          .extracting(ReportedFigure::event)
          .containsExactly(id("plan"), id("count-camp"), id("rumoured-breakout"));
      assertThat(reconciliation.figures().get(2).agrees()).isTrue();
      // a plain report alone stays out, as count-north does
      assertThat(reconciliation.figures())
          .extracting(ReportedFigure::event)
          .doesNotContain(id("count-north"));
    }

    @Test
    void conflictingFiguresAreThoseWhoseClaimsCannotAllBeRight() {
      Reconciliation reconciliation = Reconciliation.of(conflicting());

      assertThat(reconciliation.conflicting())
          .extracting(ReportedFigure::event)
          .containsExactly(id("breakout"));
      assertThat(reconciliation.isReconcilable()).isFalse();
      assertThat(Readings.of(conflicting()).hasConsensus()).isFalse();
    }

    @Test
    void agreeingSourcesAreReconcilable() {
      Reconciliation reconciliation = Reconciliation.of(agreeing());

      assertThat(reconciliation.conflicting()).isEmpty();
      assertThat(reconciliation.isReconcilable()).isTrue();
      assertThat(Readings.of(agreeing()).hasConsensus()).isTrue();
    }

    @Test
    void anEmptyLedgerIsReconcilable() {
      Reconciliation reconciliation = Reconciliation.of(Ledger.of(WORLD));

      assertThat(reconciliation.figures()).isEmpty();
      assertThat(reconciliation.isReconcilable()).isTrue();
      assertThat(reconciliation).hasToString("0 figures with several claims, all reconcilable");
    }

    @Test
    void aFigureOfFiveThousandConflictingClaimsHoldsTheTenWidestAndTheirNumber() {
      List<Claim> claims = new java.util.ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        claims.add(claim(Estimate.exactly(i), KEEPER));
      }
      DetaineesEscaped crowded =
          DetaineesEscaped.of(id("crowded"), when(2, 0), KEEPER_NORTH, Figure.of(claims));

      Reconciliation reconciliation = Reconciliation.of(accepted(agreeing().append(crowded)));
      ReportedFigure figure = reconciliation.conflicting().get(0);

      assertThat(figure.conflicts()).hasSize(ReportedFigure.CONFLICTS_SHOWN).hasSize(10);
      assertThat(figure.conflicts().get(0).gap()).isEqualTo(4_999);
      assertThat(figure.conflictCount()).isEqualTo(12_497_500L);
      assertThat(reconciliation.conflictCount()).isEqualTo(12_497_500L);
      assertThat(figure.toString())
          .startsWith("crowded (detainees-escaped) size: 5000 claims, 12497500 conflicts\n")
          .endsWith("\n    ... and 12497490 more conflicts");
      assertThat(figure.toString().lines().filter(l -> l.startsWith("    conflict: "))).hasSize(10);
    }

    @Test
    void theConflictCountOfALedgerAddsUpItsFigures() {
      assertThat(Reconciliation.of(conflicting()).conflictCount()).isEqualTo(2);
      assertThat(Reconciliation.of(agreeing()).conflictCount()).isZero();
    }

    @Test
    void toStringNamesEachFigureItsClaimsAndTheConflictingPairsWithTheirGap() {
      assertThat(Reconciliation.of(conflicting()))
          .hasToString(
              "3 figures with several claims, 1 not reconcilable\n"
                  + "  plan (transfer-planned) size: 2 claims, consensus exactly 50\n"
                  + "    claim: exactly 50 according to keeper, reported 2030-03-01T00:00:00Z\n"
                  + "    claim: about 50 (47-53) according to monitor, reported"
                  + " 2030-03-01T00:00:00Z\n"
                  + "  count-camp (census-taken) count: 2 claims, consensus exactly 300\n"
                  + "    claim: exactly 300 according to keeper, reported 2030-03-01T00:00:00Z\n"
                  + "    claim: between 250 and 350 according to monitor, reported"
                  + " 2030-03-01T00:00:00Z\n"
                  + "  breakout (detainees-escaped) size: 3 claims, 2 conflicts\n"
                  + "    claim: exactly 10 according to keeper, reported 2030-03-01T00:00:00Z\n"
                  + "    claim: over 50 according to rival, reported 2030-03-01T00:00:00Z\n"
                  + "    claim: up to 20 according to monitor, reported 2030-03-01T00:00:00Z\n"
                  + "    conflict: exactly 10 (keeper) conflicts with over 50 (rival): 41 apart,"
                  + " the low end 51 of rival above the high end 10 of keeper\n"
                  + "    conflict: over 50 (rival) conflicts with up to 20 (monitor): 31 apart,"
                  + " the low end 51 of rival above the high end 20 of monitor");
    }

    @Test
    void toStringOfOneFigureAllReconcilable() {
      Ledger ledger = accepted(Ledger.of(WORLD).appendAll(List.of(COUNT_NORTH, COUNT_CAMP)));

      assertThat(Reconciliation.of(ledger).toString())
          .startsWith("1 figure with several claims, all reconcilable\n  count-camp");
    }
  }

  @Nested
  class Figures {

    @Test
    void aCensusReportsItsCount() {
      assertThat(ReportedFigure.allOf(COUNT_CAMP))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.event()).isEqualTo(id("count-camp"));
                assertThat(f.type()).isEqualTo(CensusTaken.TYPE);
                assertThat(f.role()).isEqualTo("count");
                assertThat(f.figure()).isEqualTo(COUNT_CAMP.count());
              });
    }

    @Test
    void aPlanReportsItsSize() {
      assertThat(ReportedFigure.allOf(PLAN))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.type()).isEqualTo(TransferPlanned.TYPE);
                assertThat(f.role()).isEqualTo("size");
                assertThat(f.figure()).isEqualTo(PLAN.size());
              });
    }

    @Test
    void aMovementReportsItsSize() {
      assertThat(ReportedFigure.allOf(BREAKOUT))
          .singleElement()
          .satisfies(
              f -> {
                assertThat(f.type()).isEqualTo(DetaineesEscaped.TYPE);
                assertThat(f.role()).isEqualTo("size");
                assertThat(f.figure()).isEqualTo(BREAKOUT.size());
              });
    }

    @Test
    void controlChangesAndAgreementsReportNone() {
      Agreement agreement =
          Agreement.builder()
              .id(AgreementId.of("truce"))
              .kind(AgreementKind.CEASEFIRE)
              .title("Truce")
              .addParties(KEEPER, RIVAL)
              .concluded(when(1, 0))
              .build();

      assertThat(ReportedFigure.allOf(AGREEING.get(0))).isEmpty();
      assertThat(ReportedFigure.allOf(AgreementConcluded.of(id("truce"), agreement))).isEmpty();
    }

    @Test
    void conflictsArePairsThatCannotBothBeRight() {
      ReportedFigure breakout = ReportedFigure.allOf(BREAKOUT).get(0);

      assertThat(breakout.agrees()).isFalse();
      assertThat(breakout.conflicts())
          .containsExactly(
              ClaimConflict.of(KEEPER_10, RIVAL_OVER_50),
              ClaimConflict.of(RIVAL_OVER_50, MONITOR_UP_TO_20));
      assertThat(breakout.conflicts()).extracting(ClaimConflict::gap).containsExactly(41L, 31L);
      assertThat(breakout.consensus()).isEmpty();
      assertThat(breakout.envelope()).isEqualTo(BREAKOUT.size().envelope());
      // the monitor's "up to 20" allows none, the rival's "over 50" any number above
      assertThat(breakout.envelope().low()).isZero();
      assertThat(breakout.envelope().hasUpperBound()).isFalse();
    }

    @Test
    void agreeingClaimsHaveAConsensus() {
      ReportedFigure camp = ReportedFigure.allOf(COUNT_CAMP).get(0);

      assertThat(camp.agrees()).isTrue();
      assertThat(camp.conflicts()).isEmpty();
      assertThat(camp.consensus()).contains(Estimate.exactly(300));
      assertThat(camp.envelope()).hasToString("between 250 and 350");
    }

    @Test
    void sourcesAreDistinctInTheOrderReported() {
      DetaineesTransferred twiceByTheKeeper =
          DetaineesTransferred.builder()
              .id(id("moved"))
              .when(when(3, 0))
              .from(KEEPER_NORTH)
              .to(Account.heldAt(RIVAL, NORTH_JAIL, FIGHTERS))
              .size(
                  Figure.of(
                      claim(Estimate.exactly(5), MONITOR),
                      claim(Estimate.exactly(5), KEEPER),
                      Claim.of(Estimate.about(5), Source.of(MONITOR), when(3, 0))))
              .build();

      assertThat(ReportedFigure.allOf(twiceByTheKeeper).get(0).sources())
          .containsExactly(Source.of(MONITOR), Source.of(KEEPER));
    }

    @Test
    void toStringOfAFigureWithOneClaim() {
      assertThat(ReportedFigure.allOf(COUNT_NORTH).get(0))
          .hasToString(
              "count-north (census-taken) count: 1 claim, consensus exactly 100\n"
                  + "    claim: exactly 100 according to keeper, reported 2030-03-01T00:00:00Z");
    }
  }
}
