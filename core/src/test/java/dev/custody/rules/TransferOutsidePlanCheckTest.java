package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.FAMILIES;
import static dev.custody.rules.RuleFixture.FIGHTERS;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.IRAQ_SECURE;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SY;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.closedPlan;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.planToIraq;
import static dev.custody.rules.RuleFixture.transferUnderPlan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-011}, {@link Rule#TRANSFER_OUTSIDE_PLAN}, broken and kept through the public API:
 * a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link TransferOutsidePlanCheck}.
 */
class TransferOutsidePlanCheckTest {

  @Test
  void a_transfer_from_a_facility_outside_the_origin_country_is_an_error() {
    Ledger before = ledger(planToIraq());

    AppendResult result =
        before.append(
            transferUnderPlan(
                "moved", 22, IRAQ_SITE, Account.held(IRAQ, FIGHTERS), Estimate.exactly(10)));

    assertBreaks(
        result,
        Rule.TRANSFER_OUTSIDE_PLAN,
        Severity.ERROR,
        "moved",
        "from",
        "facility (iraq-secure) is not among the origins of plan plan-iraq ([al-shaddadi] and at least 2 unnamed in SY)");
    assertRejected(result, before);
  }

  @Test
  void a_transfer_from_an_unnamed_facility_of_a_closed_plan_is_an_error() {
    Ledger before = ledger(closedPlan());

    AppendResult result =
        before.append(
            transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertBreaks(
        result,
        Rule.TRANSFER_OUTSIDE_PLAN,
        Severity.ERROR,
        "first-batch",
        "from",
        "facility (hasakah-facility) is not among the origins of plan plan-iraq");
    // a closed plan's origins are its named facilities alone
    assertThat(result.verdict().violations().get(0).message())
        .endsWith("plan-iraq ([al-shaddadi] in SY)");
  }

  @Test
  void a_transfer_of_another_cohort_is_an_error() {
    Ledger before = ledger(planToIraq());

    AppendResult result =
        before.append(
            transferUnderPlan(
                "families",
                22,
                Account.heldAt(SDF, AL_HOL, FAMILIES),
                Account.heldAt(IRAQ, IRAQ_SECURE, FAMILIES),
                Estimate.exactly(50)));

    assertBreaks(
        result,
        Rule.TRANSFER_OUTSIDE_PLAN,
        Severity.ERROR,
        "families",
        "from",
        "cohort (family members affiliated with isis) does not lie within the cohort of plan"
            + " plan-iraq (fighters affiliated with isis)");
    assertRejected(result, before);
  }

  @Test
  void a_transfer_from_an_unnamed_jail_in_the_origin_country_of_an_open_plan_keeps_it() {
    AppendResult result =
        ledger(planToIraq())
            .append(
                transferUnderPlan(
                    "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_transfer_from_a_named_facility_of_a_closed_plan_keeps_it() {
    AppendResult result =
        ledger(closedPlan())
            .append(
                transferUnderPlan(
                    "from-shaddadi", 21, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(150)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_transfer_from_no_reported_facility_is_not_checked_for_origin() {
    AppendResult result =
        ledger(closedPlan())
            .append(
                transferUnderPlan(
                    "moved",
                    21,
                    Account.heldIn(SDF, SY, FIGHTERS),
                    IRAQ_SITE,
                    Estimate.exactly(150)));

    assertKeeps(result, Rule.TRANSFER_OUTSIDE_PLAN);
  }
}
