package dev.custody.testkit;

/**
 * The unfinished step of a {@link ScenarioBuilder} that a stage object ({@link TransferStep} and
 * its kin) continues. It exists so that a stage kept after its step is finished can be told apart
 * from the step now open: {@link ScenarioScript#resume(OpenStep)} compares by identity.
 */
final class OpenStep {
  final String description;
  final String hint;

  OpenStep(String description, String hint) {
    this.description = description;
    this.hint = hint;
  }
}
