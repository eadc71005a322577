package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.FacilityId;
import dev.custody.model.When;

/**
 * A handover being written by a {@link ScenarioBuilder}: say at which facility. Stale once the step
 * is finished.
 */
public final class HandoverStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;

  HandoverStep(ScenarioBuilder builder, OpenStep step, StepCount count, When when) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
  }

  /**
   * Says at which facility the people are handed over, from its custodian's account.
   *
   * @param facility the facility's id
   * @return the step, to say to whom
   * @throws IllegalArgumentException if the facility is not declared
   */
  public HandoverRecipientStep of(String facility) {
    return of(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says at which facility the people are handed over, from its custodian's account.
   *
   * @param facility the facility
   * @return the step, to say to whom
   * @throws IllegalArgumentException if the facility is not declared
   */
  public HandoverRecipientStep of(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    return new HandoverRecipientStep(
        builder, step, count, when, script.site("handover of", facility));
  }
}
