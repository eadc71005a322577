package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import java.util.List;

/**
 * {@code CUS-008}, {@link Rule#OBLIGATION_MET_LATE}: an obligation is met before the deadline in
 * force at the time has certainly lapsed. An obligation with a term has no deadline to meet: the
 * end of its term is when it has been kept, so it is never late.
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
        .filter(o -> o.term().isEmpty())
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
