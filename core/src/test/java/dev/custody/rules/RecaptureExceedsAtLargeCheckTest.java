package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AT_LARGE_SHADDADI;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.SYRIA_HELD;
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

import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-004}, {@link Rule#RECAPTURE_EXCEEDS_AT_LARGE}, broken and kept through the public
 * API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}.
 * Its check is {@link RecaptureExceedsAtLargeCheck}.
 */
class RecaptureExceedsAtLargeCheckTest {

  /**
   * Nobody at large from al-Shaddadi, then about 150 escape (142-158) by the government's count.
   */
  Ledger afterBreakout() {
    return ledger(
        census("none-at-large", 10, AT_LARGE_SHADDADI, Estimate.exactly(0)),
        DetaineesEscaped.of(
            id("breakout"), day(15), SDF_SHADDADI, said(SYRIA, Estimate.about(150))));
  }

  DetaineesRecaptured recapture(Estimate size) {
    return DetaineesRecaptured.of(
        id("recaptured"), day(20), AT_LARGE_SHADDADI, SYRIA_HELD, said(SYRIA, size));
  }

  @Test
  void recapturing_more_than_even_the_most_at_large_is_an_error() {
    Ledger before = afterBreakout();

    AppendResult result = before.append(recapture(Estimate.exactly(200)));

    assertBreaks(
        result,
        Rule.RECAPTURE_EXCEEDS_AT_LARGE,
        Severity.ERROR,
        "recaptured",
        "size",
        "recapturing exactly 200 from [at large from al-shaddadi: fighters affiliated with isis]",
        "where about 150 (142-158) are at large under the envelope reading",
        "even its low end (200) exceeds the high end (158)");
    assertRejected(result, before);
  }

  @Test
  void recapturing_more_than_the_best_at_large_is_a_warning() {
    Ledger before = afterBreakout();
    DetaineesRecaptured recaptured = recapture(Estimate.between(140, 170));

    AppendResult result = before.append(recaptured);

    assertBreaks(
        result,
        Rule.RECAPTURE_EXCEEDS_AT_LARGE,
        Severity.WARNING,
        "recaptured",
        "size",
        "its best value (155) exceeds the best value (150)");
    assertAccepted(result, before, recaptured);
  }

  @Test
  void recapturing_81_of_about_150_keeps_it() {
    Ledger before = afterBreakout();
    DetaineesRecaptured recaptured = recapture(Estimate.exactly(81));

    AppendResult result = before.append(recaptured);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, recaptured);
  }

  @Test
  void recapturing_the_best_number_at_large_keeps_it_without_a_warning() {
    AppendResult result = afterBreakout().append(recapture(Estimate.exactly(150)));

    assertKeeps(result, Rule.RECAPTURE_EXCEEDS_AT_LARGE);
  }

  @Test
  void recapturing_the_most_at_large_is_only_a_warning() {
    AppendResult result = afterBreakout().append(recapture(Estimate.exactly(158)));

    assertBreaks(
        result, Rule.RECAPTURE_EXCEEDS_AT_LARGE, Severity.WARNING, "recaptured", "size", "(158)");
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void nobody_counted_at_large_contradicts_no_recapture() {
    Ledger before =
        ledger(
            DetaineesEscaped.of(
                id("breakout"), day(15), SDF_SHADDADI, said(SYRIA, Estimate.about(150))));

    AppendResult result = before.append(recapture(Estimate.exactly(10_000)));

    assertKeeps(result, Rule.RECAPTURE_EXCEEDS_AT_LARGE);
    assertThat(result.isAccepted()).isTrue();
  }
}
