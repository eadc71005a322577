package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.event.DetaineesTransferred;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.List;

/**
 * A transfer being written by a {@link ScenarioBuilder}: say to which facility. The transfer moves
 * people from the custodian's account at one facility to the custodian's account at the other,
 * after a census of zero of the latter if no step counted it yet. Stale once the step is finished.
 */
public final class TransferDestinationStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;
  private final DeclaredFacility from;

  TransferDestinationStep(
      ScenarioBuilder builder, OpenStep step, StepCount count, When when, DeclaredFacility from) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
    this.from = from;
  }

  /**
   * Says which facility the people go to, into its custodian's account.
   *
   * @param facility the facility's id
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared, nobody holds either facility,
   *     or it is the facility they leave
   */
  public ScenarioBuilder to(String facility) {
    return to(FacilityId.of(checkNotNull(facility, "facility")));
  }

  /**
   * Says which facility the people go to, into its custodian's account.
   *
   * @param facility the facility
   * @return the builder
   * @throws IllegalArgumentException if the facility is not declared, nobody holds either facility,
   *     or it is the facility they leave
   */
  public ScenarioBuilder to(FacilityId facility) {
    checkNotNull(facility, "facility");
    ScenarioScript script = builder.script();
    script.resume(step);
    DeclaredFacility to = script.site("transfer to", facility);
    ActorId giver = ScenarioScript.custodianOf(from, "transfer from");
    ActorId taker = ScenarioScript.custodianOf(to, "transfer to");
    if (from == to) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario transfer to (%s) must differ from from (%s): a transfer moves people"
                  + " between facilities; handover(count).of(facility).to(actor) changes their"
                  + " custodian",
              to.id(), from.id()));
    }
    Account out = Account.heldAt(giver, from.id(), script.cohort());
    Account in = Account.heldAt(taker, to.id(), script.cohort());
    Source claimant = script.sourceFor(giver);
    List<EventDraft> drafts = new ArrayList<>();
    script.opening(drafts, in, taker);
    drafts.add(
        EventDraft.of(
            "",
            (e, w) ->
                DetaineesTransferred.builder()
                    .id(e)
                    .when(w)
                    .from(out)
                    .to(in)
                    .size(count.figure(claimant, w))
                    .build()));
    script.addStep(
        "transfer of "
            + count
            + " from "
            + from.id()
            + " to "
            + to.id()
            + ScenarioScript.datedWords(when),
        when,
        script.generatedBase("transfer", drafts),
        null,
        drafts);
    script.mention(count);
    script.finish();
    return builder;
  }
}
