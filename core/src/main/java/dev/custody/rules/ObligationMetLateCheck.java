package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import java.util.List;

/**
 * {@code CUS-008}, {@link Rule#OBLIGATION_MET_LATE}: an obligation is met before the deadline in
 * force at the time has certainly lapsed.
 */
final class ObligationMetLateCheck extends RuleCheck {

  ObligationMetLateCheck(Rule rule) {
    super(rule, ObligationMet.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ObligationMet met)) {
      return;
    }
    Referents.obligation(context, met.agreement(), met.obligation())
        .flatMap(o -> o.deadlineAt(met.when().start()))
        .filter(deadline -> !met.when().start().isBefore(deadline.lapsesAt()))
        .ifPresent(
            deadline ->
                out.add(
                    violation(
                        Severity.WARNING,
                        event,
                        "when",
                        "when (%s) is after the deadline (%s) lapsed",
                        met.when(),
                        deadline)));
  }
}
