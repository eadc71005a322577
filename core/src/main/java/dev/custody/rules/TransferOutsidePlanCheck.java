package dev.custody.rules;

import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.MovementKind;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Cohort;
import dev.custody.model.FacilityId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code CUS-011}, {@link Rule#TRANSFER_OUTSIDE_PLAN}: a movement under a plan is of the kind the
 * plan is for, moves a cohort within the plan's cohort, out of a facility among the plan's origins;
 * a running total of the movements under a plan counts the flow they are part of.
 */
final class TransferOutsidePlanCheck extends RuleCheck {

  TransferOutsidePlanCheck(Rule rule) {
    super(rule, PlannedMovement.class, RunningTotalReported.class);
  }

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    if (event instanceof RunningTotalReported total) {
      Optional<TransferPlanned> plan = Referents.plan(total, context);
      if (plan.isPresent() && flowOf(plan.get().movementKind()) != total.flow()) {
        out.add(
            violation(
                Severity.ERROR,
                event,
                "flow",
                "flow (%s) is not the flow of the movements of plan %s (%s)",
                total.flow().id(),
                plan.get().id(),
                flowOf(plan.get().movementKind()).id()));
      }
      return;
    }
    if (!(event instanceof PlannedMovement movement) || movement.plan().isEmpty()) {
      return;
    }
    Optional<TransferPlanned> found = Referents.plan(movement, context);
    if (found.isEmpty()) {
      return;
    }
    TransferPlanned plan = found.get();
    if (plan.movementKind() != movement.movementKind()) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "plan",
              "plan %s is for %s, not %s",
              plan.id(),
              words(plan.movementKind()),
              words(movement.movementKind())));
    }
    Cohort cohort = movement.from().cohort();
    if (!cohort.isWithin(plan.cohort())) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "from",
              "cohort (%s) does not lie within the cohort of plan %s (%s)",
              cohort,
              plan.id(),
              plan.cohort()));
    }
    Optional<FacilityId> facility = movement.from().facility();
    if (facility.isPresent() && !plan.admits(facility.get(), context::countryOf)) {
      out.add(
          violation(
              Severity.ERROR,
              event,
              "from",
              "facility (%s) is not among the origins of plan %s (%s)",
              facility.get(),
              plan.id(),
              origins(plan)));
    }
  }

  /** The flow a movement of {@code kind} is part of. */
  private static Flow flowOf(MovementKind kind) {
    switch (kind) {
      case RELEASE:
        return Flow.RELEASED;
      case REPATRIATION:
        return Flow.REPATRIATED;
      default:
        return Flow.TRANSFERRED;
    }
  }

  /** "a transfer", "a repatriation". */
  private static String words(MovementKind kind) {
    return "a " + kind.name().toLowerCase(Locale.ROOT);
  }

  /** "[al-shaddadi] and at least 2 unnamed in SY". */
  private static String origins(TransferPlanned plan) {
    return plan.namedFacilities()
        + (plan.unnamedFacilities() > 0
            ? " and at least " + plan.unnamedFacilities() + " unnamed"
            : "")
        + plan.originCountry().map(c -> " in " + c).orElse("");
  }
}
