package dev.custody.rules;

import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import java.util.List;

/**
 * {@code CUS-011}, {@link Rule#TRANSFER_OUTSIDE_PLAN}: a transfer under a plan moves the plan's
 * cohort, out of a facility among the plan's origins.
 */
final class TransferOutsidePlanCheck extends RuleCheck {

  TransferOutsidePlanCheck(Rule rule) {
    super(rule, DetaineesTransferred.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesTransferred transfer) || transfer.plan().isEmpty()) {
      return;
    }
    Referents.plan(transfer, context)
        .ifPresent(
            plan -> {
              if (!plan.cohort().equals(transfer.from().cohort())) {
                out.add(
                    violation(
                        Severity.ERROR,
                        event,
                        "from",
                        "cohort (%s) is not the cohort of plan %s (%s)",
                        transfer.from().cohort(),
                        plan.id(),
                        plan.cohort()));
              }
              transfer
                  .from()
                  .facility()
                  .filter(f -> !plan.admits(f, context::countryOf))
                  .ifPresent(
                      f ->
                          out.add(
                              violation(
                                  Severity.ERROR,
                                  event,
                                  "from",
                                  "facility (%s) is not among the origins of plan %s (%s)",
                                  f,
                                  plan.id(),
                                  origins(plan))));
            });
  }

  /** "[al-shaddadi] and at least 2 unnamed in SY". */
  private static String origins(TransferPlanned plan) {
    return plan.namedFacilities()
        + (plan.unnamedFacilities() > 0
            ? " and at least " + plan.unnamedFacilities() + " unnamed"
            : "")
        + plan.originCountry().map(c -> " in " + c).orElse("");
  }
}
