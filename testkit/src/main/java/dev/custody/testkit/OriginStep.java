package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.List;

/**
 * An escape, a release or a repatriation being written by a {@link ScenarioBuilder}: say from which
 * facility. The people leave the custodian's account there for those at large from it, the released
 * or the repatriated, after a census of zero of that account if no step counted it yet. Stale once
 * the step is finished.
 */
public final class OriginStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final Outflow kind;
  private final StepCount count;
  private final When when;
  private final boolean allOfThem;

  OriginStep(ScenarioBuilder builder, OpenStep step, Outflow kind, StepCount count, When when) {
    this(builder, step, kind, count, when, false);
  }

  OriginStep(
      ScenarioBuilder builder,
      OpenStep step,
      Outflow kind,
      StepCount count,
      When when,
      boolean allOfThem) {
    this.builder = builder;
    this.step = step;
    this.kind = kind;
    this.count = count;
    this.when = when;
    this.allOfThem = allOfThem;
  }

  /**
   * Says which facility the people leave, from its custodian's account.
   *
   * @param facility the facility's id
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder from(String facility) {
    return from(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility the people leave, from its custodian's account.
   *
   * @param facility the facility
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder from(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    DeclaredFacility from = script.site(kind.type + " from", facility);
    ActorId custodian = ScenarioScript.custodianOf(from, kind.type + " from");
    Account out = Account.heldAt(custodian, from.id(), script.cohort());
    Source claimant = script.sourceFor(custodian);
    List<EventDraft> drafts = new ArrayList<>();
    script.opening(drafts, kind.destination(out), custodian);
    drafts.add(
        EventDraft.of(
            "",
            (e, w) ->
                allOfThem
                    ? kind.allOf(e, w, out, count.figure(claimant, w))
                    : kind.event(e, w, out, count.figure(claimant, w))));
    script.addStep(
        kind.type
            + " of "
            + (allOfThem ? "all of them" : count)
            + " from "
            + from.id()
            + ScenarioScript.datedWords(when),
        when,
        script.generatedBase(kind.type, drafts),
        null,
        drafts);
    script.mention(count);
    script.finish();
    return builder;
  }
}
