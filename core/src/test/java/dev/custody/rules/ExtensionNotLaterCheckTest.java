package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.INTEGRATION;
import static dev.custody.rules.RuleFixture.NO_DEADLINE;
import static dev.custody.rules.RuleFixture.PAUSE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.TRUCE;
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
import static dev.custody.rules.RuleFixture.truce;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-013}, {@link Rule#EXTENSION_NOT_LATER}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link ExtensionNotLaterCheck}. A revision may extend a deadline or bring it forward;
 * the rule reports a revision with nothing to revise or to a deadline the agreement cannot hold
 * (errors), and one that changes nothing or sets a deadline already past (warnings).
 */
class ExtensionNotLaterCheckTest {

  static DeadlineExtended reviseTo(String id, int day, ObligationId obligation, int dueDay) {
    return reviseTo(id, day, CEASEFIRE, obligation, dueDay);
  }

  static DeadlineExtended reviseTo(
      String id, int day, AgreementId agreement, ObligationId obligation, int dueDay) {
    return DeadlineExtended.of(
        id(id),
        day(day),
        agreement,
        obligation,
        Deadline.on(LocalDate.of(2026, 1, dueDay), DAMASCUS));
  }

  private static DeadlineStatus.State stateOn(Ledger ledger, ObligationId obligation, int day) {
    Instant end = day(day).end();
    return ledger.situationAt(end).agreements().values().stream()
        .flatMap(a -> a.obligation(obligation).stream())
        .findFirst()
        .orElseThrow()
        .statusAt(end)
        .state();
  }

  @Test
  void revising_to_the_same_deadline_is_a_warning() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    DeadlineExtended same = reviseTo("extended", 23, INTEGRATION, 24);

    AppendResult result = before.append(same);

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.WARNING,
        "extended",
        "deadline",
        "deadline (end of 2026-01-24 (Asia/Damascus)) lapses when the latest recorded deadline"
            + " (end of 2026-01-24 (Asia/Damascus)) does: the revision changes nothing");
    assertAccepted(result, before, same);
  }

  @Test
  void bringing_a_deadline_forward_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    DeadlineExtended forward = reviseTo("brought-forward", 21, INTEGRATION, 23);

    AppendResult result = before.append(forward);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, forward);
    assertThat(stateOn(result.ledger(), INTEGRATION, 22))
        .isEqualTo(DeadlineStatus.State.BROUGHT_FORWARD);
    assertThat(stateOn(result.ledger(), INTEGRATION, 24)).isEqualTo(DeadlineStatus.State.LAPSED);
  }

  @Test
  void a_further_revision_may_go_either_way() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()), reviseTo("extended", 23, INTEGRATION, 28));

    AppendResult shorter = before.append(reviseTo("extended-again", 25, INTEGRATION, 26));
    AppendResult longer = before.append(reviseTo("extended-again", 25, INTEGRATION, 30));

    assertThat(shorter.verdict().violations()).isEmpty();
    assertThat(longer.verdict().violations()).isEmpty();
    // brought forward from the 28th to the 26th, still later than the original 24th
    assertThat(stateOn(shorter.ledger(), INTEGRATION, 25)).isEqualTo(DeadlineStatus.State.EXTENDED);
    assertThat(stateOn(shorter.ledger(), INTEGRATION, 27)).isEqualTo(DeadlineStatus.State.LAPSED);
  }

  @Test
  void a_revision_is_compared_with_the_latest_of_several() {
    Ledger before =
        ledger(
            concluded("ceasefire-agreed", ceasefire()),
            reviseTo("extended", 23, INTEGRATION, 28),
            reviseTo("extended-again", 25, INTEGRATION, 30));

    AppendResult result = before.append(reviseTo("extended-thrice", 27, INTEGRATION, 30));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.WARNING,
        "extended-thrice",
        "deadline",
        "the latest recorded deadline (end of 2026-01-30 (Asia/Damascus))");
  }

  @Test
  void bringing_a_deadline_forward_to_before_its_agreement_is_an_error() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult result = before.append(reviseTo("brought-forward", 21, INTEGRATION, 19));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "brought-forward",
        "deadline",
        "deadline (end of 2026-01-19 (Asia/Damascus)) does not lapse after ceasefire was"
            + " concluded (2026-01-20 (Asia/Damascus))");
    assertRejected(result, before);
  }

  @Test
  void a_deadline_already_past_when_decided_is_a_warning() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

    AppendResult result = before.append(reviseTo("brought-forward", 23, INTEGRATION, 22));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.WARNING,
        "brought-forward",
        "deadline",
        "deadline (end of 2026-01-22 (Asia/Damascus)) had already lapsed when the revision was"
            + " decided (2026-01-23 (Asia/Damascus))");
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void revising_a_met_or_waived_obligation_is_an_error() {
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

    AppendResult afterMeeting = met.append(reviseTo("extended", 23, INTEGRATION, 28));
    AppendResult afterWaiver =
        ledger(concluded("ceasefire-agreed", waived))
            .append(reviseTo("extended", 23, INTEGRATION, 28));

    assertBreaks(
        afterMeeting,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (decide-integration) of ceasefire is already met 2026-01-22 (Asia/Damascus):"
            + " there is no deadline left to revise");
    assertRejected(afterMeeting, met);
    assertBreaks(
        afterWaiver,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (decide-integration) of ceasefire is already waived 2026-01-21"
            + " (Asia/Damascus): there is no deadline left to revise");
  }

  @Test
  void revising_a_breached_obligation_is_an_error() {
    Ledger breached =
        ledger(
            concluded("truce-agreed", truce()),
            ObligationBreached.of(id("shelling"), day(22), TRUCE, PAUSE));

    AppendResult result = breached.append(reviseTo("extended", 23, TRUCE, PAUSE, 28));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (pause-operations) of truce is already breached 2026-01-22 (Asia/Damascus)");
    assertRejected(result, breached);
  }

  @Test
  void revising_an_obligation_with_neither_a_deadline_nor_a_term_is_an_error() {
    AppendResult result =
        ledger(concluded("ceasefire-agreed", ceasefire()))
            .append(reviseTo("extended", 23, NO_DEADLINE, 28));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "extended",
        "obligation",
        "obligation (hand-over-lists) of ceasefire has neither a deadline nor a term to revise");
  }

  @Test
  void extending_to_a_later_deadline_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    DeadlineExtended extended = reviseTo("extended", 23, INTEGRATION, 28);

    AppendResult result = before.append(extended);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, extended);
  }

  @Test
  void a_term_may_be_extended_or_cut_short() {
    Ledger before = ledger(concluded("truce-agreed", truce()));

    AppendResult extended = before.append(reviseTo("renewed", 24, TRUCE, PAUSE, 31));
    AppendResult cut = before.append(reviseTo("cut-short", 21, TRUCE, PAUSE, 22));

    assertKeeps(extended, Rule.EXTENSION_NOT_LATER);
    assertKeeps(cut, Rule.EXTENSION_NOT_LATER);
    assertThat(stateOn(before, PAUSE, 27)).isEqualTo(DeadlineStatus.State.KEPT);
    assertThat(stateOn(extended.ledger(), PAUSE, 27)).isEqualTo(DeadlineStatus.State.IN_FORCE);
    assertThat(stateOn(cut.ledger(), PAUSE, 23)).isEqualTo(DeadlineStatus.State.KEPT);
  }

  @Test
  void a_term_revised_to_end_before_it_begins_is_an_error() {
    Agreement later =
        agreement(TRUCE, SDF, SYRIA)
            .addObligations(
                Obligation.builder()
                    .id(PAUSE)
                    .obligor(SDF)
                    .description("pause operations")
                    .term(Term.of(day(23), Duration.ofHours(48)))
                    .build())
            .build();
    Ledger before = ledger(concluded("truce-agreed", later));

    AppendResult result = before.append(reviseTo("cut-short", 21, TRUCE, PAUSE, 22));

    assertBreaks(
        result,
        Rule.EXTENSION_NOT_LATER,
        Severity.ERROR,
        "cut-short",
        "deadline",
        "deadline (end of 2026-01-22 (Asia/Damascus)) does not lapse after the term of"
            + " pause-operations begins (2026-01-23 (Asia/Damascus))");
    assertRejected(result, before);
  }
}
