package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.NO_DEADLINE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.agreement;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.integrationDeadline;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Obligation;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-012}, {@link Rule#OBLIGATION_ALREADY_SETTLED}, broken and kept through the public
 * API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}.
 * Its check is {@link ObligationAlreadySettledCheck}.
 */
class ObligationAlreadySettledCheckTest {

  @Test
  void meeting_an_obligation_twice_is_an_error() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()),
            ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

    AppendResult result =
        before.append(ObligationMet.of(id("decided-again"), day(23), CEASEFIRE, INTEGRATION));

    assertBreaks(
        result,
        Rule.OBLIGATION_ALREADY_SETTLED,
        Severity.ERROR,
        "decided-again",
        "obligation",
        "obligation (decide-integration) of ceasefire is already met 2026-01-22 (Asia/Damascus)");
    assertRejected(result, before);
  }

  @Test
  void meeting_a_waived_obligation_is_an_error() {
    Agreement waived =
        agreement(CEASEFIRE, SDF, SYRIA)
            .addObligations(
                Obligation.builder()
                    .id(INTEGRATION)
                    .obligor(SDF)
                    .description("decide how to integrate")
                    .deadline(integrationDeadline())
                    .waived(day(21))
                    .build())
            .build();

    AppendResult result =
        ledger(concluded("ceasefire-agreed", waived))
            .append(ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

    assertBreaks(
        result,
        Rule.OBLIGATION_ALREADY_SETTLED,
        Severity.ERROR,
        "decided",
        "obligation",
        "is already waived 2026-01-21 (Asia/Damascus)");
  }

  @Test
  void meeting_an_obligation_once_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    ObligationMet decided = ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION);

    AppendResult result = before.append(decided);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, decided);
  }

  @Test
  void meeting_another_obligation_of_the_agreement_keeps_it() {
    AppendResult result =
        ledger(
                concluded("ceasefire-agreed", ceasefire()),
                ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION))
            .append(ObligationMet.of(id("lists"), day(23), CEASEFIRE, NO_DEADLINE));

    assertKeeps(result, Rule.OBLIGATION_ALREADY_SETTLED);
  }

  @Test
  void meeting_a_breached_obligation_is_an_error() {
    Ledger breached =
        ledger(
            concluded("truce-agreed", RuleFixture.truce()),
            ObligationBreached.of(id("shelling"), day(22), RuleFixture.TRUCE, RuleFixture.PAUSE));

    AppendResult result =
        breached.append(
            ObligationMet.of(id("paused"), day(26), RuleFixture.TRUCE, RuleFixture.PAUSE));

    assertBreaks(
        result,
        Rule.OBLIGATION_ALREADY_SETTLED,
        Severity.ERROR,
        "paused",
        "obligation",
        "obligation (pause-operations) of truce is already breached 2026-01-22 (Asia/Damascus)");
    assertRejected(result, breached);
  }
}
