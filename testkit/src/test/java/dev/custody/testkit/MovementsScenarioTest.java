package dev.custody.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.aggregate.OperationProgress;
import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.rules.Rule;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The testkit writes the new forms: the scenario builder empties a prison ({@code releaseOfAll()})
 * and groups steps into a named operation with phases ({@code operation}, {@code partOf}); the
 * ledger generator empties prisons as part of its sweep, whose properties are checked here.
 */
class MovementsScenarioTest {

  static final LocalDate JAN_21 = LocalDate.of(2026, 1, 21);
  static final Operation PROGRAMME =
      Operation.of(OperationId.of("programme"), "Programme", List.of("stage 1", "stage 2"));

  @Test
  void aPrisonEmptiedInAStageOfAProgramme() {
    Scenario scenario =
        Scenario.builder()
            .operation(PROGRAMME)
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(500)
            .facility("south-prison", "SY")
            .heldBy("sdf")
            .holding(300)
            .on(JAN_21)
            .escape(20)
            .from("north-prison")
            .releaseOfAll()
            .from("north-prison")
            .id("north-emptied")
            .partOf("programme", 2)
            .release(100)
            .from("south-prison")
            .partOf("programme", 1)
            .build();

    Situation after = scenario.situation();
    assertThat(after.balance(scenario.account("north-prison"))).isEqualTo(Estimate.exactly(0));
    assertThat(after.allOfThem()).containsEntry(EventId.of("north-emptied"), Estimate.exactly(480));
    assertThat(scenario.ledger().event(EventId.of("north-emptied")).orElseThrow().operation())
        .contains(OperationPart.of(PROGRAMME.id(), 2));
    OperationProgress progress =
        OperationProgress.of(scenario.ledger(), PROGRAMME.id(), after.asOf());
    assertThat(progress.phase(1).orElseThrow().moved()).contains(Estimate.exactly(100));
    assertThat(progress.phase(2).orElseThrow().moved()).contains(Estimate.exactly(480));
  }

  @Test
  void aStepInAnUndeclaredPhaseIsTheLedgersUnknownReference() {
    Scenario scenario =
        Scenario.builder()
            .operation(PROGRAMME)
            .facility("north-prison", "SY")
            .heldBy("sdf")
            .holding(500)
            .on(JAN_21)
            .releaseOfAll()
            .from("north-prison")
            .id("emptied")
            .partOf("programme", 3)
            .buildAllowingRejections();

    assertThat(scenario.result("emptied").verdict().breaks(Rule.UNKNOWN_REFERENCE)).isTrue();
  }

  @Test
  void aReleaseOverAPeriodAndACensusDuringItAgree() {
    Scenario scenario =
        Scenario.builder()
            .facility("hill-prison", "SY")
            .heldBy("keeper")
            .holding(20_000)
            .on(LocalDate.of(2013, 6, 30))
            .census(14_000)
            .of("hill-prison")
            .during(LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31))
            .release(Estimate.between(5_000, 13_000))
            .from("hill-prison")
            .id("released-over-years")
            .on(LocalDate.of(2016, 12, 31))
            .census(10_000)
            .of("hill-prison")
            .build();

    assertThat(scenario.ledger().verdict().violations()).isEmpty();
    assertThat(
            scenario.ledger().event(EventId.of("released-over-years")).orElseThrow().when().start())
        .isEqualTo(LocalDate.of(2011, 1, 1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
  }

  @Test
  void aPeriodEndingBeforeItBeginsIsRefused() {
    assertThatThrownBy(
            () -> Scenario.builder().during(LocalDate.of(2015, 1, 1), LocalDate.of(2014, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario during last (2014-01-01) must not come before first (2015-01-01)");
  }

  @Test
  void partOfNeedsAStepWritten() {
    assertThatThrownBy(() -> Scenario.builder().operation(PROGRAMME).partOf("programme", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no step is written yet");
  }

  @Test
  void anOperationIsDeclaredOnce() {
    assertThatThrownBy(() -> Scenario.builder().operation(PROGRAMME).operation(PROGRAMME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Scenario operation (programme) is already declared");
  }

  @Property
  void every_prison_emptied_moved_what_it_held_and_holds_nothing_at_that_instant(
      @ForAll GeneratedLedger generated) {
    boolean emptied =
        generated.events().stream()
            .anyMatch(e -> e.movements().stream().anyMatch(Movement::allOfThem));
    Statistics.label("a prison emptied").collect(emptied);
    Statistics.label("a prison emptied")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 5));
    for (Event event : generated.events()) {
      for (Movement movement : event.movements()) {
        if (!movement.allOfThem()) {
          continue;
        }
        Situation before = generated.ledger().situationAt(event.when().start().minusNanos(1));
        Situation after = generated.ledger().situationAt(event.when().end());
        assertThat(after.allOfThem()).containsEntry(event.id(), before.balance(movement.from()));
        assertThat(after.balance(movement.from())).isEqualTo(Estimate.exactly(0));
        assertThat(event.operation().orElseThrow().operation()).isEqualTo(GeneratedLedger.SWEEP);
      }
    }
  }

  @Property
  void the_sweep_moved_what_its_prisons_emptied_held(@ForAll GeneratedLedger generated) {
    Situation end = generated.ledger().situationAt(generated.end());
    OperationProgress sweep =
        OperationProgress.of(generated.ledger(), GeneratedLedger.SWEEP, generated.end());

    if (end.allOfThem().isEmpty()) {
      assertThat(sweep.moved()).isEmpty();
    } else {
      long emptied = end.allOfThem().values().stream().mapToLong(Estimate::best).sum();
      assertThat(sweep.moved().orElseThrow()).isEqualTo(Estimate.exactly(emptied));
    }
  }

  @Property
  void a_held_account_emptied_is_counted_from_zero_by_the_model(@ForAll GeneratedLedger generated) {
    Situation end = generated.ledger().situationAt(generated.end());
    for (Account account : generated.counts().keySet()) {
      assertThat(end.balance(account)).isEqualTo(Estimate.exactly(generated.count(account)));
    }
  }
}
