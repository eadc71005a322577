package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.FacilityId;
import dev.custody.model.When;

/**
 * A recapture being written by a {@link ScenarioBuilder}: say whose escapees. Stale once the step
 * is finished.
 */
public final class RecaptureStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;

  RecaptureStep(ScenarioBuilder builder, OpenStep step, StepCount count, When when) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
  }

  /**
   * Says which facility the recaptured had escaped from.
   *
   * @param facility the facility's id
   * @return the step, to say who holds them now
   * @throws IllegalArgumentException if the facility is not declared
   */
  public RecaptorStep from(String facility) {
    return from(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility the recaptured had escaped from.
   *
   * @param facility the facility
   * @return the step, to say who holds them now
   * @throws IllegalArgumentException if the facility is not declared
   */
  public RecaptorStep from(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    return new RecaptorStep(builder, step, count, when, script.site("recapture from", facility));
  }
}
