package dev.custody.rules;

import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-009}, {@link Rule#CENSUS_DISAGREES}: a census allows some count that the balances it
 * covers allow too.
 */
final class CensusDisagreesCheck extends RuleCheck {

  CensusDisagreesCheck(Rule rule) {
    super(rule, CensusTaken.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof CensusTaken census)) {
      return;
    }
    Estimate counted = context.reading().of(census.count());
    Estimate balance =
        census.scope().isSingleAccount()
            ? context.balance(census.scope().account().get())
            : context.balanceOf(census.scope());
    if (!counted.overlaps(balance)) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "count",
              "count (%s) of %s cannot agree with the balances it covers (%s) under %s: %d"
                  + " apart",
              counted,
              census.scope(),
              balance,
              words(context.reading()),
              counted.distanceTo(balance)));
    }
  }
}
