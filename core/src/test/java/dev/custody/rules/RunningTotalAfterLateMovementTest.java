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

import dev.custody.event.CensusScope;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.RunningTotalReported;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-020} when a movement arrives after the running total that counts it: the ledger
 * checks the total again against the movements recorded before it, the late one included, and
 * answers as a ledger given every event in order does. The fold keeps the sums a running total
 * reads only once one asks, so this is where a fold that starts them late must find the same sums.
 */
class RunningTotalAfterLateMovementTest {

  private static List<Event> inOrder() {
    return List.of(
        DetaineesEscaped.of(
            id("breakout"), day(20), SDF_SHADDADI, saidOf(20, Estimate.exactly(200))),
        recapture("recaptured-21", 21, 81),
        RunningTotalReported.of(
            id("by-21"),
            day(21),
            Flow.RECAPTURED,
            CensusScope.facilities(SHADDADI),
            saidOf(21, Estimate.exactly(104))),
        RunningTotalReported.of(
            id("by-23"),
            day(23),
            Flow.RECAPTURED,
            CensusScope.facilities(SHADDADI),
            saidOf(23, Estimate.exactly(130))));
  }

  private static DetaineesRecaptured recapture(String id, int day, long size) {
    return DetaineesRecaptured.of(
        id(id), day(day), AT_LARGE_SHADDADI, SYRIA_HELD, saidOf(day, Estimate.exactly(size)));
  }

  @Test
  void a_late_movement_counts_toward_the_total_after_it_as_in_a_ledger_built_in_order() {
    Ledger before = ledger(inOrder().toArray(Event[]::new));
    assertThat(before.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isFalse();

    // 81 + 60 recaptured by the 22nd: more than the 130 reported by the 23rd
    DetaineesRecaptured late = recapture("recaptured-22", 22, 60);
    AppendResult appended = before.append(late);
    List<Event> all = new ArrayList<>(inOrder());
    all.add(3, late);
    Ledger built = ledger(all.toArray(Event[]::new));

    assertThat(appended.ledger().events()).isEqualTo(built.events());
    assertThat(built.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isTrue();
    assertThat(appended.ledger().verdict()).isEqualTo(built.verdict());
    assertThat(appended.verdict().breaks(Rule.RUNNING_TOTAL_BELOW_MOVEMENTS)).isTrue();
  }

  @Test
  void a_late_movement_before_the_first_total_is_counted_by_every_total() {
    Ledger before = ledger(inOrder().toArray(Event[]::new));
    DetaineesRecaptured late = recapture("recaptured-20", 20, 30);
    List<Event> all = new ArrayList<>(inOrder());
    all.add(1, late);

    assertThat(before.append(late).ledger().verdict())
        .isEqualTo(ledger(all.toArray(Event[]::new)).verdict());
  }
}
