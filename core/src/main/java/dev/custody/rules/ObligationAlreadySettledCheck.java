package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import java.util.List;

/**
 * {@code CUS-012}, {@link Rule#OBLIGATION_ALREADY_SETTLED}: an obligation is met at most once, and
 * never after it was waived.
 */
final class ObligationAlreadySettledCheck extends RuleCheck {

  ObligationAlreadySettledCheck(Rule rule) {
    super(rule, ObligationMet.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ObligationMet met)) {
      return;
    }
    Referents.obligation(context, met.agreement(), met.obligation())
        .filter(o -> o.met().isPresent() || o.waived().isPresent())
        .ifPresent(
            o ->
                out.add(
                    violation(
                        Severity.ERROR,
                        event,
                        "obligation",
                        "obligation (%s) of %s is already %s",
                        met.obligation(),
                        met.agreement(),
                        o.met()
                            .map(m -> "met " + m)
                            .orElseGet(() -> "waived " + o.waived().get()))));
  }
}
