package dev.custody.rules;

import dev.custody.event.AgreementConcluded;
import dev.custody.event.Event;
import java.util.List;

/**
 * {@code CUS-014}, {@link Rule#AGREEMENT_ALREADY_CONCLUDED}: an agreement is concluded once, under
 * an id no earlier agreement has.
 */
final class AgreementAlreadyConcludedCheck extends RuleCheck {

  AgreementAlreadyConcludedCheck(Rule rule) {
    super(rule, AgreementConcluded.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (event instanceof AgreementConcluded concluded
        && context.agreement(concluded.agreement().id()).isPresent()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "agreement",
              "agreement (%s) was already concluded",
              concluded.agreement().id()));
    }
  }
}
