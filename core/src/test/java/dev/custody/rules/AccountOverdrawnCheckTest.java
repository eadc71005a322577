package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AT_LARGE_SHADDADI;
import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.SYRIA_HELD;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.read;
import static dev.custody.rules.RuleFixture.release;
import static dev.custody.rules.RuleFixture.said;
import static dev.custody.rules.RuleFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-001}, {@link Rule#ACCOUNT_OVERDRAWN}, broken and kept through the public API: a
 * {@link dev.custody.ledger.Ledger} of the {@link RuleFixture} world and its {@code append}. Its
 * check is {@link AccountOverdrawnCheck}.
 */
class AccountOverdrawnCheckTest {

  @Test
  void moving_more_than_even_the_highest_balance_is_an_error() {
    Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

    AppendResult result =
        before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_200)));

    assertBreaks(
        result,
        Rule.ACCOUNT_OVERDRAWN,
        Severity.ERROR,
        "release-1",
        "size",
        "moving exactly 1,200 out of [held by sdf at al-shaddadi: fighters affiliated with isis]",
        "which holds exactly 1,000 under the envelope reading",
        "even its low end (1200) exceeds the high end (1000)");
    assertRejected(result, before);
  }

  @Test
  void moving_more_than_the_best_balance_but_within_its_range_is_a_warning() {
    Ledger before =
        ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)));
    DetaineesReleased release = release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_050));

    AppendResult result = before.append(release);

    assertBreaks(
        result,
        Rule.ACCOUNT_OVERDRAWN,
        Severity.WARNING,
        "release-1",
        "size",
        "moving exactly 1,050",
        "which holds " + read(Estimate.between(900, 1_100)) + " under the envelope reading",
        "its best value (1050) exceeds the best value (1000)");
    assertThat(result.verdict().warnings()).hasSize(1);
    assertAccepted(result, before, release);
  }

  @Test
  void moving_exactly_the_balance_keeps_it() {
    Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

    AppendResult result =
        before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_000)));

    assertThat(result.verdict().violations()).isEmpty();
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void moving_the_best_balance_within_its_range_keeps_it_without_a_warning() {
    Ledger before =
        ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)));

    AppendResult result =
        before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_000)));

    assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void a_range_of_movement_reaching_below_the_balance_is_no_error() {
    // low end 1,000 does not exceed the high end 1,000: some count is allowed
    Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

    AppendResult result =
        before.append(release("release-1", 20, SDF_SHADDADI, Estimate.between(1_000, 1_400)));

    assertBreaks(result, Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, "release-1", "size", "(1200)");
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void an_account_nobody_counted_is_never_overdrawn() {
    Ledger before = ledger();
    DetaineesEscaped breakout =
        DetaineesEscaped.of(
            id("breakout"), day(15), SDF_SHADDADI, said(SDF, Estimate.exactly(1_000_000)));

    AppendResult result = before.append(breakout);

    assertThat(result.verdict().violations()).isEmpty();
    assertAccepted(result, before, breakout);
  }

  @Test
  void an_account_that_only_received_people_is_not_bounded_either() {
    // the Iraqi site was never counted: 150 in does not make it hold at most 150
    Ledger before =
        ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    AppendResult result =
        before.append(
            DetaineesRepatriated.of(
                id("repatriated"), day(25), IRAQ_SITE, said(Estimate.exactly(400))));

    assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
    assertThat(result.isAccepted()).isTrue();
  }

  @Test
  void under_the_envelope_what_some_source_allows_is_not_an_error() {
    // over 1,000 (sdf), about 150 (syria-gov), up to 200 (usa): the envelope starts at 0
    Figure escaped =
        Figure.of(
            Claim.of(Estimate.moreThan(1_000), Source.of(SDF), day(21)),
            Claim.of(Estimate.about(150), Source.of(SYRIA), day(21)),
            Claim.of(Estimate.upTo(200), Source.of(USA, "a U.S. military official"), day(21)));
    CensusTaken counted = census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(500));
    DetaineesEscaped breakout = DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, escaped);

    AppendResult envelope = ledger(counted).append(breakout);
    AppendResult bySdf = ledger(Reading.preferring(SDF), counted).append(breakout);

    assertThat(envelope.verdict().violations()).isEmpty();
    assertThat(envelope.isAccepted()).isTrue();
    assertBreaks(
        bySdf,
        Rule.ACCOUNT_OVERDRAWN,
        Severity.ERROR,
        "breakout",
        "size",
        "moving over 1,000",
        "according to sdf",
        "(1001) exceeds the high end (500)");
    assertThat(bySdf.isAccepted()).isFalse();
  }

  @Test
  void the_balance_is_the_one_just_before_the_event() {
    Ledger before =
        ledger(
            census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(300)),
            transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    AppendResult tooMany =
        before.append(transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(151)));
    AppendResult theRest =
        before.append(transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

    assertBreaks(
        tooMany,
        Rule.ACCOUNT_OVERDRAWN,
        Severity.ERROR,
        "second-batch",
        "size",
        "holds exactly 150");
    assertRejected(tooMany, before);
    assertThat(theRest.verdict().violations()).isEmpty();
  }

  @Test
  void applies_to_escapes_transfers_and_repatriations_too() {
    Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(100)));

    AppendResult escape =
        before.append(
            DetaineesEscaped.of(id("escape"), day(15), SDF_SHADDADI, said(Estimate.exactly(101))));
    AppendResult moved =
        before.append(transfer("moved", 15, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(101)));
    AppendResult repatriated =
        before.append(
            DetaineesRepatriated.of(
                id("repatriated"), day(15), SDF_SHADDADI, said(Estimate.exactly(101))));

    assertBreaks(escape, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "escape", "size", "(101)");
    assertBreaks(moved, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "moved", "size", "(101)");
    assertBreaks(
        repatriated, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "repatriated", "size", "(101)");
  }

  @Test
  void recaptures_are_left_to_cus_004() {
    Ledger before = ledger(census("count-at-large", 10, AT_LARGE_SHADDADI, Estimate.exactly(10)));

    AppendResult result =
        before.append(
            DetaineesRecaptured.of(
                id("recapture"),
                day(20),
                AT_LARGE_SHADDADI,
                SYRIA_HELD,
                said(Estimate.exactly(50))));

    assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
    assertThat(result.verdict().breaks(Rule.RECAPTURE_EXCEEDS_AT_LARGE)).isTrue();
  }
}
