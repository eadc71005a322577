package dev.custody.rules;

import dev.custody.agreement.Obligation;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import java.util.Optional;

/**
 * What an event refers to, looked up through the {@link RuleContext}: the plan a movement names,
 * the obligation a meeting or an extension names. Several rules ask the same question ({@code
 * CUS-005} whether the referent exists at all, the others what it says), and one place answers it
 * for all of them.
 */
final class Referents {
  private Referents() {}

  /** The plan {@code transfer} names, when it names one that is a plan of the ledger. */
  static Optional<TransferPlanned> plan(PlannedMovement transfer, RuleContext context) {
    if (transfer.plan().isEmpty()) {
      return Optional.empty();
    }
    return transfer
        .plan()
        .flatMap(context::event)
        .filter(TransferPlanned.class::isInstance)
        .map(TransferPlanned.class::cast);
  }

  /** The plan a running total counts the movements of, when it names one the ledger holds. */
  static Optional<TransferPlanned> plan(RunningTotalReported total, RuleContext context) {
    return total
        .plan()
        .flatMap(context::event)
        .filter(TransferPlanned.class::isInstance)
        .map(TransferPlanned.class::cast);
  }

  /** The obligation, as it stands, of an agreement concluded before the event being checked. */
  static Optional<Obligation> obligation(
      RuleContext context, AgreementId agreement, ObligationId obligation) {
    return context.agreement(agreement).flatMap(a -> a.obligation(obligation));
  }
}
