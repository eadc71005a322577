package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.ActorId;
import dev.custody.model.When;
import java.util.List;

/**
 * A change of control being written by a {@link ScenarioBuilder}: say who controls the facility
 * now. The people inside stay in their custodian's account. Stale once the step is finished.
 */
public final class ControlStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final DeclaredFacility site;
  private final When when;

  ControlStep(ScenarioBuilder builder, OpenStep step, DeclaredFacility site, When when) {
    this.builder = builder;
    this.step = step;
    this.site = site;
    this.when = when;
  }

  /**
   * Says who controls the facility from now on.
   *
   * @param controller the controller's slug, such as {@code "syria-gov"}
   * @return the builder
   * @throws IllegalArgumentException if it already controls the facility
   */
  public ScenarioBuilder to(String controller) {
    return to(ActorId.of(checkNotNull(controller, "controller")));
  }

  /**
   * Says who controls the facility from now on.
   *
   * @param controller the controller
   * @return the builder
   * @throws IllegalArgumentException if it already controls the facility
   */
  public ScenarioBuilder to(ActorId controller) {
    checkNotNull(controller, "controller");
    ScenarioScript script = builder.script();
    script.resume(step);
    ActorId from = site.controller;
    if (controller.equals(from)) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario controlChange to (%s) must differ from the controller of %s (%s)",
              controller, site.id(), from));
    }
    script.addStep(
        "control change of " + site.id() + " to " + controller + ScenarioScript.datedWords(when),
        when,
        script.generatedBase("control-change", List.of()),
        null,
        List.of(EventDraft.control("", site.id(), from, controller)));
    site.controller = controller;
    script.mention(controller, ActorRole.HOLDER);
    script.finish();
    return builder;
  }
}
