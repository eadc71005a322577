package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.List;

/**
 * A census being written by a {@link ScenarioBuilder}: say which facility it counts. It sets the
 * balance of the custodian's account there. Stale once the step is finished.
 */
public final class CensusStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;

  CensusStep(ScenarioBuilder builder, OpenStep step, StepCount count, When when) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
  }

  /**
   * Says which facility's custodian's account is counted.
   *
   * @param facility the facility's id
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder of(String facility) {
    return of(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility's custodian's account is counted.
   *
   * @param facility the facility
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder of(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    DeclaredFacility at = script.site("census of", facility);
    ActorId custodian = ScenarioScript.custodianOf(at, "census of");
    Account held = Account.heldAt(custodian, at.id(), script.cohort());
    Source claimant = script.sourceFor(custodian);
    script.addStep(
        "census of " + count + " at " + at.id() + ScenarioScript.datedWords(when),
        when,
        script.generatedBase("census", List.of()),
        null,
        List.of(EventDraft.census("", held, count, claimant)));
    script.mention(count);
    script.finish();
    return builder;
  }
}
