package dev.custody.rules;

import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-004}, {@link Rule#RECAPTURE_EXCEEDS_AT_LARGE}: no recapture takes more people than the
 * at-large account holds, as {@link Excess} compares them.
 */
final class RecaptureExceedsAtLargeCheck extends RuleCheck {

  RecaptureExceedsAtLargeCheck(Rule rule) {
    super(rule, DetaineesRecaptured.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesRecaptured recapture)) {
      return;
    }
    Estimate recaptured = context.reading().of(recapture.size());
    Estimate atLarge = context.balance(recapture.from());
    Excess.severity(recaptured, atLarge)
        .ifPresent(
            severity ->
                out.add(
                    violation(
                        severity,
                        event,
                        "size",
                        "recapturing %s from [%s], where %s are at large under %s: %s",
                        recaptured,
                        recapture.from(),
                        atLarge,
                        words(context.reading()),
                        Excess.describe(severity, recaptured, atLarge))));
  }
}
