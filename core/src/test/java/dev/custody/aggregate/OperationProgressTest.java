package dev.custody.aggregate;

import static dev.custody.aggregate.LeftCustodyTest.FR;
import static dev.custody.aggregate.LeftCustodyTest.FRENCH_NORTH;
import static dev.custody.aggregate.LeftCustodyTest.KEEPER;
import static dev.custody.aggregate.LeftCustodyTest.MONITOR;
import static dev.custody.aggregate.LeftCustodyTest.NORTH;
import static dev.custody.aggregate.LeftCustodyTest.WORLD;
import static dev.custody.aggregate.LeftCustodyTest.at;
import static dev.custody.aggregate.LeftCustodyTest.by;
import static dev.custody.aggregate.LeftCustodyTest.census;
import static dev.custody.aggregate.LeftCustodyTest.exactly;
import static dev.custody.aggregate.LeftCustodyTest.id;
import static dev.custody.aggregate.LeftCustodyTest.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.event.MovementKind;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Estimate;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * {@link OperationProgress}: a repatriation programme in three stages takes the ten French
 * nationals of the north jail home, two in stage 1 and all the rest in stage 2, apart from a
 * separate flight of one; stage 3 never happens; an airlift is declared and nothing is recorded of
 * it.
 */
class OperationProgressTest {

  static final OperationId PROGRAMME = OperationId.of("programme");
  static final OperationId AIRLIFT = OperationId.of("airlift");

  static final World OPERATIONS_WORLD =
      WORLD
          .withOperation(
              Operation.of(PROGRAMME, "Return programme", List.of("stage 1", "stage 2", "stage 3")))
          .withOperation(Operation.of(AIRLIFT, "Airlift"));

  static DetaineesRepatriated.Builder repatriation(String id, int day) {
    return DetaineesRepatriated.builder()
        .id(id(id))
        .when(when(day, 12))
        .from(FRENCH_NORTH)
        .destination(FR);
  }

  static final List<Event> EVENTS =
      List.of(
          ControlChanged.first(id("control-north"), when(1, 0), NORTH, KEEPER),
          census("count-french", when(1, 1), FRENCH_NORTH, exactly(10)),
          TransferPlanned.builder()
              .id(id("return-plan"))
              .when(when(1, 2))
              .planner(KEEPER)
              .cohort(FRENCH_NORTH.cohort())
              .addNamedFacilities(NORTH)
              .receiver(KEEPER)
              .size(exactly(10))
              .movementKind(MovementKind.REPATRIATION)
              .build()
              .withOperation(OperationPart.of(PROGRAMME)),
          repatriation("stage-1", 2)
              .size(exactly(2))
              .plan(id("return-plan"))
              .operation(OperationPart.of(PROGRAMME, 1))
              .build(),
          repatriation("separate-flight", 3).size(exactly(1)).build(),
          repatriation("stage-2", 4)
              .size(by(MONITOR, Estimate.unknown()))
              .plan(id("return-plan"))
              .allOfThem(true)
              .operation(OperationPart.of(PROGRAMME, 2))
              .build());

  static Ledger ledger() {
    AppendResult result = Ledger.of(OPERATIONS_WORLD).appendAll(EVENTS);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  @Test
  void eachPhaseCountsWhatItsMovementsMovedAndASeparateFlightIsNoPartOfIt() {
    OperationProgress programme = OperationProgress.of(ledger(), PROGRAMME, at(10, 0));

    assertThat(programme.phase(1).orElseThrow().moved()).contains(Estimate.exactly(2));
    assertThat(programme.phase(1).orElseThrow().events()).containsExactly(id("stage-1"));
    assertThat(programme.phase(2).orElseThrow().moved()).contains(Estimate.exactly(7));
    assertThat(programme.phase(2).orElseThrow().allOfThem()).containsExactly(id("stage-2"));
    assertThat(programme.moved()).contains(Estimate.exactly(9));
    assertThat(programme.phases())
        .flatExtracting(PhaseProgress::events)
        .doesNotContain(id("separate-flight"));
  }

  @Test
  void aPhaseWithNothingRecordedHasNoFigureNotZero() {
    PhaseProgress third =
        OperationProgress.of(ledger(), PROGRAMME, at(10, 0)).phase(3).orElseThrow();

    assertThat(third.moved()).isEmpty();
    assertThat(third.events()).isEmpty();
    assertThat(third).hasToString("phase 3 (stage 3): none recorded");
  }

  @Test
  void thePlanOfTheOperationIsItsPartOfNoPhaseAndMovesNobody() {
    OperationProgress programme = OperationProgress.of(ledger(), PROGRAMME, at(10, 0));
    PhaseProgress noPhase = programme.phases().get(programme.phases().size() - 1);

    assertThat(programme.phases()).hasSize(4);
    assertThat(noPhase.phase()).isEqualTo(OptionalInt.empty());
    assertThat(noPhase.events()).containsExactly(id("return-plan"));
    assertThat(noPhase.moved()).isEmpty();
  }

  @Test
  void anOperationNothingWasRecordedOfIsNoneRecorded() {
    OperationProgress airlift = OperationProgress.of(ledger(), AIRLIFT, at(10, 0));

    assertThat(airlift.moved()).isEmpty();
    assertThat(airlift.phases()).hasSize(1);
    assertThat(airlift).hasToString("airlift: none recorded (envelope)");
  }

  @Test
  void onlyWhatWasDoneByTheInstantCounts() {
    OperationProgress early = OperationProgress.of(ledger(), PROGRAMME, at(3, 0));

    assertThat(early.moved()).contains(Estimate.exactly(2));
    assertThat(early.phase(2).orElseThrow().moved()).isEmpty();
  }

  @Test
  void everyOperationOfTheWorldInItsOrder() {
    assertThat(OperationProgress.ofAll(ledger(), at(10, 0)))
        .extracting(p -> p.operation().id())
        .containsExactly(PROGRAMME, AIRLIFT);
  }

  @Test
  void anOperationTheWorldDoesNotDeclareIsRefused() {
    assertThatThrownBy(() -> OperationProgress.of(ledger(), OperationId.of("other"), at(10, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "OperationProgress operation (other) is not an operation of the world");
  }
}
