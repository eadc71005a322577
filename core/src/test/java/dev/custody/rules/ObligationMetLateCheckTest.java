package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.NO_DEADLINE;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Deadline;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.When;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-008}, {@link Rule#OBLIGATION_MET_LATE}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link ObligationMetLateCheck}.
 */
class ObligationMetLateCheckTest {

  @Test
  void meeting_an_obligation_after_its_deadline_lapsed_is_a_warning() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    ObligationMet decided = ObligationMet.of(id("decided"), day(25), CEASEFIRE, INTEGRATION);

    AppendResult result = before.append(decided);

    assertBreaks(
        result,
        Rule.OBLIGATION_MET_LATE,
        Severity.WARNING,
        "decided",
        "when",
        "when (2026-01-25 (Asia/Damascus)) is after the deadline (end of 2026-01-24"
            + " (Asia/Damascus)) lapsed");
    assertAccepted(result, before, decided);
    assertThat(result.verdict().warnings()).hasSize(1);
  }

  @Test
  void meeting_it_on_the_last_day_keeps_it() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(ObligationMet.of(id("decided"), day(24), CEASEFIRE, INTEGRATION));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void meeting_it_at_a_time_that_may_have_been_in_time_keeps_it() {
    When dayOrNext = When.between(LocalDate.of(2026, 1, 24), LocalDate.of(2026, 1, 25), DAMASCUS);

    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(ObligationMet.of(id("decided"), dayOrNext, CEASEFIRE, INTEGRATION));

    assertKeeps(result, Rule.OBLIGATION_MET_LATE);
  }

  @Test
  void an_extension_in_force_keeps_it() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()),
            DeadlineExtended.of(
                id("extended"),
                day(23),
                CEASEFIRE,
                INTEGRATION,
                Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)));

    AppendResult result =
        before.append(ObligationMet.of(id("decided"), day(25), CEASEFIRE, INTEGRATION));

    assertKeeps(result, Rule.OBLIGATION_MET_LATE);
    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void an_obligation_without_a_deadline_is_never_late() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(ObligationMet.of(id("lists"), day(31), CEASEFIRE, NO_DEADLINE));

    assertThat(result.verdict().violations()).isEmpty();
  }
}
