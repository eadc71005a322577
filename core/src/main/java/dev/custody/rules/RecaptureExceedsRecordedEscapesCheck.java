package dev.custody.rules;

import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-015}, {@link Rule#RECAPTURE_EXCEEDS_RECORDED_ESCAPES}: where nobody counted those at
 * large, so that {@code CUS-004} has no bound to compare with, a recapture whose best value exceeds
 * the best value of what the ledger records at large says how many must have escaped without an
 * event for it.
 *
 * <p>Best values, because they are all an unbounded balance keeps of the events behind it: the
 * balance of an at-large account nobody counted is the unknown count plus the escapes minus the
 * recaptures, whose best value is theirs alone (the unknown count's best is zero) while its high
 * end is lost to the unknown. Low ends would mislead: "up to 200" escaped has a low end of zero,
 * and recapturing 81 of them is no sign of an unrecorded escape.
 */
final class RecaptureExceedsRecordedEscapesCheck extends RuleCheck {

  RecaptureExceedsRecordedEscapesCheck(Rule rule) {
    super(rule, DetaineesRecaptured.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesRecaptured recapture)) {
      return;
    }
    Estimate atLarge = context.balance(recapture.from());
    if (atLarge.hasUpperBound()) {
      return; // a census bounded those at large: CUS-004 compares the recapture with them
    }
    Estimate recaptured = context.reading().of(recapture.size());
    long unrecorded = recaptured.best() - atLarge.best();
    if (unrecorded <= 0) {
      return;
    }
    out.add(
        violation(
            Severity.WARNING,
            event,
            "size",
            "recapturing %s from [%s], where the ledger records %s at large under %s and nobody"
                + " counted them: by the best values, %,d must have escaped, or been at large,"
                + " without an event that says so",
            recaptured,
            recapture.from(),
            atLarge,
            words(context.reading()),
            unrecorded));
  }
}
