package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.FacilityId;
import dev.custody.model.When;

/**
 * A transfer being written by a {@link ScenarioBuilder}: say from which facility. Stale once the
 * step is finished.
 */
public final class TransferStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;

  TransferStep(ScenarioBuilder builder, OpenStep step, StepCount count, When when) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
  }

  /**
   * Says which facility the people leave, from its custodian's account.
   *
   * @param facility the facility's id
   * @return the step, to say where to
   * @throws IllegalArgumentException if the facility is not declared
   */
  public TransferDestinationStep from(String facility) {
    return from(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility the people leave, from its custodian's account.
   *
   * @param facility the facility
   * @return the step, to say where to
   * @throws IllegalArgumentException if the facility is not declared
   */
  public TransferDestinationStep from(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    DeclaredFacility from = script.site("transfer from", facility);
    return new TransferDestinationStep(builder, step, count, when, from);
  }
}
