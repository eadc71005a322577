package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.NO_DEADLINE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.agreement;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.ceasefire;
import static dev.custody.rules.RuleFixture.concluded;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.integrationDeadline;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.ObligationId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-013}, {@link Rule#EXTENSION_NOT_LATER}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link ExtensionNotLaterCheck}.
 */
class ExtensionNotLaterCheckTest {

  DeadlineExtended extendTo(String id, int day, ObligationId obligation, int dueDay) {
    return DeadlineExtended.of(
        id(id),
        day(day),
        CEASEFIRE,
        obligation,
        Deadline.on(LocalDate.of(2026, 1, dueDay), DAMASCUS));
  }

  @Test
  void extending_to_the_same_deadline_is_an_error() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult result = before.append(extendTo("extended", 23, INTEGRATION, 24));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "deadline",
        "deadline (end of 2026-01-24 (Asia/Damascus)) does not lapse after the latest recorded deadline"
            + " (end of 2026-01-24 (Asia/Damascus))");
    assertRejected(result, before);
  }

  @Test
  void extending_to_an_earlier_deadline_is_an_error() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(extendTo("extended", 22, INTEGRATION, 23));

    assertBreaks(
        result, Rule.EXTENSION_NOT_LATER, Severity.ERROR, "extended", "deadline", "2026-01-23");
  }

  @Test
  void a_further_extension_is_compared_with_the_last_one() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()), extendTo("extended", 23, INTEGRATION, 28));

    AppendResult shorter = before.append(extendTo("extended-again", 25, INTEGRATION, 26));
    AppendResult longer = before.append(extendTo("extended-again", 25, INTEGRATION, 30));

    assertBreaks(
        shorter,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended-again",
        "deadline",
        "the latest recorded deadline (end of 2026-01-28 (Asia/Damascus))");
    assertThat(longer.verdict().violations()).isEmpty();
  }

  @Test
  void the_deadline_in_force_is_the_latest_of_several_extensions() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()),
            extendTo("extended", 23, INTEGRATION, 28),
            extendTo("extended-again", 25, INTEGRATION, 30));

    AppendResult result = before.append(extendTo("extended-thrice", 27, INTEGRATION, 29));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended-thrice",
        "deadline",
        "the latest recorded deadline (end of 2026-01-30 (Asia/Damascus))");
    assertRejected(result, before);
  }

  @Test
  void extending_a_met_or_waived_obligation_is_an_error() {
    Ledger met =
        ledger(
            concluded("ceasefire-agreed", ceasefire()),
            ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));
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

    AppendResult afterMeeting = met.append(extendTo("extended", 23, INTEGRATION, 28));
    AppendResult afterWaiver =
        ledger(concluded("ceasefire-agreed", waived))
            .append(extendTo("extended", 23, INTEGRATION, 28));

    assertBreaks(
        afterMeeting,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (decide-integration) of ceasefire is already met: there is no deadline left"
            + " to extend");
    assertRejected(afterMeeting, met);
    assertBreaks(
        afterWaiver,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (decide-integration) of ceasefire is already waived: there is no deadline"
            + " left to extend");
  }

  @Test
  void extending_an_obligation_without_a_deadline_is_an_error() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(extendTo("extended", 23, NO_DEADLINE, 28));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (hand-over-lists) of ceasefire has no deadline to extend");
  }

  @Test
  void extending_to_a_later_deadline_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    DeadlineExtended extended = extendTo("extended", 23, INTEGRATION, 28);

    AppendResult result = before.append(extended);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, extended);
  }
}
