package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AT_LARGE_SHADDADI;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.SYRIA_HELD;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
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
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-015}, {@link Rule#RECAPTURE_EXCEEDS_RECORDED_ESCAPES}, broken and kept through
 * the public API: a {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its
 * {@code append}. Its check is {@link RecaptureExceedsRecordedEscapesCheck}.
 */
class RecaptureExceedsRecordedEscapesCheckTest {

  /** 1,000 counted at al-Shaddadi, then exactly 10 escape; nobody counts those at large. */
  Ledger afterTenEscape() {
    return ledger(
        census("counted", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
        DetaineesEscaped.of(
            id("breakout"), day(15), SDF_SHADDADI, said(SDF, Estimate.exactly(10))));
  }

  DetaineesRecaptured recapture(Estimate size) {
    return DetaineesRecaptured.of(
        id("recaptured"), day(20), AT_LARGE_SHADDADI, SYRIA_HELD, said(SYRIA, size));
  }

  @Test
  void recapturing_500_after_10_escaped_warns_that_490_escaped_unrecorded() {
    Ledger before = afterTenEscape();
    DetaineesRecaptured recaptured = recapture(Estimate.exactly(500));

    AppendResult result = before.append(recaptured);

    assertBreaks(
        result,
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES,
        Severity.WARNING,
        "recaptured",
        "size",
        "recapturing exactly 500 from [at large from al-shaddadi: fighters affiliated with isis]",
        "where the ledger records at least 10 at large under the envelope reading and nobody"
            + " counted them",
        "by the best values, 490 must have escaped, or been at large, without an event that says"
            + " so");
    assertKeeps(result, Rule.RECAPTURE_EXCEEDS_AT_LARGE);
    assertAccepted(result, before, recaptured);
  }

  @Test
  void the_number_compares_best_values() {
    AppendResult result = afterTenEscape().append(recapture(Estimate.between(300, 700)));

    assertBreaks(
        result,
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES,
        Severity.WARNING,
        "recaptured",
        "size",
        "by the best values, 490 must have escaped");
    // "up to 500" has 500 as its best value
    assertBreaks(
        afterTenEscape().append(recapture(Estimate.upTo(500))),
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES,
        Severity.WARNING,
        "recaptured",
        "size",
        "490 must have escaped");
  }

  @Test
  void recapturing_81_after_the_reference_breakout_keeps_it() {
    Ledger breakout =
        ledger(
            DetaineesEscaped.of(
                id("breakout"),
                day(15),
                SDF_SHADDADI,
                Figure.of(
                    Claim.of(Estimate.moreThan(1_000), Source.of(SDF), day(15)),
                    Claim.of(Estimate.about(150), Source.of(SYRIA), day(15)),
                    Claim.of(Estimate.upTo(200), Source.of(USA), day(15)))));

    // under the envelope the escape has a low end of zero, but a best value of 200
    AppendResult result = breakout.append(recapture(Estimate.exactly(81)));

    assertKeeps(result, Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES);
    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void recapturing_no_more_than_escaped_keeps_it() {
    assertKeeps(
        afterTenEscape().append(recapture(Estimate.exactly(10))),
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES);
    assertKeeps(
        afterTenEscape().append(recapture(Estimate.exactly(8))),
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES);
  }

  @Test
  void a_census_of_those_at_large_leaves_the_recapture_to_cus_004() {
    Ledger counted =
        ledger(
            census("none-at-large", 10, AT_LARGE_SHADDADI, Estimate.exactly(0)),
            DetaineesEscaped.of(
                id("breakout"), day(15), SDF_SHADDADI, said(SDF, Estimate.exactly(10))));

    AppendResult result = counted.append(recapture(Estimate.exactly(500)));

    assertKeeps(result, Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES);
    assertThat(result.verdict().breaks(Rule.RECAPTURE_EXCEEDS_AT_LARGE)).isTrue();
  }

  @Test
  void a_recapture_from_where_nobody_was_recorded_at_large_counts_every_one() {
    AppendResult result =
        ledger(census("counted", 10, SDF_SHADDADI, Estimate.exactly(1_000)))
            .append(recapture(Estimate.exactly(81)));

    assertBreaks(
        result,
        Rule.RECAPTURE_EXCEEDS_RECORDED_ESCAPES,
        Severity.WARNING,
        "recaptured",
        "size",
        "where the ledger records unknown at large",
        "81 must have escaped");
    assertThat(result.isAccepted()).isTrue();
  }
}
