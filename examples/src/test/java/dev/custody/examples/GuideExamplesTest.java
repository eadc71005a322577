package dev.custody.examples;

import static dev.custody.examples.NortheastSyria2026.AL_HOL;
import static dev.custody.examples.NortheastSyria2026.AL_SHADDADI;
import static dev.custody.examples.NortheastSyria2026.CEASEFIRE;
import static dev.custody.examples.NortheastSyria2026.DECIDE_INTEGRATION;
import static dev.custody.examples.NortheastSyria2026.SDF;
import static dev.custody.examples.NortheastSyria2026.SYRIA;
import static dev.custody.examples.NortheastSyria2026.SYRIA_GOV;
import static dev.custody.examples.NortheastSyria2026.TRANSFER_PLAN;
import static dev.custody.examples.NortheastSyria2026.USA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.ByReading;
import dev.custody.aggregate.CensusComparison;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.Totals;
import dev.custody.ledger.Ledger;
import dev.custody.model.ClaimConflict;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Reading;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Runs the examples of docs/guide.md and checks what their comments say; checks that the guide
 * shows exactly these lines, each after a {@code <!-- example: name -->} marker.
 */
class GuideExamplesTest {

  @Test
  void readings() {
    // GUIDE BEGIN readings
    Ledger ledger = NortheastSyria2026.ledger();
    Instant asOf = NortheastSyria2026.noon(23);
    ByReading<Estimate> atLarge =
        ByReading.of(ledger, l -> AtLarge.from(l, AL_SHADDADI, asOf).stillAtLarge());
    Estimate government = atLarge.get(Reading.preferring(SYRIA_GOV)); // about 69 (61-77)
    Estimate us = atLarge.get(Reading.preferring(USA)); // up to 119
    Estimate sdf = atLarge.get(Reading.preferring(SDF)); // over 919
    Estimate envelope = atLarge.get(Reading.envelope()); // unknown (best 119)
    // GUIDE END readings

    assertThat(government).hasToString("about 69 (61-77)");
    assertThat(us).hasToString("up to 119");
    assertThat(sdf).hasToString("over 919");
    assertThat(envelope).hasToString("unknown (best 119)");
  }

  @Test
  void fallbacks() {
    Ledger ledger = NortheastSyria2026.ledger();
    Instant asOf = NortheastSyria2026.noon(23);
    // GUIDE BEGIN fallbacks
    Ledger usReading = ledger.withReading(Reading.preferring(USA));
    AtLarge us = AtLarge.from(usReading, AL_SHADDADI, asOf);
    Estimate escaped = us.escaped(); // up to 200: the U.S. official's own claim
    Estimate recaptured = us.recaptured(); // exactly 81: the government's, the only one given
    var borrowed = us.fallbacks(); // [al-shaddadi-recaptures]
    // GUIDE END fallbacks

    assertThat(escaped).hasToString("up to 200");
    assertThat(recaptured).hasToString("exactly 81");
    assertThat(borrowed).containsExactly(EventId.of("al-shaddadi-recaptures"));
  }

  @Test
  void reconciliation() {
    Ledger ledger = NortheastSyria2026.ledger();
    // GUIDE BEGIN reconciliation
    Reconciliation reconciliation = Reconciliation.of(ledger);
    boolean reconcilable = reconciliation.isReconcilable(); // false
    ClaimConflict sdfVsUs = reconciliation.conflicting().get(0).conflicts().get(1);
    long low = sdfVsUs.higher().estimate().low(); // 1,001, the SDF's "over 1,000"
    long high = sdfVsUs.lower().estimate().high(); // 200, the U.S. official's "up to 200"
    long gap = sdfVsUs.gap(); // 801
    // GUIDE END reconciliation

    assertThat(reconcilable).isFalse();
    assertThat(sdfVsUs.higher().source().actor()).isEqualTo(SDF);
    assertThat(sdfVsUs.lower().source().actor()).isEqualTo(USA);
    assertThat(low).isEqualTo(1_001);
    assertThat(high).isEqualTo(200);
    assertThat(gap).isEqualTo(801);
  }

  @Test
  void rates_and_plans() {
    Ledger ledger = NortheastSyria2026.ledger();
    Instant asOf = NortheastSyria2026.noon(23);
    // GUIDE BEGIN plan
    PlanProgress plan = PlanProgress.of(ledger, TRANSFER_PLAN, asOf);
    var coverage = plan.coverage(); // about 78% (74%-82%) of the census of about 9,000
    var wouldStay = plan.wouldStay(); // about 2,000 (1,550-2,450)
    var progress = plan.progress(); // 2.1%: 150 of 7,000
    Ledger governmentReading = ledger.withReading(Reading.preferring(SYRIA_GOV));
    var recaptureRate =
        AtLarge.from(governmentReading, AL_SHADDADI, asOf).recaptureRate(); // about 54%
    // GUIDE END plan

    assertThat(coverage.orElseThrow()).hasToString("about 78% (74%-82%)");
    assertThat(plan.population()).contains(Estimate.about(9_000));
    assertThat(wouldStay.orElseThrow()).hasToString("about 2,000 (1,550-2,450)");
    assertThat(progress.orElseThrow()).hasToString("2.1%");
    assertThat(recaptureRate.orElseThrow()).hasToString("about 54% (51%-57%)");
  }

  @Test
  void totals() {
    Ledger ledger = NortheastSyria2026.ledger();
    Instant asOf = NortheastSyria2026.noon(23);
    // GUIDE BEGIN totals
    Totals<CountryCode> byCountry = Totals.of(ledger, Dimension.COUNTRY, asOf);
    Optional<CensusComparison> census = byCountry.group(SYRIA).orElseThrow().census();
    boolean agrees = census.orElseThrow().agrees(); // about 9,000 counted, unknown in accounts
    Estimate unplaced = byCountry.unattributed(); // at least 81: recaptured, place not reported
    // GUIDE END totals

    assertThat(agrees).isTrue();
    assertThat(census.orElseThrow().counted()).hasToString("about 9,000 (8,550-9,450)");
    assertThat(census.orElseThrow().total()).hasToString("unknown");
    assertThat(unplaced).hasToString("at least 81");
  }

  @Test
  void deadlines_and_control() {
    Ledger ledger = NortheastSyria2026.ledger();
    // GUIDE BEGIN deadlines
    DeadlineReport deadlines = DeadlineReport.of(ledger, NortheastSyria2026.noon(22));
    Duration left =
        deadlines.obligation(CEASEFIRE, DECIDE_INTEGRATION).orElseThrow().status().timeLeft();
    ControlTimeline alHol = ControlTimeline.of(ledger, AL_HOL);
    var onThe20th = alHol.controllerAt(NortheastSyria2026.noon(20)); // sdf
    var onThe22nd = alHol.controllerAt(NortheastSyria2026.noon(22)); // syria-gov
    // GUIDE END deadlines

    assertThat(left).isEqualTo(Duration.ofDays(2).plusHours(12));
    assertThat(onThe20th).contains(SDF);
    assertThat(onThe22nd).contains(SYRIA_GOV);
  }

  @Test
  void the_guide_shows_exactly_the_lines_these_tests_run() {
    Snippets.assertDocumentShows("guide.md", "GuideExamplesTest.java", "GUIDE");
  }
}
