package dev.custody.rules;

import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Event;
import dev.custody.event.ObligationBreached;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-018}, {@link Rule#BREACH_OUTSIDE_OBLIGATION}: a breach falls on an obligation that is
 * still owed at its time: not met or waived, and for an obligation with a term, within the term.
 */
final class BreachOutsideObligationCheck extends RuleCheck {

  BreachOutsideObligationCheck(Rule rule) {
    super(rule, ObligationBreached.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ObligationBreached breached)) {
      return;
    }
    Optional<Obligation> found =
        Referents.obligation(context, breached.agreement(), breached.obligation());
    if (found.isEmpty()) {
      return; // CUS-005 reports it
    }
    Obligation obligation = found.get();
    if (obligation.met().isPresent() || obligation.waived().isPresent()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s is already %s: it can no longer be breached",
              breached.obligation(),
              breached.agreement(),
              ObligationAlreadySettledCheck.settlement(obligation)));
      return;
    }
    if (obligation.term().isEmpty()) {
      return;
    }
    Term term = obligation.term().get();
    if (breached.when().isBefore(term.start())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "when",
              "when (%s) is before the term of %s begins (%s)",
              breached.when(),
              breached.obligation(),
              term.start()));
      return;
    }
    // the end in force by the breach's last moment: a revision decided after it came too late
    Deadline end = obligation.deadlineAt(breached.when().end()).orElseThrow();
    if (!breached.when().start().isBefore(end.lapsesAt())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "when",
              "when (%s) is after the term of %s ended (%s): by then it had been kept",
              breached.when(),
              breached.obligation(),
              end));
    }
  }
}
