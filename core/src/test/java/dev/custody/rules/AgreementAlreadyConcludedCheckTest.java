package dev.custody.rules;

import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.agreement;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.AgreementConcluded;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.AgreementId;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-014}, {@link Rule#AGREEMENT_ALREADY_CONCLUDED}, broken and kept through the
 * public API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code
 * append}. Its check is {@link AgreementAlreadyConcludedCheck}.
 */
class AgreementAlreadyConcludedCheckTest {

  @Test
  void concluding_an_agreement_twice_is_an_error() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult result = before.append(concluded("ceasefire-again", ceasefire()));

    assertBreaks(
        result,
        Rule.AGREEMENT_ALREADY_CONCLUDED,
        Severity.ERROR,
        "ceasefire-again",
        "agreement",
        "agreement (ceasefire) was already concluded");
    assertRejected(result, before);
  }

  @Test
  void concluding_another_agreement_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    AgreementConcluded truce =
        concluded("truce-agreed", agreement(AgreementId.of("truce"), SDF, SYRIA).build());

    AppendResult result = before.append(truce);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, truce);
  }
}
