package dev.custody.rules;

import dev.custody.event.CensusTaken;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Claim;
import dev.custody.model.Figure;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code CUS-019}, {@link Rule#REPORTED_BEFORE_EVENT}: no claim is reported before its event can
 * have happened. Only a certain contradiction counts: the claim's reported time must certainly end
 * before the event's time certainly starts ({@link dev.custody.model.When#isBefore}), so that a
 * claim reported on 2026-01-18 about an event of "January 2026" keeps the rule. Every claim on
 * record is checked, whatever its status: a retracted claim still had a date. A warning, since the
 * event is not wrong for it: one of the two dates is likely miswritten, or the claim belongs to
 * another event.
 */
final class ReportedBeforeEventCheck extends RuleCheck {

  ReportedBeforeEventCheck(Rule rule) {
    super(
        rule,
        CensusTaken.class,
        RunningTotalReported.class,
        TransferPlanned.class,
        DetaineesTransferred.class,
        DetaineesReleased.class,
        DetaineesRepatriated.class,
        CustodyHandedOver.class,
        DetaineesTakenIntoCustody.class,
        DetaineesEscaped.class,
        DetaineesRecaptured.class,
        DetaineesDied.class,
        ControlReported.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (event instanceof ControlReported report) {
      if (report.reported().isBefore(report.when())) {
        out.add(
            violation(
                Severity.WARNING,
                event,
                "reported",
                "reported (%s) by %s before the control it reports can have held (%s)",
                report.reported(),
                report.source(),
                report.when()));
      }
      return;
    }
    Figure figure = figureOf(event);
    if (figure == null) {
      return;
    }
    String field =
        event instanceof CensusTaken
            ? "count"
            : event instanceof RunningTotalReported ? "total" : "size";
    List<Claim> claims = figure.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      if (claim.reported().isBefore(event.when())) {
        out.add(
            violation(
                Severity.WARNING,
                event,
                field,
                "claim %d (%s, according to %s) was reported (%s) before the event can have"
                    + " happened (%s)",
                i + 1,
                claim.estimate(),
                claim.source(),
                claim.reported(),
                event.when()));
      }
    }
  }

  /** The figure of {@code event}, or null when it has none; no Optional on this path. */
  private static @Nullable Figure figureOf(Event event) {
    if (event instanceof CensusTaken census) {
      return census.count();
    } else if (event instanceof RunningTotalReported total) {
      return total.total();
    } else if (event instanceof TransferPlanned plan) {
      return plan.size();
    } else if (event instanceof DetaineesTransferred e) {
      return e.size();
    } else if (event instanceof DetaineesReleased e) {
      return e.size();
    } else if (event instanceof DetaineesRepatriated e) {
      return e.size();
    } else if (event instanceof CustodyHandedOver e) {
      return e.size();
    } else if (event instanceof DetaineesTakenIntoCustody e) {
      return e.size();
    } else if (event instanceof DetaineesEscaped e) {
      return e.size();
    } else if (event instanceof DetaineesRecaptured e) {
      return e.size();
    } else if (event instanceof DetaineesDied e) {
      return e.size();
    }
    return null;
  }
}
