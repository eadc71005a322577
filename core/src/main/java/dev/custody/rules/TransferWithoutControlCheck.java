package dev.custody.rules;

import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.event.PlannedMovement;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-002}, {@link Rule#TRANSFER_WITHOUT_CONTROL}: people are moved out of a facility (a
 * transfer, a release, a repatriation, a handover) by a custodian who controls it or is recorded as
 * holding them there.
 *
 * <p>A custodian may hold people inside a facility another actor controls: one force's detainees in
 * another's prison. That is a fact to record, and moving them out is then no error. What stays an
 * error is moving people out of a facility the custodian neither controls nor has any balance at.
 */
final class TransferWithoutControlCheck extends RuleCheck {

  TransferWithoutControlCheck(Rule rule) {
    super(rule, PlannedMovement.class);
  }

  // Runs for every transfer: no lambdas or Optional chains.
  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof PlannedMovement movement)) {
      return;
    }
    Account from = movement.from();
    // the facility as the account keeps it, without an Optional made for each transfer
    List<FacilityId> facilities = from.facilitiesNamed();
    if (facilities.isEmpty()) {
      return;
    }
    FacilityId facility = facilities.get(0);
    Optional<ActorId> controller = context.controllerOf(facility);
    if (controller.isEmpty()) {
      return;
    }
    ActorId custodian = from.custodian().orElseThrow();
    if (!controller.get().equals(custodian) && !context.hasRecorded(from)) {
      When since = context.controlRecordedAt(facility).orElseThrow();
      out.add(
          violation(
              certainlyAfter(movement.when(), since),
              event,
              "from",
              "custodian (%s) moves people out of %s, which %s controls since %s, and holds"
                  + " nobody there on record",
              custodian,
              facility,
              controller.get(),
              since));
    }
  }
}
