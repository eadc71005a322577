package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-020}, {@link Rule#RUNNING_TOTAL_BELOW_MOVEMENTS}: a running total that even at its
 * high end counts fewer than the low end of the movements of its flow recorded in its scope before
 * it.
 *
 * <p>Only that way round is a disagreement. A total above the movements recorded says that some
 * movements were not recorded, which is how records are: not recorded is not zero, and the report
 * shows the total beside what was recorded. A movement counts when it comes before the total in the
 * ledger, so a movement of the same time entered after the total is not counted, which can only
 * lower the sum and never raise a false warning.
 */
final class RunningTotalBelowMovementsCheck extends RuleCheck {

  RunningTotalBelowMovementsCheck(Rule rule) {
    super(rule, RunningTotalReported.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof RunningTotalReported total)) {
      return;
    }
    Estimate counted = context.reading().of(total.total());
    Estimate recorded = context.recordedToward(total);
    if (counted.hasUpperBound() && counted.high() < recorded.low()) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "total",
              "total (%s) %s of %s by %s is below the movements recorded by then (%s) under %s:"
                  + " %d apart",
              counted,
              total.flow().words(),
              total.scope(),
              total.when(),
              recorded,
              words(context.reading()),
              counted.distanceTo(recorded)));
    }
  }
}
