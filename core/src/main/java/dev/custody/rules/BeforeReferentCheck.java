package dev.custody.rules;

import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.TransferPlanned;
import dev.custody.model.AgreementId;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-007}, {@link Rule#BEFORE_REFERENT}: no event is dated certainly before the plan or the
 * agreement it refers to.
 */
final class BeforeReferentCheck extends RuleCheck {

  BeforeReferentCheck(Rule rule) {
    super(
        rule,
        PlannedMovement.class,
        ObligationMet.class,
        DeadlineExtended.class,
        ObligationBreached.class,
        TransferPlanned.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (event instanceof PlannedMovement transfer) {
      if (transfer.plan().isEmpty()) {
        return;
      }
      Referents.plan(transfer, context)
          .filter(plan -> transfer.when().isBefore(plan.when()))
          .ifPresent(
              plan ->
                  out.add(
                      violation(
                          Severity.ERROR,
                          event,
                          "when",
                          "when (%s) is before plan %s was made (%s)",
                          transfer.when(),
                          plan.id(),
                          plan.when())));
      return;
    }
    Optional<AgreementId> agreement = referredAgreement(event);
    if (agreement.isEmpty()) {
      return;
    }
    context
        .concluded(agreement.get())
        .filter(concluded -> event.when().isBefore(concluded))
        .ifPresent(
            concluded ->
                out.add(
                    violation(
                        Severity.ERROR,
                        event,
                        "when",
                        "when (%s) is before agreement %s was concluded (%s)",
                        event.when(),
                        agreement.get(),
                        concluded)));
  }

  private static Optional<AgreementId> referredAgreement(Event event) {
    if (event instanceof ObligationMet met) {
      return Optional.of(met.agreement());
    } else if (event instanceof DeadlineExtended extended) {
      return Optional.of(extended.agreement());
    } else if (event instanceof ObligationBreached breached) {
      return Optional.of(breached.agreement());
    } else if (event instanceof TransferPlanned plan) {
      return plan.agreement();
    }
    return Optional.empty();
  }
}
