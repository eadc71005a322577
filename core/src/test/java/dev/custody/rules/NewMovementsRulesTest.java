package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.HASAKAH;
import static dev.custody.rules.RuleFixture.IQ;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.ISIS;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_AL_HOL;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SY;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.said;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.PlanProgress;
import dev.custody.event.Account;
import dev.custody.event.ControlChanged;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.IntakeKind;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.NationalityGroup;
import java.time.Instant;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules on the movements of intake, death, handover in place and repatriation to a named
 * country, each broken and kept through a ledger's {@code append}.
 */
class NewMovementsRulesTest {
  static final CountryCode FR = CountryCode.of("FR");
  static final Cohort FRENCH = Cohort.of(CohortCategory.FIGHTERS, ISIS, NationalityGroup.of(FR));
  static final Cohort FOREIGN =
      Cohort.of(CohortCategory.FIGHTERS, ISIS, NationalityGroup.allExcept(IQ, SY));
  static final Account FRENCH_AT_HOL = Account.heldAt(SDF, AL_HOL, FRENCH);

  @Nested
  class Intakes {
    @Test
    void an_intake_credits_the_held_account_and_nothing_is_overdrawn() {
      Ledger before = ledger(census("none", 1, SDF_HASAKAH, Estimate.exactly(0)));
      DetaineesTakenIntoCustody intake =
          DetaineesTakenIntoCustody.of(
              id("surrender"),
              day(3),
              SDF_HASAKAH,
              IntakeKind.SURRENDER,
              said(Estimate.exactly(40)));

      AppendResult result = before.append(intake);

      assertAccepted(result, before, intake);
      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result.ledger().situationAt(day(4).end()).balance(SDF_HASAKAH))
          .isEqualTo(Estimate.exactly(40));
    }

