package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.ActorId;
import dev.custody.model.Facility;
import java.util.List;

/**
 * A facility being declared by a {@link ScenarioBuilder}: say who holds it, or that nobody does
 * yet. Stale once the step is finished.
 */
public final class FacilityStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final Facility facility;

  FacilityStep(ScenarioBuilder builder, OpenStep step, Facility facility) {
    this.builder = builder;
    this.step = step;
    this.facility = facility;
  }

  /**
   * Says who holds the people at the facility and controls it from the start.
   *
   * @param custodian the custodian's slug, such as {@code "sdf"}
   * @return the step, to say how many
   */
  public HoldingStep heldBy(String custodian) {
    return heldBy(ActorId.of(checkNotNull(custodian, "custodian")));
  }

  /**
   * Says who holds the people at the facility and controls it from the start.
   *
   * @param custodian the custodian
   * @return the step, to say how many
   */
  public HoldingStep heldBy(ActorId custodian) {
    checkNotNull(custodian, "custodian");
    builder.script().resume(step);
    return new HoldingStep(builder, step, facility, custodian);
  }

  /**
   * Declares the facility with nobody holding or controlling it, and nobody counted there: a place
   * for the world to know, such as the destination of a plan.
   *
   * @return the builder
   */
  public ScenarioBuilder unheld() {
    ScenarioScript script = builder.script();
    script.resume(step);
    int number =
        script.addStep(
            "facility " + facility.id() + ", unheld",
            null,
            "",
            "an unheld facility writes no event",
            List.of());
    script.declared(new DeclaredFacility(facility, number));
    script.finish();
    return builder;
  }
}
