package dev.custody.rules;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AccountKind;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.ObligationMet;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.util.List;
import java.util.Optional;

/** The checks behind the {@link Rule} catalogue, one method a rule. */
final class RuleChecks {
  private RuleChecks() {}

  /**
   * The rules that can report anything about each type of event, in code order, so that a ledger
   * runs only those: a transfer needs seven of the fourteen.
   */
  private static final ClassValue<Rule[]> RULES_BY_TYPE =
      new ClassValue<>() {
        @Override
        protected Rule[] computeValue(Class<?> type) {
          return java.util.Arrays.stream(Rule.values())
              .filter(rule -> appliesTo(rule, type))
              .toArray(Rule[]::new);
        }
      };

  static Rule[] rulesFor(Event event) {
    return RULES_BY_TYPE.get(event.getClass());
  }

  static boolean appliesTo(Rule rule, Class<?> type) {
    switch (rule) {
      case ACCOUNT_OVERDRAWN:
        return is(
            type,
            DetaineesTransferred.class,
            DetaineesEscaped.class,
            DetaineesReleased.class,
            DetaineesRepatriated.class);
      case TRANSFER_WITHOUT_CONTROL:
      case TRANSFER_BEYOND_PLAN:
      case TRANSFER_OUTSIDE_PLAN:
        return is(type, DetaineesTransferred.class);
      case CONTROL_CHANGE_FROM_WRONG_CONTROLLER:
        return is(type, ControlChanged.class);
      case RECAPTURE_EXCEEDS_AT_LARGE:
        return is(type, DetaineesRecaptured.class);
      case BEFORE_REFERENT:
        return is(
            type,
            DetaineesTransferred.class,
            ObligationMet.class,
            DeadlineExtended.class,
            TransferPlanned.class);
      case OBLIGATION_MET_LATE:
      case OBLIGATION_ALREADY_SETTLED:
        return is(type, ObligationMet.class);
      case CENSUS_DISAGREES:
        return is(type, CensusTaken.class);
      case EXTENSION_NOT_LATER:
        return is(type, DeadlineExtended.class);
      case AGREEMENT_ALREADY_CONCLUDED:
        return is(type, AgreementConcluded.class);
      case UNKNOWN_REFERENCE:
      case DUPLICATE_EVENT_ID:
        return true;
    }
    throw new AssertionError(rule);
  }

  private static boolean is(Class<?> type, Class<?>... kinds) {
    for (Class<?> kind : kinds) {
      if (kind.isAssignableFrom(type)) {
        return true;
      }
    }
    return false;
  }

  static void check(Rule rule, Event event, RuleContext context, List<Violation> out) {
    switch (rule) {
      case ACCOUNT_OVERDRAWN:
        accountOverdrawn(event, context, out);
        return;
      case TRANSFER_WITHOUT_CONTROL:
        transferWithoutControl(event, context, out);
        return;
      case CONTROL_CHANGE_FROM_WRONG_CONTROLLER:
        controlChangeFromWrongController(event, context, out);
        return;
      case RECAPTURE_EXCEEDS_AT_LARGE:
        recaptureExceedsAtLarge(event, context, out);
        return;
      case UNKNOWN_REFERENCE:
        new References(event, context, out).check();
        return;
      case TRANSFER_BEYOND_PLAN:
        transferBeyondPlan(event, context, out);
        return;
      case BEFORE_REFERENT:
        beforeReferent(event, context, out);
        return;
      case OBLIGATION_MET_LATE:
        obligationMetLate(event, context, out);
        return;
      case CENSUS_DISAGREES:
        censusDisagrees(event, context, out);
        return;
      case DUPLICATE_EVENT_ID:
        if (context.event(event.id()).isPresent()) {
          out.add(
              violation(
                  Rule.DUPLICATE_EVENT_ID,
                  Severity.ERROR,
                  event,
                  "id",
                  "id (%s) is already used by %s",
                  event.id(),
                  context.event(event.id()).get()));
        }
        return;
      case TRANSFER_OUTSIDE_PLAN:
        transferOutsidePlan(event, context, out);
        return;
      case OBLIGATION_ALREADY_SETTLED:
        obligationAlreadySettled(event, context, out);
        return;
      case EXTENSION_NOT_LATER:
        extensionNotLater(event, context, out);
        return;
      case AGREEMENT_ALREADY_CONCLUDED:
        if (event instanceof AgreementConcluded concluded
            && context.agreement(concluded.agreement().id()).isPresent()) {
          out.add(
              violation(
                  Rule.AGREEMENT_ALREADY_CONCLUDED,
                  Severity.ERROR,
                  event,
                  "agreement",
                  "agreement (%s) was already concluded",
                  concluded.agreement().id()));
        }
        return;
    }
    throw new AssertionError(rule);
  }

