package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A recapture being written by a {@link ScenarioBuilder}: say who holds the recaptured now. They
 * leave the account of those at large from the facility they escaped for the recaptor's account,
 * after a census of zero of it if no step counted it yet. Stale once the step is finished.
 */
public final class RecaptorStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;
  private final DeclaredFacility from;

  RecaptorStep(
      ScenarioBuilder builder, OpenStep step, StepCount count, When when, DeclaredFacility from) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
    this.from = from;
  }

  /**
   * Says who recaptured them and holds them at a place not reported ({@link
   * Scenario#heldBy(String)}).
   *
   * @param recaptor the custodian's slug, such as {@code "syria-gov"}
   * @return the builder
   */
  public ScenarioBuilder by(String recaptor) {
    return by(ActorId.of(checkNotNull(recaptor, "recaptor")));
  }

  /**
   * Says who recaptured them and holds them at a place not reported.
   *
   * @param recaptor the custodian
   * @return the builder
   */
  public ScenarioBuilder by(ActorId recaptor) {
    checkNotNull(recaptor, "recaptor");
    builder.script().resume(step);
    return recapture(recaptor, null);
  }

  /**
   * Says which facility they are taken to, into its custodian's account.
   *
   * @param facility the facility's id
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder into(String facility) {
    return into(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility they are taken to, into its custodian's account.
   *
   * @param facility the facility
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared or nobody holds it
   */
  public ScenarioBuilder into(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    DeclaredFacility into = script.site("recapture into", facility);
    ActorId custodian = ScenarioScript.custodianOf(into, "recapture into");
    return recapture(custodian, into);
  }

  private ScenarioBuilder recapture(ActorId recaptor, @Nullable DeclaredFacility into) {
    ScenarioScript script = builder.script();
    script.resume(step);
    Account atLarge = Account.atLargeFrom(from.id(), script.cohort());
    Account in =
        into == null
            ? Account.held(recaptor, script.cohort())
            : Account.heldAt(recaptor, into.id(), script.cohort());
    Source claimant = script.sourceFor(recaptor);
    List<EventDraft> drafts = new ArrayList<>();
    script.opening(drafts, in, recaptor);
    drafts.add(
        EventDraft.of(
            "", (e, w) -> DetaineesRecaptured.of(e, w, atLarge, in, count.figure(claimant, w))));
    script.addStep(
        "recapture of "
            + count
            + " from "
            + from.id()
            + (into == null ? " by " + recaptor : " into " + into.id())
            + ScenarioScript.datedWords(when),
        when,
        script.generatedBase("recapture", drafts),
        null,
        drafts);
    script.mention(recaptor, ActorRole.HOLDER);
    script.mention(count);
    script.finish();
    return builder;
  }
}
