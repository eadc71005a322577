package dev.custody.rules;

import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-002}, {@link Rule#TRANSFER_WITHOUT_CONTROL}: a transfer out of a facility is made by
 * the custodian recorded as controlling it.
 */
final class TransferWithoutControlCheck extends RuleCheck {

  TransferWithoutControlCheck(Rule rule) {
    super(rule, DetaineesTransferred.class);
  }

  // Runs for every transfer: no lambdas or Optional chains.
  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesTransferred transfer)) {
      return;
    }
    Optional<FacilityId> from = transfer.from().facility();
    if (from.isEmpty()) {
      return;
    }
    ActorId custodian = transfer.from().custodian().orElseThrow();
    Optional<ActorId> controller = context.controllerOf(from.get());
    if (controller.isPresent() && !controller.get().equals(custodian)) {
      When since = context.controlRecordedAt(from.get()).orElseThrow();
      out.add(
          violation(
              certainlyAfter(transfer.when(), since),
              event,
              "from",
              "custodian (%s) transfers out of %s, which %s controls since %s",
              custodian,
              from.get(),
              controller.get(),
              since));
    }
  }
}
