package dev.custody.rules;

import dev.custody.event.CensusTaken;
import dev.custody.event.Event;
import dev.custody.model.Estimate;
import java.util.List;

/**
 * {@code CUS-009}, {@link Rule#CENSUS_DISAGREES}: a census allows some count that the balances it
 * covers allow too. A movement dated by a period that holds the census's time may have happened in
 * any share by then: the balances are widened by it ({@link RuleContext#possibleBalanceOf}).
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
    Estimate balance = context.possibleBalanceOf(census.scope(), census.when());
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
