package dev.custody.rules;

import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.Event;
import dev.custody.model.CountryCode;
import dev.custody.model.NationalityGroup;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-016}, {@link Rule#REPATRIATION_OUTSIDE_NATIONALITY}: a repatriation takes people to a
 * country of which their cohort holds nationals.
 *
 * <p>Repatriation is a return to one's own country; a cohort of nationals of France "repatriated"
 * to Iraq is either a transfer to a third country or a cohort written too narrowly. The check is a
 * warning, since sources use the word loosely, and it says only what the record states: a cohort
 * with no nationality, or a repatriation with no destination, is never flagged.
 */
final class RepatriationOutsideNationalityCheck extends RuleCheck {

  RepatriationOutsideNationalityCheck(Rule rule) {
    super(rule, DetaineesRepatriated.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesRepatriated repatriation)) {
      return;
    }
    Optional<CountryCode> destination = repatriation.destination();
    Optional<NationalityGroup> nationality = repatriation.from().cohort().nationality();
    if (destination.isPresent()
        && nationality.isPresent()
        && !nationality.get().includes(destination.get())) {
      out.add(
          violation(
              Severity.WARNING,
              event,
              "destination",
              "destination (%s) is not a country of the cohort (%s): a return to another"
                  + " country is a transfer or a release",
              destination.get(),
              nationality.get()));
    }
  }
}
