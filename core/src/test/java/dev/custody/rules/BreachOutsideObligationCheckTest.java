package dev.custody.rules;

import static dev.custody.rules.RuleFixture.CEASEFIRE;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.INTEGRATION;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-018}, {@link Rule#BREACH_OUTSIDE_OBLIGATION}, broken and kept through the public
 * API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}.
 * Its check is {@link BreachOutsideObligationCheck}. The truce's pause runs for 120 hours from
 * 2026-01-20: to the end of 2026-01-25 in Damascus.
 */
class BreachOutsideObligationCheckTest {

  private static ObligationBreached shelling(When when) {
    return ObligationBreached.builder()
        .id(id("shelling"))
        .when(when)
        .agreement(TRUCE)
        .obligation(PAUSE)
        .description("shelling of the town")
        .addSources(Source.of(SYRIA))
        .build();
  }

  private static DeadlineStatus statusOn(Ledger ledger, int day) {
    Instant end = day(day).end();
    return ledger
        .situationAt(end)
        .agreements()
        .get(TRUCE)
        .obligation(PAUSE)
        .orElseThrow()
        .statusAt(end);
  }

  @Test
  void a_breach_while_the_term_runs_keeps_it() {
    Ledger before = ledger(concluded("truce-agreed", truce()));
    ObligationBreached breach = shelling(day(22));

    AppendResult result = before.append(breach);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, breach);
    assertThat(statusOn(result.ledger(), 21).state()).isEqualTo(DeadlineStatus.State.IN_FORCE);
    assertThat(statusOn(result.ledger(), 22).state()).isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(statusOn(result.ledger(), 30).state()).isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(statusOn(result.ledger(), 30).settled()).contains(day(22));
    assertThat(statusOn(before, 30).state()).isEqualTo(DeadlineStatus.State.KEPT);
  }

  @Test
  void a_further_breach_of_a_breached_obligation_keeps_it() {
    Ledger before = ledger(concluded("truce-agreed", truce()), shelling(day(22)));

    AppendResult result =
        before.append(ObligationBreached.of(id("air-strike"), day(23), TRUCE, PAUSE));

    assertThat(result.verdict().violations()).isEmpty();
    assertThat(
            result
                .ledger()
                .situationAt(day(24).end())
                .agreements()
                .get(TRUCE)
                .obligation(PAUSE)
                .orElseThrow()
                .breaches())
        .hasSize(2);
  }

  @Test
  void a_breach_after_the_term_ended_is_an_error() {
    Ledger before = ledger(concluded("truce-agreed", truce()));

    AppendResult result = before.append(shelling(day(26)));

    assertBreaks(
        result,
        Rule.BREACH_OUTSIDE_OBLIGATION,
        Severity.ERROR,
        "shelling",
        "when",
        "when (2026-01-26 (Asia/Damascus)) is after the term of pause-operations ended (end of"
            + " 2026-01-25 (Asia/Damascus)): by then it had been kept");
    assertRejected(result, before);
  }

  @Test
  void a_breach_within_an_extended_term_keeps_it() {
    Ledger before =
        ledger(
            concluded("truce-agreed", truce()),
            DeadlineExtended.of(
                id("renewed"),
                day(25),
                TRUCE,
                PAUSE,
                Deadline.on(LocalDate.of(2026, 1, 31), DAMASCUS)));

    assertKeeps(before.append(shelling(day(27))), Rule.BREACH_OUTSIDE_OBLIGATION);
  }

  @Test
  void a_breach_that_may_fall_on_the_last_day_keeps_it() {
    // "between the 25th and the 26th": it may have come before the pause ended
    When late = When.between(LocalDate.of(2026, 1, 25), LocalDate.of(2026, 1, 26), DAMASCUS);

    assertKeeps(
        ledger(concluded("truce-agreed", truce())).append(shelling(late)),
        Rule.BREACH_OUTSIDE_OBLIGATION);
  }

  @Test
  void a_breach_before_the_term_begins_is_an_error() {
    Instant eight = ZonedDateTime.of(2026, 1, 21, 20, 0, 0, 0, DAMASCUS).toInstant();
    Agreement fromEvening =
        agreement(TRUCE, SDF, SYRIA)
            .addObligations(
                Obligation.builder()
                    .id(PAUSE)
                    .obligor(SDF)
                    .description("pause operations")
                    .term(Term.of(When.at(eight, DAMASCUS), Duration.ofHours(72)))
                    .build())
            .build();
    Ledger before = ledger(concluded("truce-agreed", fromEvening));

    AppendResult early = before.append(shelling(When.at(eight.minusSeconds(3_600), DAMASCUS)));
    AppendResult sameDay = before.append(shelling(day(21)));

    assertBreaks(
        early,
        Rule.BREACH_OUTSIDE_OBLIGATION,
        Severity.ERROR,
        "shelling",
        "when",
        "is before the term of pause-operations begins (2026-01-21T20:00+03:00[Asia/Damascus])");
    assertRejected(early, before);
    assertKeeps(sameDay, Rule.BREACH_OUTSIDE_OBLIGATION);
  }

  @Test
  void breaching_a_met_or_waived_obligation_is_an_error() {
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
    ObligationBreached refused =
        ObligationBreached.of(id("refused"), day(23), CEASEFIRE, INTEGRATION);

    AppendResult afterMeeting = met.append(refused);
    AppendResult afterWaiver = ledger(concluded("ceasefire-agreed", waived)).append(refused);

    assertBreaks(
        afterMeeting,
        Rule.BREACH_OUTSIDE_OBLIGATION,
        Severity.ERROR,
        "refused",
        "obligation",
        "obligation (decide-integration) of ceasefire is already met 2026-01-22 (Asia/Damascus):"
            + " it can no longer be breached");
    assertRejected(afterMeeting, met);
    assertBreaks(
        afterWaiver,
        Rule.BREACH_OUTSIDE_OBLIGATION,
        Severity.ERROR,
        "refused",
        "obligation",
        "is already waived 2026-01-21 (Asia/Damascus)");
  }

  @Test
  void breaching_a_deadline_after_it_lapsed_keeps_it() {
    Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
    ObligationBreached refused =
        ObligationBreached.of(id("refused"), day(27), CEASEFIRE, INTEGRATION);

    AppendResult result = before.append(refused);

    assertThat(result.verdict().violations()).isEmpty();
    DeadlineStatus status =
        result
            .ledger()
            .situationAt(day(28).end())
            .agreements()
            .get(CEASEFIRE)
            .obligation(INTEGRATION)
            .orElseThrow()
            .statusAt(day(28).end());
    assertThat(status.state()).isEqualTo(DeadlineStatus.State.BREACHED);
    assertThat(status.deadline()).contains(integrationDeadline());
  }

  @Test
  void a_breach_before_its_agreement_or_of_an_unknown_one_breaks_cus_007_and_cus_005() {
    Ledger before = ledger(concluded("truce-agreed", truce()));

    AppendResult early = before.append(shelling(day(19)));
    AppendResult unknown =
        ledger().append(ObligationBreached.of(id("shelling"), day(22), TRUCE, PAUSE));

    assertBreaks(early, Rule.BEFORE_REFERENT, Severity.ERROR, "shelling", "when", "truce");
    assertKeeps(early, Rule.BREACH_OUTSIDE_OBLIGATION);
    assertBreaks(
        unknown,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "shelling",
        "agreement",
        "agreement (truce) is not concluded in the ledger");
  }

  @Test
  void a_breach_reported_by_an_actor_the_world_does_not_know_breaks_cus_005() {
    AppendResult result =
        ledger(concluded("truce-agreed", truce()))
            .append(
                ObligationBreached.builder()
                    .id(id("shelling"))
                    .when(day(22))
                    .agreement(TRUCE)
                    .obligation(PAUSE)
                    .addSources(Source.of(RuleFixture.I24))
                    .build());

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "shelling",
        "sources",
        "actor (i24news) is not in the world");
    assertKeeps(result, Rule.BREACH_OUTSIDE_OBLIGATION);
  }
}
