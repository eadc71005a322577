package dev.custody.rules;

import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-013}, {@link Rule#EXTENSION_NOT_LATER}: a deadline extension extends a deadline that
 * is still open, to a deadline that lapses after the latest recorded one.
 */
final class ExtensionNotLaterCheck extends RuleCheck {

  ExtensionNotLaterCheck(Rule rule) {
    super(rule, DeadlineExtended.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DeadlineExtended extended)) {
      return;
    }
    Optional<Obligation> obligation =
        Referents.obligation(context, extended.agreement(), extended.obligation());
    if (obligation.isEmpty()) {
      return; // CUS-005 reports it
    }
    Optional<Deadline> latest =
        obligation.get().extensions().isEmpty()
            ? obligation.get().deadline()
            : Optional.of(obligation.get().extensions().reverse().get(0).deadline());
    if (latest.isEmpty()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s has no deadline to extend",
              extended.obligation(),
              extended.agreement()));
    } else if (obligation.get().met().isPresent() || obligation.get().waived().isPresent()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s is already %s: there is no deadline left to extend",
              extended.obligation(),
              extended.agreement(),
              obligation.get().met().isPresent() ? "met" : "waived"));
    } else if (!latest.get().isBefore(extended.deadline())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "deadline",
              "deadline (%s) does not lapse after the latest recorded deadline (%s)",
              extended.deadline(),
              latest.get()));
    }
  }
}
