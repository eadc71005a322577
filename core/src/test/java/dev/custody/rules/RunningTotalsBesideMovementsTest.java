package dev.custody.rules;

import static dev.custody.rules.RuleFixture.AT_LARGE_SHADDADI;
import static dev.custody.rules.RuleFixture.SDF_SHADDADI;
import static dev.custody.rules.RuleFixture.SHADDADI;
import static dev.custody.rules.RuleFixture.SYRIA_HELD;
import static dev.custody.rules.RuleFixture.day;
import static dev.custody.rules.RuleFixture.id;
import static dev.custody.rules.RuleFixture.ledger;
import static dev.custody.rules.RuleFixture.saidOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.aggregate.RunningTotal;
import dev.custody.event.CensusScope;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.Ledger;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RunningTotal}: each running total beside the movements recorded by then, as the report
 * shows it, in agreement with rule {@code CUS-020}.
 */
class RunningTotalsBesideMovementsTest {

  private static final Instant END = Instant.parse("2026-02-01T00:00:00Z");

  private static Ledger breakout() {
    CensusScope shaddadi = CensusScope.facilities(SHADDADI);
    return ledger(
        DetaineesEscaped.of(
            id("breakout"), day(20), SDF_SHADDADI, saidOf(20, Estimate.exactly(200))),
        recapture("recaptured-21", 21, 81),
        RunningTotalReported.of(
            id("by-21"), day(21), Flow.RECAPTURED, shaddadi, saidOf(21, Estimate.exactly(104))),
        recapture("recaptured-22", 22, 40),
        RunningTotalReported.of(
            id("by-23"),
            day(23),
            Flow.RECAPTURED,
            shaddadi,
            Figure.of(Claim.of(Estimate.exactly(130), Source.of(RuleFixture.SDF), day(24)))));
  }

  private static DetaineesRecaptured recapture(String id, int day, long size) {
    return DetaineesRecaptured.of(
        id(id), day(day), AT_LARGE_SHADDADI, SYRIA_HELD, saidOf(day, Estimate.exactly(size)));
  }

  @Test
  void each_total_stands_beside_the_movements_recorded_before_it() {
    List<RunningTotal> totals = RunningTotal.allOf(breakout(), END);

    assertThat(totals).extracting(t -> t.event().id().toString()).containsExactly("by-21", "by-23");
    assertThat(totals.get(0).total()).isEqualTo(Estimate.exactly(104));
    assertThat(totals.get(0).recorded()).isEqualTo(Estimate.exactly(81));
    assertThat(totals.get(0).movements()).containsExactly(id("recaptured-21"));
    assertThat(totals.get(0).unrecorded()).isEqualTo(23);
    assertThat(totals.get(1).recorded()).isEqualTo(Estimate.exactly(121));
    assertThat(totals.get(1).unrecorded()).isEqualTo(9);
    assertThat(totals).noneMatch(RunningTotal::disagrees);
    assertThat(totals.get(1).toString())
        .startsWith("exactly 130 recaptured by 2026-01-23")
        .endsWith("movements recorded by then: exactly 121");
  }

  @Test
  void a_total_counts_only_once_it_is_done_and_as_known() {
    assertThat(RunningTotal.allOf(breakout(), Instant.parse("2026-01-22T12:00:00Z")))
        .extracting(t -> t.event().id().toString())
        .containsExactly("by-21");
    // the second total was reported on the 24th: as known on the 23rd, it is not there
    assertThat(RunningTotal.allOf(breakout().asKnownAt(Instant.parse("2026-01-23T21:00:00Z")), END))
        .extracting(t -> t.event().id().toString())
        .containsExactly("by-21");
  }

  @Test
  void a_total_within_the_range_of_the_movements_lacks_none_of_them() {
    // 200 escaped, of whom between 100 and 150 were recaptured the next day: a total of 140 by then
    // lies within what the movement may have moved, beyond its best value of 125 or not
    Ledger ledger =
        ledger(
            DetaineesEscaped.of(
                id("breakout"), day(20), SDF_SHADDADI, saidOf(20, Estimate.exactly(200))),
            DetaineesRecaptured.of(
                id("recaptured-21"),
                day(21),
                AT_LARGE_SHADDADI,
                SYRIA_HELD,
                saidOf(21, Estimate.between(100, 150))),
            RunningTotalReported.of(
                id("by-21"),
                day(21),
                Flow.RECAPTURED,
                CensusScope.facilities(SHADDADI),
                saidOf(21, Estimate.exactly(140))),
            RunningTotalReported.of(
                id("by-22"),
                day(22),
                Flow.RECAPTURED,
                CensusScope.facilities(SHADDADI),
                saidOf(22, Estimate.exactly(160))));

    List<RunningTotal> totals = RunningTotal.allOf(ledger, END);

    assertThat(totals.get(0).recorded()).isEqualTo(Estimate.between(100, 150));
    assertThat(totals.get(0).unrecorded()).isZero();
    assertThat(totals.get(0).disagrees()).isFalse();
    // beyond the range's high end, some were not recorded: 160 less the best value, 125
    assertThat(totals.get(1).unrecorded()).isEqualTo(35);
  }

  @Test
  void a_total_below_the_movements_disagrees() {
    Ledger ledger =
        breakout()
            .append(
                RunningTotalReported.of(
                    id("low"),
                    day(23),
                    Flow.RECAPTURED,
                    CensusScope.facilities(SHADDADI),
                    saidOf(23, Estimate.exactly(100))))
            .ledger();

    RunningTotal low = RunningTotal.allOf(ledger, END).get(2);

    assertThat(low.disagrees()).isTrue();
    assertThat(low.unrecorded()).isZero();
    assertThat(ledger.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isTrue();
  }
}
