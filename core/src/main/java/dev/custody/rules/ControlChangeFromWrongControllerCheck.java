package dev.custody.rules;

import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-003}, {@link Rule#CONTROL_CHANGE_FROM_WRONG_CONTROLLER}: a change of control starts
 * from the controller on record, and a first control is only for a facility without one.
 */
final class ControlChangeFromWrongControllerCheck extends RuleCheck {

  ControlChangeFromWrongControllerCheck(Rule rule) {
    super(rule, ControlChanged.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ControlChanged change)) {
      return;
    }
    Optional<ActorId> current = context.controllerOf(change.facility());
    if (current.isEmpty()) {
      return; // no earlier record contradicts the change
    }
    Severity severity =
        certainlyAfter(change.when(), context.controlRecordedAt(change.facility()).orElseThrow());
    if (change.from().isEmpty()) {
      out.add(
          violation(
              severity,
              event,
              "from",
              "from (none) records a first control of %s, which %s already controls",
              change.facility(),
              current.get()));
    } else if (!change.from().get().equals(current.get())) {
      out.add(
          violation(
              severity,
              event,
              "from",
              "from (%s) is not the current controller of %s (%s)",
              change.from().get(),
              change.facility(),
              current.get()));
    }
  }
}