  /** "the envelope reading", "the consensus reading", "the reading according to sdf". */
  private static String words(dev.custody.model.Reading reading) {
    return reading.source().isPresent() ? "the reading " + reading : "the " + reading + " reading";
  }

  static Violation violation(
      Rule rule, Severity severity, Event event, String field, String format, Object... args) {
    return Violation.of(rule, severity, event.id(), field, String.format(format, args));
  }

  /** How far {@code outflow} exceeds {@code balance}: an error, a warning, or nothing. */
  private static Optional<Severity> excess(Estimate outflow, Estimate balance) {
    if (!balance.hasUpperBound()) {
      return Optional.empty(); // nobody bounded the balance: no source is contradicted
    }
    if (outflow.low() > balance.high()) {
      return Optional.of(Severity.ERROR);
    }
    return outflow.best() > balance.best() ? Optional.of(Severity.WARNING) : Optional.empty();
  }

  private static String excessWords(Severity severity, Estimate outflow, Estimate balance) {
    return severity == Severity.ERROR
        ? String.format(
            "even its low end (%d) exceeds the high end (%d)", outflow.low(), balance.high())
        : String.format(
            "its best value (%d) exceeds the best value (%d)", outflow.best(), balance.best());
  }

  // The checks a transfer runs avoid lambdas and Optional chains: they run for every event.

  private static void accountOverdrawn(Event event, RuleContext context, List<Violation> out) {
    for (Movement movement : event.movements()) {
      if (movement.from().kind() == AccountKind.AT_LARGE) {
        continue; // CUS-004 speaks of recaptures
      }
      Estimate outflow = context.reading().of(movement.size());
      Estimate balance = context.balance(movement.from());
      Optional<Severity> severity = excess(outflow, balance);
      if (severity.isPresent()) {
        out.add(
            violation(
                Rule.ACCOUNT_OVERDRAWN,
                severity.get(),
                event,
                "size",
                "moving %s out of [%s], which holds %s under %s: %s",
                outflow,
                movement.from(),
                balance,
                words(context.reading()),
                excessWords(severity.get(), outflow, balance)));
      }
    }
  }

