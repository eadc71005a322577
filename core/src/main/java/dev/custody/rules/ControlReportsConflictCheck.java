package dev.custody.rules;

import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.Event;
import dev.custody.model.ActorId;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-017}, {@link Rule#CONTROL_REPORTS_CONFLICT}: a report of a facility's control that
 * disagrees with the record before it while their times overlap.
 *
 * <p>Like two counts of one population, two sources may say different things of who held a prison
 * on the same day: the SDF that it still held it, the government that its forces had taken it. The
 * ledger keeps both, the later in ledger order in force, and flags the disagreement so that a
 * reader sees the dispute instead of the last word. Records that follow one another in time are a
 * change of control, not a dispute, and are not flagged.
 */
final class ControlReportsConflictCheck extends RuleCheck {

  ControlReportsConflictCheck(Rule rule) {
    super(rule, ControlReported.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ControlReported report)) {
      return;
    }
    Optional<Event> last = context.lastControlRecord(report.facility());
    if (last.isEmpty() || !last.get().when().overlaps(report.when())) {
      return;
    }
    Event before = last.get();
    String said = said(before);
    boolean agrees =
        before instanceof ControlReported earlier
            ? earlier.agreesWith(report)
            : report.holder().equals(controllerSet(before));
    if (!agrees) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "state",
              "%s reported %s %s at %s, while %s (%s) said it was %s at %s",
              report.source(),
              report.facility(),
              report.describe(),
              report.when(),
              before.id(),
              said,
              describeBefore(before),
              before.when()));
    }
  }

  /** The controller a change or a handover with control set. */
  private static Optional<ActorId> controllerSet(Event event) {
    if (event instanceof ControlChanged change) {
      return Optional.of(change.to());
    }
    if (event instanceof CustodyHandedOver handover) {
      return Optional.of(handover.receiver());
    }
    return Optional.empty();
  }

  /** Who said the earlier record: its source, or the ledger's own record of a change. */
  private static String said(Event event) {
    return event instanceof ControlReported earlier
        ? "according to " + earlier.source()
        : "a " + event.type();
  }

  private static String describeBefore(Event event) {
    if (event instanceof ControlReported earlier) {
      return earlier.describe();
    }
    return "held by " + controllerSet(event).map(ActorId::toString).orElse("nobody named");
  }
}
