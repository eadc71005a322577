package dev.custody.rules;

import dev.custody.event.Event;
import java.util.List;

/**
 * {@code CUS-010}, {@link Rule#DUPLICATE_EVENT_ID}: no other event of the ledger has the event's
 * id. A ledger reports this itself before any rule runs; the check serves any other {@link
 * RuleContext}.
 */
final class DuplicateEventIdCheck extends RuleCheck {

  DuplicateEventIdCheck(Rule rule) {
    super(rule, Event.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (context.event(event.id()).isPresent()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "id",
              "id (%s) is already used by %s",
              event.id(),
              context.event(event.id()).get()));
    }
  }
}
