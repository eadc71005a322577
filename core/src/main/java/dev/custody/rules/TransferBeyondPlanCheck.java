package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.PlannedMovement;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-006}, {@link Rule#TRANSFER_BEYOND_PLAN}: the transfers under a plan, this one
 * included, do not exceed its size, as {@link Excess} compares them. A movement of all of them
 * counts the balance it empties.
 */
final class TransferBeyondPlanCheck extends RuleCheck {

  TransferBeyondPlanCheck(Rule rule) {
    super(rule, PlannedMovement.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof PlannedMovement transfer) || transfer.plan().isEmpty()) {
      return;
    }
    Referents.plan(transfer, context)
        .ifPresent(
            plan -> {
              Estimate moved = Estimate.exactly(0);
              for (Movement movement : transfer.movements()) {
                moved = moved.plus(context.moved(movement));
              }
              Estimate total = context.transferredUnder(plan.id()).plus(moved);
              Estimate planned = context.reading().of(plan.size());
              Excess.severity(total, planned)
                  .ifPresent(
                      severity ->
                          out.add(
                              violation(
                                  severity,
                                  event,
                                  "size",
                                  "movements under %s would total %s against %s planned under %s: %s",
                                  plan.id(),
                                  total,
                                  planned,
                                  words(context.reading()),
                                  Excess.describe(severity, total, planned))));
            });
  }
}
