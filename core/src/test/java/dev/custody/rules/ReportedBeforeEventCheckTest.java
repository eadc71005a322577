package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AL_HOL;
import static dev.custody.rules.RuleFixture.DAMASCUS;
import static dev.custody.rules.RuleFixture.SDF;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA;
import static dev.custody.rules.RuleFixture.USA;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.ControlReported;
import dev.custody.event.DetaineesEscaped;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Claim;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-019}, {@link Rule#REPORTED_BEFORE_EVENT}, broken and kept: a claim reported
 * before its event can have happened warns, and only a certain contradiction does.
 */
class ReportedBeforeEventCheckTest {

  /** SDF holds exactly 1,000 at al-Shaddadi from 2026-01-18. */
  private static Ledger before() {
    return ledger(census("count", 18, SDF_SHADDADI, Estimate.exactly(1_000)));
  }

  private static Claim around150(When reported) {
    return Claim.of(Estimate.about(150), Source.of(SYRIA), reported);
  }

  private static DetaineesEscaped breakout(When when, Claim... claims) {
    return DetaineesEscaped.of(id("breakout"), when, SDF_SHADDADI, Figure.of(List.of(claims)));
  }

  @Test
  void a_claim_reported_two_days_before_the_breakout_warns() {
    Ledger before = before();
    DetaineesEscaped breakout = breakout(day(20), around150(day(18)));

    AppendResult result = before.append(breakout);

    assertBreaks(
        result,
        Rule.REPORTED_BEFORE_EVENT,
        Severity.WARNING,
        "breakout",
        "size",
        "claim 1 (about 150 (142-158), according to syria-gov) was reported (" + day(18) + ")",
        "before the event can have happened (" + day(20) + ")");
    assertAccepted(result, before, breakout);
  }

  @Test
  void a_claim_reported_on_the_day_of_the_breakout_or_later_keeps_it() {
    Ledger before = before();

    assertKeeps(before.append(breakout(day(20), around150(day(20)))), Rule.REPORTED_BEFORE_EVENT);
    assertThat(before.append(breakout(day(20), around150(day(21)))).verdict().violations())
        .isEmpty();
  }

  @Test
  void a_claim_reported_on_the_18th_about_an_escape_some_day_in_january_keeps_it() {
    When january = When.inMonth(YearMonth.of(2026, 1), DAMASCUS);

    assertKeeps(before().append(breakout(january, around150(day(18)))), Rule.REPORTED_BEFORE_EVENT);
  }

  @Test
  void a_report_time_that_may_overlap_the_event_keeps_it() {
    When sometimeFrom17To20 =
        When.between(LocalDate.of(2026, 1, 17), LocalDate.of(2026, 1, 20), DAMASCUS);

    assertKeeps(
        before().append(breakout(day(20), around150(sometimeFrom17To20))),
        Rule.REPORTED_BEFORE_EVENT);
  }

  @Test
  void only_the_claims_reported_too_early_are_named_once_each() {
    Claim upTo200 = Claim.of(Estimate.between(0, 200), Source.of(USA), day(19));
    AppendResult result =
        before().append(breakout(day(20), around150(day(21)), upTo200, around150(day(22))));

    assertBreaks(
        result,
        Rule.REPORTED_BEFORE_EVENT,
        Severity.WARNING,
        "breakout",
        "size",
        "claim 2 (",
        "according to usa) was reported (" + day(19) + ")");
  }

  @Test
  void a_retracted_claim_still_had_its_date() {
    Claim retracted = around150(day(18)).withStatus(ClaimStatus.retracted());

    AppendResult result = before().append(breakout(day(20), around150(day(21)), retracted));

    assertBreaks(
        result, Rule.REPORTED_BEFORE_EVENT, Severity.WARNING, "breakout", "size", "claim 2 (");
  }

  @Test
  void a_report_of_control_made_before_the_day_it_reports_warns() {
    Ledger before = before();
    ControlReported early =
        ControlReported.held(id("gov-says"), day(20), AL_HOL, SYRIA, Source.of(SYRIA), day(19));

    AppendResult result = before.append(early);

    assertBreaks(
        result,
        Rule.REPORTED_BEFORE_EVENT,
        Severity.WARNING,
        "gov-says",
        "reported",
        "reported (" + day(19) + ") by syria-gov before the control it reports can have held");
    assertAccepted(result, before, early);
  }

  @Test
  void a_report_of_control_made_on_the_day_or_later_keeps_it() {
    Ledger before = before();

    assertKeeps(
        before.append(
            ControlReported.held(id("same-day"), day(20), AL_HOL, SDF, Source.of(SDF), day(20))),
        Rule.REPORTED_BEFORE_EVENT);
    assertKeeps(
        before.append(
            ControlReported.held(id("later"), day(20), AL_HOL, SDF, Source.of(SDF), day(25))),
        Rule.REPORTED_BEFORE_EVENT);
  }
}
