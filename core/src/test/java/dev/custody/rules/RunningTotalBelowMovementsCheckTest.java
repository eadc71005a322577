package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AT_LARGE_SHADDADI;
import static dev.custody.rules.RuleFixture.HASAKAH;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA_HELD;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertKeeps;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.saidOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.Reconciliation;
import dev.custody.event.CensusScope;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-020}, {@link Rule#RUNNING_TOTAL_BELOW_MOVEMENTS}, broken and kept through the
 * public API: a {@link Ledger} of the {@link RuleFixture} world and its {@code append}. Its check
 * is {@link RunningTotalBelowMovementsCheck}.
 */
class RunningTotalBelowMovementsCheckTest {

  private static final CensusScope FROM_SHADDADI = CensusScope.facilities(SHADDADI);

  /** 200 escape from al-Shaddadi on the 20th; 81 are recaptured on the 21st, 40 on the 22nd. */
  private static Ledger recaptures() {
    return ledger(
        DetaineesEscaped.of(
            id("breakout"), day(20), SDF_SHADDADI, saidOf(20, Estimate.exactly(200))),
        recapture("recaptured-21", 21, 81),
        recapture("recaptured-22", 22, 40));
  }

  private static DetaineesRecaptured recapture(String id, int day, long size) {
    return DetaineesRecaptured.of(
        id(id), day(day), AT_LARGE_SHADDADI, SYRIA_HELD, saidOf(day, Estimate.exactly(size)));
  }

  private static RunningTotalReported recaptured(
      String id, int day, CensusScope scope, Estimate total) {
    return RunningTotalReported.of(id(id), day(day), Flow.RECAPTURED, scope, saidOf(day, total));
  }

  @Test
  void a_total_below_the_movements_recorded_by_then_is_a_warning() {
    Ledger before = recaptures();
    RunningTotalReported total = recaptured("so-far", 22, FROM_SHADDADI, Estimate.exactly(100));

    AppendResult result = before.append(total);

    assertBreaks(
        result,
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS,
        Severity.WARNING,
        "so-far",
        "total",
        "total (exactly 100) recaptured of facilities [al-shaddadi] by 2026-01-22",
        "is below the movements recorded by then (exactly 121) under the envelope reading: 21"
            + " apart");
    assertAccepted(result, before, total);
  }

  @Test
  void a_total_that_reaches_the_movements_keeps_it() {
    assertKeeps(
        recaptures().append(recaptured("so-far", 22, FROM_SHADDADI, Estimate.exactly(121))),
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS);
    assertKeeps(
        recaptures().append(recaptured("so-far", 22, FROM_SHADDADI, Estimate.of(100, 110, 125))),
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS);
  }

  @Test
  void a_total_above_the_movements_keeps_it_since_movements_go_unrecorded() {
    AppendResult result =
        recaptures().append(recaptured("so-far", 23, FROM_SHADDADI, Estimate.exactly(300)));

    assertThat(result.verdict().violations()).isEmpty();
  }

  @Test
  void two_totals_of_one_flow_at_different_times_are_never_a_conflict() {
    AppendResult result =
        recaptures()
            .appendAll(
                java.util.List.of(
                    recaptured("by-21", 21, FROM_SHADDADI, Estimate.exactly(104)),
                    recaptured("by-23", 23, FROM_SHADDADI, Estimate.exactly(130))));

    assertThat(result.verdict().violations()).isEmpty();
    assertThat(Reconciliation.of(result.ledger()).conflicting()).isEmpty();
  }

  @Test
  void only_movements_of_its_flow_in_its_scope_count() {
    // the recaptures are of people from al-Shaddadi: none counts for Hasakah, or as releases
    assertKeeps(
        recaptures()
            .append(
                recaptured("hasakah", 22, CensusScope.facilities(HASAKAH), Estimate.exactly(0))),
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS);
    assertKeeps(
        recaptures()
            .append(
                RunningTotalReported.of(
                    id("released"),
                    day(22),
                    Flow.RELEASED,
                    FROM_SHADDADI,
                    saidOf(22, Estimate.exactly(0)))),
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS);
    // the custodian who recaptured them counts them, through the held account they enter
    assertThat(
            recaptures()
                .append(
                    recaptured(
                        "by-syria",
                        22,
                        CensusScope.custodian(RuleFixture.SYRIA),
                        Estimate.exactly(100)))
                .verdict()
                .breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS))
        .isTrue();
  }

  @Test
  void a_movement_recorded_late_before_the_total_is_counted_when_the_total_is_checked_again() {
    Ledger before =
        ledger(
            DetaineesEscaped.of(
                id("breakout"), day(20), SDF_SHADDADI, saidOf(20, Estimate.exactly(200))),
            recaptured("so-far", 23, FROM_SHADDADI, Estimate.exactly(100)));

    AppendResult result = before.append(recapture("recaptured-21", 21, 150));

    assertBreaks(
        result,
        Rule.RUNNING_TOTAL_BELOW_MOVEMENTS,
        Severity.WARNING,
        "so-far",
        "total",
        "(exactly 150)");
  }
}