  private static void transferWithoutControl(
      Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesTransferred transfer)) {
      return;
    }
    Optional<FacilityId> from = transfer.from().facility();
    if (from.isEmpty()) {
      return;
    }
    ActorId custodian = transfer.from().custodian().orElseThrow();
    Optional<ActorId> controller = context.controllerOf(from.get());
    if (controller.isPresent() && !controller.get().equals(custodian)) {
      When since = context.controlRecordedAt(from.get()).orElseThrow();
      out.add(
          violation(
              Rule.TRANSFER_WITHOUT_CONTROL,
              certainlyAfter(transfer.when(), since),
              event,
              "from",
              "custodian (%s) transfers out of %s, which %s controls since %s",
              custodian,
              from.get(),
              controller.get(),
              since));
    }
  }

  /**
   * An error when {@code event} certainly follows {@code since}; a warning when the two times
   * overlap, since the ledger's order is then not proof of what happened first.
   */
  private static Severity certainlyAfter(When event, When since) {
    return event.isAfter(since) ? Severity.ERROR : Severity.WARNING;
  }

  private static void controlChangeFromWrongController(
      Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ControlChanged change)) {
      return;
    }
    Optional<ActorId> current = context.controllerOf(change.facility());
    if (current.isEmpty()) {
      return; // no earlier record contradicts the change
    }
    Severity severity =
        certainlyAfter(change.when(), context.controlRecordedAt(change.facility()).orElseThrow());
    if (change.from().isEmpty()) {
      out.add(
          violation(
              Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
              severity,
              event,
              "from",
              "from (none) records a first control of %s, which %s already controls",
              change.facility(),
              current.get()));
    } else if (!change.from().get().equals(current.get())) {
      out.add(
          violation(
              Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
              severity,
              event,
              "from",
              "from (%s) is not the current controller of %s (%s)",
              change.from().get(),
              change.facility(),
              current.get()));
    }
  }

  private static void recaptureExceedsAtLarge(
      Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesRecaptured recapture)) {
      return;
    }
    Estimate recaptured = context.reading().of(recapture.size());
    Estimate atLarge = context.balance(recapture.from());
    excess(recaptured, atLarge)
        .ifPresent(
            severity ->
                out.add(
                    violation(
                        Rule.RECAPTURE_EXCEEDS_AT_LARGE,
                        severity,
                        event,
                        "size",
                        "recapturing %s from [%s], where %s are at large under %s: %s",
                        recaptured,
                        recapture.from(),
                        atLarge,
                        words(context.reading()),
                        excessWords(severity, recaptured, atLarge))));
  }

  private static Optional<TransferPlanned> planOf(
      DetaineesTransferred transfer, RuleContext context) {
    if (transfer.plan().isEmpty()) {
      return Optional.empty();
    }
    return transfer
        .plan()
        .flatMap(context::event)
        .filter(TransferPlanned.class::isInstance)
        .map(TransferPlanned.class::cast);
  }

  private static void transferBeyondPlan(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesTransferred transfer) || transfer.plan().isEmpty()) {
      return;
    }
    planOf(transfer, context)
        .ifPresent(
            plan -> {
              Estimate total =
                  context.transferredUnder(plan.id()).plus(context.reading().of(transfer.size()));
              Estimate planned = context.reading().of(plan.size());
              excess(total, planned)
                  .ifPresent(
                      severity ->
                          out.add(
                              violation(
                                  Rule.TRANSFER_BEYOND_PLAN,
                                  severity,
                                  event,
                                  "size",
                                  "transfers under %s would total %s against %s planned under %s: %s",
                                  plan.id(),
                                  total,
                                  planned,
                                  words(context.reading()),
                                  excessWords(severity, total, planned))));
            });
  }

  private static void transferOutsidePlan(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DetaineesTransferred transfer) || transfer.plan().isEmpty()) {
      return;
    }
    planOf(transfer, context)
        .ifPresent(
            plan -> {
              if (!plan.cohort().equals(transfer.from().cohort())) {
                out.add(
                    violation(
                        Rule.TRANSFER_OUTSIDE_PLAN,
                        Severity.ERROR,
                        event,
                        "from",
                        "cohort (%s) is not the cohort of plan %s (%s)",
                        transfer.from().cohort(),
                        plan.id(),
                        plan.cohort()));
              }
              transfer
                  .from()
                  .facility()
                  .filter(f -> !plan.admits(f, context::countryOf))
                  .ifPresent(
                      f ->
                          out.add(
                              violation(
                                  Rule.TRANSFER_OUTSIDE_PLAN,
                                  Severity.ERROR,
                                  event,
                                  "from",
                                  "facility (%s) is not among the origins of plan %s (%s)",
                                  f,
                                  plan.id(),
                                  origins(plan))));
            });
  }

  private static void beforeReferent(Event event, RuleContext context, List<Violation> out) {
    if (event instanceof DetaineesTransferred transfer) {
      if (transfer.plan().isEmpty()) {
        return;
      }
      planOf(transfer, context)
          .filter(plan -> transfer.when().isBefore(plan.when()))
          .ifPresent(
              plan ->
                  out.add(
                      violation(
                          Rule.BEFORE_REFERENT,
                          Severity.ERROR,
                          event,
                          "when",
                          "when (%s) is before plan %s was made (%s)",
                          transfer.when(),
                          plan.id(),
                          plan.when())));
      return;
    }
    Optional<AgreementId> agreement = referredAgreement(event);
    if (agreement.isEmpty()) {
      return;
    }
    context
        .concluded(agreement.get())
        .filter(concluded -> event.when().isBefore(concluded))
        .ifPresent(
            concluded ->
                out.add(
                    violation(
                        Rule.BEFORE_REFERENT,
                        Severity.ERROR,
                        event,
                        "when",
                        "when (%s) is before agreement %s was concluded (%s)",
                        event.when(),
                        agreement.get(),
                        concluded)));
  }

  private static String origins(TransferPlanned plan) {
    return plan.namedFacilities()
        + (plan.unnamedFacilities() > 0
            ? " and at least " + plan.unnamedFacilities() + " unnamed"
            : "")
        + plan.originCountry().map(c -> " in " + c).orElse("");
  }

  static Optional<AgreementId> referredAgreement(Event event) {
    if (event instanceof ObligationMet met) {
      return Optional.of(met.agreement());
    } else if (event instanceof DeadlineExtended extended) {
      return Optional.of(extended.agreement());
    } else if (event instanceof TransferPlanned plan) {
      return plan.agreement();
    }
    return Optional.empty();
  }

  private static Optional<Obligation> obligation(
      RuleContext context, AgreementId agreement, ObligationId obligation) {
    return context.agreement(agreement).flatMap(a -> a.obligation(obligation));
  }

  private static void obligationMetLate(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ObligationMet met)) {
      return;
    }
    obligation(context, met.agreement(), met.obligation())
        .flatMap(o -> o.deadlineAt(met.when().start()))
        .filter(deadline -> !met.when().start().isBefore(deadline.lapsesAt()))
        .ifPresent(
            deadline ->
                out.add(
                    violation(
                        Rule.OBLIGATION_MET_LATE,
                        Severity.WARNING,
                        event,
                        "when",
                        "when (%s) is after the deadline (%s) lapsed",
                        met.when(),
                        deadline)));
  }

  private static void obligationAlreadySettled(
      Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof ObligationMet met)) {
      return;
    }
    obligation(context, met.agreement(), met.obligation())
        .filter(o -> o.met().isPresent() || o.waived().isPresent())
        .ifPresent(
            o ->
                out.add(
                    violation(
                        Rule.OBLIGATION_ALREADY_SETTLED,
                        Severity.ERROR,
                        event,
                        "obligation",
                        "obligation (%s) of %s is already %s",
                        met.obligation(),
                        met.agreement(),
                        o.met()
                            .map(m -> "met " + m)
                            .orElseGet(() -> "waived " + o.waived().get()))));
  }

  private static void extensionNotLater(Event event, RuleContext context, List<Violation> out) {
    if (!(event instanceof DeadlineExtended extended)) {
      return;
    }
    Optional<Obligation> obligation =
        obligation(context, extended.agreement(), extended.obligation());
    if (obligation.isEmpty()) {
      return; // CUS-005 reports it
    }
    Optional<Deadline> latest =
        obligation.get().extensions().isEmpty()
            ? obligation.get().deadline()
            : Optional.of(obligation.get().extensions().reverse().get(0).deadline());
    if (latest.isEmpty()) {
      out.add(
          violation(
              Rule.EXTENSION_NOT_LATER,
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s has no deadline to extend",
              extended.obligation(),
              extended.agreement()));
    } else if (obligation.get().met().isPresent() || obligation.get().waived().isPresent()) {
      out.add(
          violation(
              Rule.EXTENSION_NOT_LATER,
              Severity.ERROR,
              event,
              "obligation",
              "obligation (%s) of %s is already %s: there is no deadline left to extend",
              extended.obligation(),
              extended.agreement(),
              obligation.get().met().isPresent() ? "met" : "waived"));
    } else if (!latest.get().isBefore(extended.deadline())) {
      out.add(
          violation(
              Rule.EXTENSION_NOT_LATER,
              Severity.ERROR,
              event,
              "deadline",
              "deadline (%s) does not lapse after the latest recorded deadline (%s)",
              extended.deadline(),
              latest.get()));
    }
  }

  private static void censusDisagrees(Event event, RuleContext context, List<Violation> out) {
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
              Rule.CENSUS_DISAGREES,
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

  /** CUS-005: every actor, facility, agreement, obligation and plan an event names. */
  private static final class References {
    private final Event event;
    private final RuleContext context;
    private final List<Violation> out;

    References(Event event, RuleContext context, List<Violation> out) {
      this.event = event;
      this.context = context;
      this.out = out;
    }

    void check() {
      for (Movement movement : event.movements()) {
        account("from", movement.from());
        account("to", movement.to());
        figure("size", movement.size());
      }
      if (event instanceof ControlChanged change) {
        facility("facility", change.facility());
        change.from().ifPresent(a -> actor("from", a));
        actor("to", change.to());
      } else if (event instanceof TransferPlanned plan) {
        actor("planner", plan.planner());
        actor("cohort", plan.cohort().affiliation());
        plan.namedFacilities().forEach(f -> facility("namedFacilities", f));
        actor("receiver", plan.receiver());
        plan.destination().ifPresent(f -> facility("destination", f));
        plan.payer().ifPresent(a -> actor("payer", a));
        plan.agreement().ifPresent(a -> agreement("agreement", a));
        figure("size", plan.size());
      } else if (event instanceof DetaineesTransferred transfer) {
        Optional<ActorId> carrier = transfer.carrier();
        if (carrier.isPresent()) {
          actor("carrier", carrier.get());
        }
        Optional<EventId> plan = transfer.plan();
        if (plan.isPresent() && planOf(transfer, context).isEmpty()) {
          unknown("plan", "plan (%s) is not a transfer plan of the ledger", plan.get());
        }
      } else if (event instanceof CensusTaken census) {
        census.scope().account().ifPresent(a -> account("scope", a));
        census.scope().facilities().ifPresent(fs -> fs.forEach(f -> facility("scope", f)));
        census.scope().custodian().ifPresent(a -> actor("scope", a));
        census.scope().cohort().ifPresent(c -> actor("scope", c.affiliation()));
        figure("count", census.count());
      } else if (event instanceof AgreementConcluded concluded) {
        Agreement agreement = concluded.agreement();
        agreement.parties().forEach(a -> actor("agreement.parties", a));
      } else if (event instanceof ObligationMet met) {
        obligation(met.agreement(), met.obligation());
      } else if (event instanceof DeadlineExtended extended) {
        obligation(extended.agreement(), extended.obligation());
      }
    }

    private void account(String field, Account account) {
      Optional<ActorId> custodian = account.custodian();
      if (custodian.isPresent()) {
        actor(field, custodian.get());
      }
      Optional<FacilityId> facility = account.facility();
      if (facility.isPresent()) {
        facility(field, facility.get());
      }
      actor(field, account.cohort().affiliation());
    }

    private void figure(String field, Figure figure) {
      for (Claim claim : figure.claims()) {
        actor(field, claim.source().actor());
        Optional<ActorId> channel = claim.channel();
        if (channel.isPresent()) {
          actor(field, channel.get());
        }
      }
    }

    private void actor(String field, ActorId actor) {
      if (!context.knowsActor(actor)) {
        unknown(field, "actor (%s) is not in the world", actor);
      }
    }

    private void facility(String field, FacilityId facility) {
      if (!context.knowsFacility(facility)) {
        unknown(field, "facility (%s) is not in the world", facility);
      }
    }

    private void agreement(String field, AgreementId agreement) {
      if (context.concluded(agreement).isEmpty()) {
        unknown(field, "agreement (%s) is not concluded in the ledger", agreement);
      }
    }

    private void obligation(AgreementId agreement, ObligationId obligation) {
      Optional<When> concludedAt = context.concluded(agreement);
      if (concludedAt.isEmpty()) {
        unknown("agreement", "agreement (%s) is not concluded in the ledger", agreement);
        return;
      }
      Optional<Agreement> concluded = context.agreement(agreement);
      if (concluded.isEmpty()) {
        // concluded, but placed after this event: the ledger cannot apply it to the agreement
        unknown(
            "agreement",
            "agreement (%s) is only concluded later in the ledger (%s)",
            agreement,
            concludedAt.get());
      } else if (concluded.get().obligation(obligation).isEmpty()) {
        unknown("obligation", "obligation (%s) is not part of %s", obligation, agreement);
      }
    }

    private void unknown(String field, String format, Object... args) {
      out.add(violation(Rule.UNKNOWN_REFERENCE, Severity.ERROR, event, field, format, args));
    }
  }
}