    @Test
    void an_intake_by_an_unknown_custodian_breaks_cus_005() {
      Ledger before = ledger();
      AppendResult result =
          before.append(
              DetaineesTakenIntoCustody.of(
                  id("arrests"),
                  day(3),
                  Account.heldAt(dev.custody.model.ActorId.of("nobody"), HASAKAH, FIGHTERS),
                  IntakeKind.ARREST,
                  said(Estimate.exactly(4))));

      assertThat(result.verdict().breaks(Rule.UNKNOWN_REFERENCE)).isTrue();
      assertRejected(result, before);
    }
  }

  @Nested
  class Deaths {
    @Test
    void more_deaths_than_a_counted_prison_holds_break_cus_001() {
      Ledger before = ledger(census("count", 1, SDF_HASAKAH, Estimate.exactly(10)));

      AppendResult result =
          before.append(
              DetaineesDied.of(id("strike"), day(2), SDF_HASAKAH, said(Estimate.exactly(12))));

      assertBreaks(
          result,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.ERROR,
          "strike",
          "size",
          "moving exactly 12 out of [held by sdf at hasakah-facility: fighters affiliated with"
              + " isis], which holds exactly 10 under the envelope reading: even its low end (12)"
              + " exceeds the high end (10)");
      assertRejected(result, before);
    }

    @Test
    void deaths_within_the_balance_move_people_to_the_dead_of_that_prison() {
      Ledger before = ledger(census("count", 1, SDF_HASAKAH, Estimate.exactly(10)));
      DetaineesDied died =
          DetaineesDied.of(id("strike"), day(2), SDF_HASAKAH, said(Estimate.exactly(4)));

      AppendResult result = before.append(died);

      assertAccepted(result, before, died);
      assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
      var situation = result.ledger().situationAt(day(3).end());
      assertThat(situation.balance(SDF_HASAKAH)).isEqualTo(Estimate.exactly(6));
      // nobody counted the dead of that prison before: at least the 4 recorded
      assertThat(situation.balance(Account.deadFrom(SDF_HASAKAH))).hasToString("at least 4");
    }

    @Test
    void deaths_while_at_large_are_checked_against_those_counted_at_large() {
      Account atLarge = Account.atLargeFrom(SHADDADI, FIGHTERS);
      Ledger before = ledger(census("at-large", 1, atLarge, Estimate.exactly(3)));

      AppendResult result =
          before.append(DetaineesDied.of(id("killed"), day(2), atLarge, said(Estimate.exactly(5))));

      assertThat(result.verdict().breaks(Rule.ACCOUNT_OVERDRAWN)).isTrue();
      assertRejected(result, before);
    }
  }

  @Nested
  class Handovers {
    @Test
    void custody_passing_with_control_makes_the_receiver_controller() {
      Ledger before =
          ledger(
              ControlChanged.first(id("first"), day(1), HASAKAH, SDF),
              census("count", 1, SDF_HASAKAH, Estimate.exactly(100)));
      CustodyHandedOver taken =
          CustodyHandedOver.builder()
              .id(id("taken"))
              .when(day(5))
              .from(SDF_HASAKAH)
              .receiver(SYRIA)
              .size(said(Estimate.exactly(100)))
              .withControl(true)
              .build();

      AppendResult result = before.append(taken);

      assertAccepted(result, before, taken);
      Ledger after = result.ledger();
      Instant later = day(6).end();
      assertThat(after.controllerAt(HASAKAH, later)).contains(SYRIA);
      assertThat(after.situationAt(later).balance(Account.heldAt(SYRIA, HASAKAH, FIGHTERS)))
          .hasToString("at least 100");
      assertThat(after.situationAt(later).balance(SDF_HASAKAH)).isEqualTo(Estimate.exactly(0));
      assertThat(ControlTimeline.of(after, HASAKAH).periods()).hasSize(2);
      // the new controller may move them the next day: no CUS-002
      AppendResult next =
          after.append(
              RuleFixture.transfer(
                  "out",
                  7,
                  Account.heldAt(SYRIA, HASAKAH, FIGHTERS),
                  RuleFixture.IRAQ_SITE,
                  Estimate.exactly(10)));
      assertKeeps(next, Rule.TRANSFER_WITHOUT_CONTROL);
      assertThat(next.isAccepted()).isTrue();
    }

    @Test
    void handing_over_people_from_a_prison_one_neither_controls_nor_holds_breaks_cus_002() {
      Ledger before = ledger(ControlChanged.first(id("first"), day(1), AL_HOL, SYRIA));

      AppendResult result =
          before.append(
              CustodyHandedOver.of(id("h"), day(5), SDF_AL_HOL, IRAQ, said(Estimate.exactly(10))));

      assertThat(result.verdict().breaks(Rule.TRANSFER_WITHOUT_CONTROL)).isTrue();
      assertRejected(result, before);
    }
  }

  @Nested
  class PlansOfAnyKind {
    TransferPlanned repatriationProgramme() {
      return TransferPlanned.builder()
          .id(id("programme"))
          .when(day(1))
          .planner(USA)
          .cohort(FOREIGN)
          .originCountry(SY)
          .receiver(USA)
          .size(said(Estimate.exactly(100)))
          .movementKind(MovementKind.REPATRIATION)
          .build();
    }

    DetaineesRepatriated.Builder frenchHome(String id) {
      return DetaineesRepatriated.builder()
          .id(id(id))
          .when(day(4))
          .from(FRENCH_AT_HOL)
          .size(said(Estimate.exactly(2)))
          .destination(FR)
          .plan(id("programme"));
    }

    @Test
    void two_nationals_of_one_country_count_toward_a_plan_for_all_foreigners() {
      Ledger before =
          ledger(repatriationProgramme(), census("hol", 2, FRENCH_AT_HOL, Estimate.exactly(5)));
      DetaineesRepatriated home = frenchHome("home").build();

      AppendResult result = before.append(home);

      assertAccepted(result, before, home);
      assertThat(result.verdict().violations()).isEmpty();
      PlanProgress progress = PlanProgress.of(result.ledger(), id("programme"), day(5).end());
      assertThat(progress.moved()).isEqualTo(Estimate.exactly(2));
      assertThat(progress.transfers()).containsExactly(id("home"));
    }

    @Test
    void a_repatriation_under_a_transfer_plan_breaks_cus_011() {
      Ledger before =
          ledger(
              RuleFixture.planToIraq(),
              census("hol", 2, Account.heldAt(SDF, HASAKAH, FIGHTERS), Estimate.exactly(5)));

      AppendResult result =
          before.append(
              DetaineesRepatriated.builder()
                  .id(id("home"))
                  .when(day(22))
                  .from(SDF_HASAKAH)
                  .size(said(Estimate.exactly(2)))
                  .plan(RuleFixture.PLAN)
                  .build());

      assertBreaks(
          result,
          Rule.TRANSFER_OUTSIDE_PLAN,
          Severity.ERROR,
          "home",
          "plan",
          "plan plan-iraq is for a transfer, not a repatriation");
      assertRejected(result, before);
    }

    @Test
    void a_cohort_wider_than_the_plan_breaks_cus_011() {
      Account everyone = Account.heldAt(SDF, AL_HOL, FIGHTERS);
      Ledger before =
          ledger(repatriationProgramme(), census("hol", 2, everyone, Estimate.exactly(5)));

      AppendResult result =
          before.append(
              DetaineesRepatriated.builder()
                  .id(id("home"))
                  .when(day(4))
                  .from(everyone)
                  .size(said(Estimate.exactly(2)))
                  .destination(FR)
                  .plan(id("programme"))
                  .build());

      assertThat(result.verdict().violations())
          .extracting(Violation::message)
          .contains(
              "cohort (fighters affiliated with isis) does not lie within the cohort of plan"
                  + " programme (fighters affiliated with isis, nationals of countries other than"
                  + " IQ, SY)");
      assertRejected(result, before);
    }
  }

  @Nested
  class RepatriationOutsideNationality {
    @Test
    void a_repatriation_of_french_nationals_to_iraq_is_a_warning() {
      Ledger before = ledger(census("hol", 2, FRENCH_AT_HOL, Estimate.exactly(5)));
      DetaineesRepatriated toIraq =
          DetaineesRepatriated.builder()
              .id(id("iraq"))
              .when(day(4))
              .from(FRENCH_AT_HOL)
              .size(said(Estimate.exactly(2)))
              .destination(IQ)
              .build();

      AppendResult result = before.append(toIraq);

      assertBreaks(
          result,
          Rule.REPATRIATION_OUTSIDE_NATIONALITY,
          Severity.WARNING,
          "iraq",
          "destination",
          "destination (IQ) is not a country of the cohort (nationals of FR): a return to another"
              + " country is a transfer or a release");
      assertAccepted(result, before, toIraq);
    }

    @Test
    void a_repatriation_home_or_without_a_destination_keeps_it() {
      Ledger before = ledger(census("hol", 2, FRENCH_AT_HOL, Estimate.exactly(5)));
      DetaineesRepatriated home =
          DetaineesRepatriated.builder()
              .id(id("home"))
              .when(day(4))
              .from(FRENCH_AT_HOL)
              .size(said(Estimate.exactly(2)))
              .destination(FR)
              .build();
      DetaineesRepatriated unsaid =
          DetaineesRepatriated.of(id("unsaid"), day(4), FRENCH_AT_HOL, said(Estimate.exactly(2)));

      assertKeeps(before.append(home), Rule.REPATRIATION_OUTSIDE_NATIONALITY);
      assertKeeps(before.append(unsaid), Rule.REPATRIATION_OUTSIDE_NATIONALITY);
      assertThat(
              before
                  .append(home)
                  .ledger()
                  .situationAt(day(5).end())
                  .balance(Account.repatriatedFrom(FRENCH_AT_HOL, FR)))
          .hasToString("at least 2");
    }
  }
}
