package dev.custody.rules;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-013}, {@link Rule#EXTENSION_NOT_LATER}: a revision of a deadline (or of the end of a
 * term) revises one that is still open, to a deadline the agreement can hold.
 *
 * <p>The constant keeps the name it had when a deadline could only be extended: codes and constants
 * are stable. A revision may now bring a deadline forward; what the rule still reports is a
 * revision with nothing to revise, one to a deadline the agreement cannot hold (errors), and one
 * that changes nothing or sets a deadline already past when it was decided (warnings).
 */
final class ExtensionNotLaterCheck extends RuleCheck {

  ExtensionNotLaterCheck(Rule rule) {
    super(rule, DeadlineExtended.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DeadlineExtended revised)) {
      return;
    }
    Optional<Agreement> agreement = context.agreement(revised.agreement());
    Optional<Obligation> found = agreement.flatMap(a -> a.obligation(revised.obligation()));
    if (found.isEmpty()) {
      return; // CUS-005 reports it
    }
    Obligation obligation = found.get();
    Optional<Deadline> latest = obligation.latestDeadline();
    Deadline deadline = revised.deadline();
    if (latest.isEmpty()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s has neither a deadline nor a term to revise",
              revised.obligation(),
              revised.agreement()));
    } else if (obligation.met().isPresent()
        || obligation.waived().isPresent()
        || obligation.isBreached()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s is already %s: there is no deadline left to revise",
              revised.obligation(),
              revised.agreement(),
              ObligationAlreadySettledCheck.settlement(obligation)));
    } else if (!deadline.lapsesAt().isAfter(agreement.get().concluded().start())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "deadline",
              "deadline (%s) does not lapse after %s was concluded (%s)",
              deadline,
              revised.agreement(),
              agreement.get().concluded()));
    } else if (obligation.term().isPresent()
        && !deadline.lapsesAt().isAfter(obligation.term().get().start().start())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "deadline",
              "deadline (%s) does not lapse after the term of %s begins (%s)",
              deadline,
              revised.obligation(),
              obligation.term().get().start()));
    } else if (deadline.lapsesAt().equals(latest.get().lapsesAt())) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "deadline",
              "deadline (%s) lapses when the latest recorded deadline (%s) does: the revision"
                  + " changes nothing",
              deadline,
              latest.get()));
    } else if (!revised.when().start().isBefore(deadline.lapsesAt())) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "deadline",
              "deadline (%s) had already lapsed when the revision was decided (%s)",
              deadline,
              revised.when()));
    }
  }
}
