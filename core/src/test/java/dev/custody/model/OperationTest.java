package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Operation}, {@link OperationId} and {@link OperationPart}: a repatriation programme in
 * five stages, valid and invalid values side by side.
 */
class OperationTest {

  static final OperationId PROGRAMME = OperationId.of("repatriation-programme");
  static final List<String> STAGES = List.of("stage 1", "stage 2", "stage 3", "stage 4", "stage 5");

  @Test
  void phasesAreNumberedFromOneInTheOrderGiven() {
    Operation programme = Operation.of(PROGRAMME, "Repatriation programme", STAGES);

    assertThat(programme.phaseName(1)).contains("stage 1");
    assertThat(programme.phaseName(5)).contains("stage 5");
    assertThat(programme.phaseName(0)).isEmpty();
    assertThat(programme.phaseName(6)).isEmpty();
    assertThat(programme.hasPhase(5)).isTrue();
    assertThat(programme.hasPhase(6)).isFalse();
    assertThat(programme)
        .hasToString("repatriation-programme \"Repatriation programme\" (5 phases)");
  }

  @Test
  void anOperationMayHaveNoPhases() {
    Operation airlift = Operation.of(OperationId.of("airlift"), "Airlift");

    assertThat(airlift.phases()).isEmpty();
    assertThat(airlift.hasPhase(1)).isFalse();
    assertThat(airlift).hasToString("airlift \"Airlift\"");
  }

  @Test
  void twoPhasesWithOneNameAreRefused() {
    assertThatThrownBy(
            () -> Operation.of(PROGRAMME, "Programme", List.of("stage 1", "stage 2", "stage 1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Operation.phases[2] (\"stage 1\") must be unique in repatriation-programme; it is also"
                + " phase 1");
  }

  @Test
  void aBlankNameOrPhaseIsRefused() {
    assertThatThrownBy(() -> Operation.of(PROGRAMME, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Operation.name");
    assertThatThrownBy(() -> Operation.of(PROGRAMME, "Programme", List.of("stage 1", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Operation.phases[1]");
  }

  @Test
  void anIdIsASlug() {
    assertThat(OperationId.of("airlift-2019")).hasToString("airlift-2019");
    assertThatThrownBy(() -> OperationId.of("Airlift"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OperationId");
  }

  @Test
  void aPartNamesAPhaseFromOne() {
    assertThat(OperationPart.of(PROGRAMME, 3)).hasToString("repatriation-programme phase 3");
    assertThat(OperationPart.of(PROGRAMME)).hasToString("repatriation-programme");
    assertThat(OperationPart.of(PROGRAMME).phase()).isEmpty();
    assertThatThrownBy(() -> OperationPart.of(PROGRAMME, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OperationPart.phase (0) must be at least 1, for repatriation-programme");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Operation.of(PROGRAMME, "Programme", STAGES),
            Operation.of(PROGRAMME, "Programme", STAGES))
        .addEqualityGroup(Operation.of(PROGRAMME, "Programme"))
        .addEqualityGroup(Operation.of(OperationId.of("airlift"), "Programme", STAGES))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(OperationPart.of(PROGRAMME, 2), OperationPart.of(PROGRAMME, 2))
        .addEqualityGroup(OperationPart.of(PROGRAMME))
        .addEqualityGroup(OperationPart.of(PROGRAMME, 3))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(OperationId.class, PROGRAMME)
            .setDefault(String.class, "Programme");
    tester.testAllPublicStaticMethods(Operation.class);
    tester.testAllPublicStaticMethods(OperationPart.class);
    tester.testAllPublicInstanceMethods(Operation.of(PROGRAMME, "Programme", STAGES));
  }
}
