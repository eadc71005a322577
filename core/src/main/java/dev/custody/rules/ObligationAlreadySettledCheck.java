package dev.custody.rules;

import dev.custody.agreement.Obligation;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import java.util.List;

/**
 * {@code CUS-012}, {@link Rule#OBLIGATION_ALREADY_SETTLED}: an obligation is met at most once, and
 * never after it was waived or breached.
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
        .filter(o -> o.met().isPresent() || o.waived().isPresent() || o.isBreached())
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
                        settlement(o))));
  }

  /** "met 2026-01-22 (Asia/Damascus)", "waived ...", "breached ..." (the first breach). */
  static String settlement(Obligation obligation) {
    if (obligation.met().isPresent()) {
      return "met " + obligation.met().get();
    }
    return obligation.waived().isPresent()
        ? "waived " + obligation.waived().get()
        : "breached " + obligation.breaches().get(0).when();
  }
}
