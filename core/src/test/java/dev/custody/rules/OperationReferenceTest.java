package dev.custody.rules;

import static dev.custody.rules.RuleFixture.IRAQ_SITE;
import static dev.custody.rules.RuleFixture.SDF_HASAKAH;
import static dev.custody.rules.RuleFixture.WORLD;
import static dev.custody.rules.RuleFixture.assertAccepted;
import static dev.custody.rules.RuleFixture.assertBreaks;
import static dev.custody.rules.RuleFixture.assertRejected;
import static dev.custody.rules.RuleFixture.census;
import static dev.custody.rules.RuleFixture.planToIraq;
import static dev.custody.rules.RuleFixture.transfer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Estimate;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule {@code CUS-005}, {@link Rule#UNKNOWN_REFERENCE}, for the operations events are part of: the
 * operation must be declared in the world, and the phase an event names must be one of its phases.
 * A transfer to Iraq in the second of five stages of a programme keeps it; one in a sixth stage, in
 * a stage of an operation that has none, or in an operation nobody declared, breaks it.
 */
class OperationReferenceTest {

  static final OperationId PROGRAMME = OperationId.of("transfer-programme");
  static final OperationId AIRLIFT = OperationId.of("airlift");

  static final World OPERATIONS_WORLD =
      WORLD
          .withOperation(
              Operation.of(
                  PROGRAMME,
                  "Transfer programme",
                  List.of("stage 1", "stage 2", "stage 3", "stage 4", "stage 5")))
          .withOperation(Operation.of(AIRLIFT, "Airlift"));

  static Ledger before() {
    AppendResult result =
        Ledger.of(OPERATIONS_WORLD)
            .appendAll(
                List.<Event>of(
                    ControlChanged.first(
                        RuleFixture.id("control-hasakah"),
                        RuleFixture.day(19),
                        RuleFixture.HASAKAH,
                        RuleFixture.SDF),
                    census("count-hasakah", 19, SDF_HASAKAH, Estimate.exactly(1_000)),
                    planToIraq()));
    assertThat(result.verdict().errors()).as("errors in the fixture").isEmpty();
    return result.ledger();
  }

  static DetaineesTransferred batch(OperationPart part) {
    return transfer("batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)).withOperation(part);
  }

  @Test
  void a_transfer_in_a_declared_phase_of_a_declared_operation_keeps_it() {
    Ledger before = before();
    DetaineesTransferred batch = batch(OperationPart.of(PROGRAMME, 2));

    AppendResult result = before.append(batch);

    assertAccepted(result, before, batch);
    assertThat(result.verdict().violations()).isEmpty();
    assertThat(result.ledger().event(batch.id()).orElseThrow().operation())
        .contains(OperationPart.of(PROGRAMME, 2));
  }

  @Test
  void an_event_of_an_operation_without_phases_keeps_it() {
    Ledger before = before();
    DetaineesTransferred batch = batch(OperationPart.of(AIRLIFT));

    assertAccepted(before.append(batch), before, batch);
  }

  @Test
  void an_operation_the_world_does_not_declare_breaks_it() {
    Ledger before = before();

    AppendResult result = before.append(batch(OperationPart.of(OperationId.of("air-bridge"))));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "batch",
        "operation",
        "operation (air-bridge) is not in the world");
    assertRejected(result, before);
  }

  @Test
  void a_phase_past_the_last_breaks_it() {
    Ledger before = before();

    AppendResult result = before.append(batch(OperationPart.of(PROGRAMME, 6)));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "batch",
        "operation",
        "phase (6) is not a phase of transfer-programme, which has phases 1 to 5");
    assertRejected(result, before);
  }

  @Test
  void a_phase_of_an_operation_without_phases_breaks_it() {
    Ledger before = before();

    AppendResult result = before.append(batch(OperationPart.of(AIRLIFT, 1)));

    assertBreaks(
        result,
        Rule.UNKNOWN_REFERENCE,
        Severity.ERROR,
        "batch",
        "operation",
        "phase (1) is not a phase of airlift, which has none");
    assertRejected(result, before);
  }

  @Test
  void a_plan_may_point_to_an_operation() {
    Ledger before = Ledger.of(OPERATIONS_WORLD);
    Event plan = planToIraq().withOperation(OperationPart.of(PROGRAMME));

    assertAccepted(before.append(plan), before, plan);
  }
}
