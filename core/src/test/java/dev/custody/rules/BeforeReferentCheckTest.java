package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.IRAQ;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.planBuilder;
import static dev.custody.rules.RuleFixture.planToIraq;
import static dev.custody.rules.RuleFixture.transferUnderPlan;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.AgreementId;
import dev.custody.model.Estimate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-007}, {@link Rule#BEFORE_REFERENT}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link BeforeReferentCheck}.
 */
class BeforeReferentCheckTest {

  @Test
  void a_transfer_dated_before_its_plan_is_an_error() {
    Ledger before = ledger(planToIraq());

    AppendResult result =
        before.append(
            transferUnderPlan("early-batch", 19, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertBreaks(
        result,
        Rule.BEFORE_REFERENT,
        Severity.ERROR,
        "early-batch",
        "when",
        "when (2026-01-19 (Asia/Damascus)) is before plan plan-iraq was made (2026-01-21"
            + " (Asia/Damascus))");
    assertRejected(result, before);
  }

  @Test
  void a_transfer_on_the_day_of_its_plan_keeps_it() {
    AppendResult result =
        ledger(planToIraq())
            .append(
                transferUnderPlan(
                    "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertKeeps(result, Rule.BEFORE_REFERENT);
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void meeting_an_obligation_before_its_agreement_was_concluded_is_an_error() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult result =
        before.append(ObligationMet.of(id("decided"), day(18), CEASEFIRE, INTEGRATION));

    assertBreaks(
        result,
        Rule.BEFORE_REFERENT,
        Severity.ERROR,
        "decided",
        "when",
        "when (2026-01-18 (Asia/Damascus)) is before agreement ceasefire was concluded"
            + " (2026-01-20 (Asia/Damascus))");
    assertRejected(result, before);
  }

  @Test
  void extending_a_deadline_before_the_agreement_is_an_error() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(
                DeadlineExtended.of(
                    id("extended"),
                    day(19),
                    CEASEFIRE,
                    INTEGRATION,
                    Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)));

    assertBreaks(
        result,
        Rule.BEFORE_REFERENT,
        Severity.ERROR,
        "extended",
        "when",
        "before agreement ceasefire");
  }

  @Test
  void a_plan_made_before_its_agreement_is_an_error() {
    Agreement arrangement =
        Agreement.builder()
            .id(AgreementId.of("transfer-arrangement"))
            .kind(AgreementKind.TRANSFER_ARRANGEMENT)
            .title("transfer of detainees to Iraq")
            .addParties(USA, IRAQ)
            .concluded(day(22))
            .build();
    Ledger before = ledger(concluded("arrangement", arrangement));

    AppendResult result =
        before.append(
            planBuilder().unnamedFacilities(2).receiver(IRAQ).agreement(arrangement.id()).build());

    assertBreaks(
        result,
        Rule.BEFORE_REFERENT,
        Severity.ERROR,
        "plan-iraq",
        "when",
        "before agreement transfer-arrangement");
    assertKeeps(result, Rule.UNKNOWN_REFERENCE);
  }

  @Test
  void meeting_an_obligation_after_the_agreement_keeps_it() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

    assertThat(result.verdict().violations()).isEmpty();
    assertThat(result.isAccepted()).isTrue();
  }
}
