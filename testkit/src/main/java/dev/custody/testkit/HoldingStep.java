package dev.custody.testkit;

import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.Estimate;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.List;

/**
 * A held facility being declared by a {@link ScenarioBuilder}: say how many are held there at the
 * start. The declaration writes the facility's first control, a census of its custodian's account
 * and a census of zero of those at large from it. Stale once the step is finished.
 */
public final class HoldingStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final Facility facility;
  private final ActorId custodian;

  HoldingStep(ScenarioBuilder builder, OpenStep step, Facility facility, ActorId custodian) {
    this.builder = builder;
    this.step = step;
    this.facility = facility;
    this.custodian = custodian;
  }

  /**
   * Counts exactly {@code count} people held at the facility at the start.
   *
   * @param count how many, zero or more
   * @return the builder
   * @throws IllegalArgumentException if {@code count} is negative
   */
  public ScenarioBuilder holding(long count) {
    return holding(StepCount.exactly("holding", count));
  }

  /**
   * Counts {@code count} people, as estimated, held at the facility at the start; {@link
   * Estimate#unknown()} leaves the number open.
   *
   * @param count how many
   * @return the builder
   */
  public ScenarioBuilder holding(Estimate count) {
    return holding(StepCount.of(count));
  }

  /**
   * Counts as many people as {@code count} claims, held at the facility at the start.
   *
   * @param count the claims, taken as given
   * @return the builder
   */
  public ScenarioBuilder holding(Figure count) {
    return holding(StepCount.of(count));
  }

  private ScenarioBuilder holding(StepCount count) {
    ScenarioScript script = builder.script();
    script.resume(step);
    FacilityId id = facility.id();
    When when = script.declaring(id);
    Account held = Account.heldAt(custodian, id, script.cohort());
    Account atLarge = Account.atLargeFrom(id, script.cohort());
    Source claimant = script.sourceFor(custodian);
    String description =
        "facility "
            + id
            + " held by "
            + custodian
            + " holding "
            + count
            + ScenarioScript.datedWords(when);
    int number =
        script.addStep(
            description,
            when,
            id.value(),
            "a facility's events are named after it",
            List.of(
                EventDraft.control("-control", id, null, custodian),
                EventDraft.census("-census", held, count, claimant),
                EventDraft.zeroCensus("-at-large-census", atLarge, claimant)));
    DeclaredFacility site = new DeclaredFacility(facility, number);
    site.custodian = custodian;
    site.controller = custodian;
    script.declared(site);
    script.mention(custodian, ActorRole.HOLDER);
    script.mention(count);
    script.finish();
    return builder;
  }
}
