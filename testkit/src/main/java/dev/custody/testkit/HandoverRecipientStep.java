package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.event.Account;
import dev.custody.event.CustodyHandedOver;
import dev.custody.model.ActorId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.ArrayList;
import java.util.List;

/**
 * A handover being written by a {@link ScenarioBuilder}: say who takes custody and control. The
 * people move from the old custodian's account at the facility to the new one's, after a census of
 * zero of it if no step counted it yet, and control follows unless the new custodian had it
 * already. Stale once the step is finished.
 */
public final class HandoverRecipientStep {
  private final ScenarioBuilder builder;
  private final OpenStep step;
  private final StepCount count;
  private final When when;
  private final DeclaredFacility site;

  HandoverRecipientStep(
      ScenarioBuilder builder, OpenStep step, StepCount count, When when, DeclaredFacility site) {
    this.builder = builder;
    this.step = step;
    this.count = count;
    this.when = when;
    this.site = site;
  }

  /**
   * Says who holds the people at the facility, and controls it, from now on.
   *
   * @param custodian the new custodian's slug
   * @return the builder
   * @throws IllegalArgumentException if nobody holds the facility, or {@code custodian} already
   *     does
   */
  public ScenarioBuilder to(String custodian) {
    return to(ActorId.of(checkNotNull(custodian, "custodian")));
  }

  /**
   * Says who holds the people at the facility, and controls it, from now on.
   *
   * @param custodian the new custodian
   * @return the builder
   * @throws IllegalArgumentException if nobody holds the facility, or {@code custodian} already
   *     does
   */
  public ScenarioBuilder to(ActorId custodian) {
    checkNotNull(custodian, "custodian");
    ScenarioScript script = builder.script();
    script.resume(step);
    ActorId from = ScenarioScript.custodianOf(site, "handover of");
    if (custodian.equals(from)) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario handover to (%s) must differ from the custodian of %s (%s)",
              custodian, site.id(), from));
    }
    Account out = Account.heldAt(from, site.id(), script.cohort());
    Account in = Account.heldAt(custodian, site.id(), script.cohort());
    Source claimant = script.sourceFor(from);
    ActorId controller = site.controller;
    List<EventDraft> drafts = new ArrayList<>();
    script.opening(drafts, in, custodian);
    // custody passes with control in one event, unless the receiver controls the site already
    boolean withControl = !custodian.equals(controller);
    drafts.add(
        EventDraft.of(
            "",
            (e, w) ->
                CustodyHandedOver.builder()
                    .id(e)
                    .when(w)
                    .from(out)
                    .receiver(custodian)
                    .size(count.figure(claimant, w))
                    .withControl(withControl)
                    .build()));
    script.addStep(
        "handover of "
            + count
            + " at "
            + site.id()
            + " to "
            + custodian
            + ScenarioScript.datedWords(when),
        when,
        script.generatedBase("handover", drafts),
        null,
        drafts);
    site.custodian = custodian;
    site.controller = custodian;
    script.mention(custodian, ActorRole.HOLDER);
    script.mention(count);
    script.finish();
    return builder;
  }
}
