package dev.custody.rules;

import com.google.common.collect.ImmutableSet;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Movement;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.PlannedMovement;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.EventId;
import dev.custody.model.FacilityId;
import dev.custody.model.Figure;
import dev.custody.model.ObligationId;
import dev.custody.model.Operation;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.util.List;
import java.util.Optional;

/**
 * {@code CUS-005}, {@link Rule#UNKNOWN_REFERENCE}: every actor, facility, agreement, obligation,
 * plan and operation an event names is known, and so is the operation's phase it names, each
 * unknown name reported on the field that names it.
 */
final class UnknownReferenceCheck extends RuleCheck {

  UnknownReferenceCheck(Rule rule) {
    super(rule, Event.class);
  }

  /**
   * Walks the names of one event, each step passing the event, the context and the list on rather
   * than holding them in an object: it runs for every event, and a walk that finds nothing wrong
   * allocates nothing (no walker, no lambda, no iterator); a violation is only built for a name
   * that is unknown.
   */
  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    Optional<OperationPart> part = event.operation();
    if (part.isPresent()) {
      operation(event, part.get(), context, out);
    }
    // indexed: an iterator per event and per figure is most of what a check allocates
    List<Movement> movements = event.movements();
    for (int i = 0; i < movements.size(); i++) {
      Movement movement = movements.get(i);
      account(event, "from", movement.from(), context, out);
      account(event, "to", movement.to(), context, out);
      figure(event, "size", movement.size(), context, out);
    }
    if (event instanceof PlannedMovement movement) {
      movementReferences(movement, context, out);
    } else if (event instanceof CensusTaken census) {
      scopeReferences(census, census.scope(), context, out);
      figure(census, "count", census.count(), context, out);
    } else if (event instanceof RunningTotalReported total) {
      scopeReferences(total, total.scope(), context, out);
      figure(total, "total", total.total(), context, out);
      Optional<EventId> plan = total.plan();
      if (plan.isPresent() && Referents.plan(total, context).isEmpty()) {
        unknown(total, "plan", "plan (%s) is not a transfer plan of the ledger", out, plan.get());
      }
    } else if (event instanceof ControlChanged change) {
      facility(event, "facility", change.facility(), context, out);
      Optional<ActorId> from = change.from();
      if (from.isPresent()) {
        actor(event, "from", from.get(), context, out);
      }
      actor(event, "to", change.to(), context, out);
    } else if (event instanceof ControlReported report) {
      facility(event, "facility", report.facility(), context, out);
      actors(event, "actors", report.actors().asList(), context, out);
      actor(event, "source", report.source().actor(), context, out);
    } else if (event instanceof TransferPlanned plan) {
      planReferences(plan, context, out);
    } else if (event instanceof AgreementConcluded concluded) {
      agreementReferences(event, concluded.agreement(), context, out);
    } else if (event instanceof ObligationMet met) {
      obligation(event, met.agreement(), met.obligation(), context, out);
    } else if (event instanceof DeadlineExtended extended) {
      obligation(event, extended.agreement(), extended.obligation(), context, out);
    } else if (event instanceof ObligationBreached breached) {
      obligation(event, breached.agreement(), breached.obligation(), context, out);
      sources(event, "sources", breached.sources(), context, out);
    }
  }

  private void planReferences(TransferPlanned plan, RuleContext context, List<Violation> out) {
    actor(plan, "planner", plan.planner(), context, out);
    affiliation(plan, "cohort", plan.cohort(), context, out);
    facilities(plan, "namedFacilities", plan.namedFacilities().asList(), context, out);
    actor(plan, "receiver", plan.receiver(), context, out);
    Optional<FacilityId> destination = plan.destination();
    if (destination.isPresent()) {
      facility(plan, "destination", destination.get(), context, out);
    }
    Optional<ActorId> payer = plan.payer();
    if (payer.isPresent()) {
      actor(plan, "payer", payer.get(), context, out);
    }
    Optional<AgreementId> agreement = plan.agreement();
    if (agreement.isPresent() && context.concluded(agreement.get()).isEmpty()) {
      unknown(
          plan, "agreement", "agreement (%s) is not concluded in the ledger", out, agreement.get());
    }
    figure(plan, "size", plan.size(), context, out);
  }

  /** The names in the scope of a census or a running total. */
  private void scopeReferences(
      Event census, CensusScope scope, RuleContext context, List<Violation> out) {
    List<Account> single = scope.accountCounted();
    if (!single.isEmpty()) {
      account(census, "scope", single.get(0), context, out);
    }
    Optional<ImmutableSet<Account>> joint = scope.joint();
    if (joint.isPresent()) {
      List<Account> accounts = joint.get().asList();
      for (int i = 0; i < accounts.size(); i++) {
        account(census, "scope", accounts.get(i), context, out);
      }
    }
    Optional<ImmutableSet<FacilityId>> facilities = scope.facilities();
    if (facilities.isPresent()) {
      facilities(census, "scope", facilities.get().asList(), context, out);
    }
    Optional<ActorId> custodian = scope.custodian();
    if (custodian.isPresent()) {
      actor(census, "scope", custodian.get(), context, out);
    }
    Optional<Cohort> cohort = scope.cohort();
    if (cohort.isPresent()) {
      affiliation(census, "scope", cohort.get(), context, out);
    }
  }

  /**
   * The parties, and the obligors and breach sources of each obligation: an obligor need not be a
   * party (a third party the text names), but the world must know it.
   */
  private void agreementReferences(
      Event event, Agreement agreement, RuleContext context, List<Violation> out) {
    actors(event, "agreement.parties", agreement.parties().asList(), context, out);
    for (int i = 0; i < agreement.obligations().size(); i++) {
      Obligation obligation = agreement.obligations().get(i);
      // the field's name is only spelt out for a violation
      if (!context.knowsActor(obligation.obligor())) {
        actor(
            event, "agreement.obligations[" + i + "].obligor", obligation.obligor(), context, out);
      }
      for (int b = 0; b < obligation.breaches().size(); b++) {
        List<Source> sources = obligation.breaches().get(b).sources();
        for (int s = 0; s < sources.size(); s++) {
          ActorId actor = sources.get(s).actor();
          if (!context.knowsActor(actor)) {
            actor(
                event,
                "agreement.obligations[" + i + "].breaches[" + b + "].sources",
                actor,
                context,
                out);
          }
        }
      }
    }
  }

  /** The carrier, receiver or actor who carried it out, and the plan, of a planned movement. */
  private void movementReferences(
      PlannedMovement movement, RuleContext context, List<Violation> out) {
    Optional<ActorId> actor = Optional.empty();
    String field = "carriedOutBy";
    if (movement instanceof DetaineesTransferred transfer) {
      actor = transfer.carrier();
      field = "carrier";
    } else if (movement instanceof CustodyHandedOver handover) {
      actor(movement, "receiver", handover.receiver(), context, out);
    } else if (movement instanceof DetaineesReleased release) {
      actor = release.carriedOutBy();
    } else if (movement instanceof DetaineesRepatriated repatriation) {
      actor = repatriation.carriedOutBy();
    }
    if (actor.isPresent()) {
      actor(movement, field, actor.get(), context, out);
    }
    Optional<EventId> plan = movement.plan();
    if (plan.isPresent() && Referents.plan(movement, context).isEmpty()) {
      unknown(movement, "plan", "plan (%s) is not a transfer plan of the ledger", out, plan.get());
    }
  }

  /** The operation and phase the event is part of: declared, and the phase one it has. */
  private void operation(
      Event event, OperationPart part, RuleContext context, List<Violation> out) {
    Optional<Operation> operation = context.operation(part.operation());
    if (operation.isEmpty()) {
      unknown(event, "operation", "operation (%s) is not in the world", out, part.operation());
    } else if (part.phase().isPresent() && !operation.get().hasPhase(part.phase().getAsInt())) {
      unknown(
          event,
          "operation",
          "phase (%d) is not a phase of %s, which has %s",
          out,
          part.phase().getAsInt(),
          part.operation(),
          operation.get().phases().isEmpty()
              ? "none"
              : "phases 1 to " + operation.get().phases().size());
    }
  }

  private void account(
      Event event, String field, Account account, RuleContext context, List<Violation> out) {
    // the account's names are walked in order only when one is unknown
    if (!context.knowsNamesOf(account)) {
      unknownNames(event, field, account, context, out);
    }
  }

  private void unknownNames(
      Event event, String field, Account account, RuleContext context, List<Violation> out) {
    Optional<ActorId> custodian = account.custodian();
    if (custodian.isPresent()) {
      actor(event, field, custodian.get(), context, out);
    }
    Optional<FacilityId> facility = account.facility();
    if (facility.isPresent()) {
      facility(event, field, facility.get(), context, out);
    }
    affiliation(event, field, account.cohort(), context, out);
  }

  private void figure(
      Event event, String field, Figure figure, RuleContext context, List<Violation> out) {
    List<Claim> claims = figure.claims();
    for (int i = 0; i < claims.size(); i++) {
      Claim claim = claims.get(i);
      actor(event, field, claim.source().actor(), context, out);
      Optional<ActorId> channel = claim.channel();
      if (channel.isPresent()) {
        actor(event, field, channel.get(), context, out);
      }
    }
  }

  private void sources(
      Event event, String field, List<Source> sources, RuleContext context, List<Violation> out) {
    for (int i = 0; i < sources.size(); i++) {
      actor(event, field, sources.get(i).actor(), context, out);
    }
  }

  private void actors(
      Event event, String field, List<ActorId> actors, RuleContext context, List<Violation> out) {
    for (int i = 0; i < actors.size(); i++) {
      actor(event, field, actors.get(i), context, out);
    }
  }

  private void facilities(
      Event event,
      String field,
      List<FacilityId> facilities,
      RuleContext context,
      List<Violation> out) {
    for (int i = 0; i < facilities.size(); i++) {
      facility(event, field, facilities.get(i), context, out);
    }
  }

  private void affiliation(
      Event event, String field, Cohort cohort, RuleContext context, List<Violation> out) {
    Optional<ActorId> affiliation = cohort.affiliation();
    if (affiliation.isPresent()) {
      actor(event, field, affiliation.get(), context, out);
    }
  }

  private void actor(
      Event event, String field, ActorId actor, RuleContext context, List<Violation> out) {
    if (!context.knowsActor(actor)) {
      unknown(event, field, "actor (%s) is not in the world", out, actor);
    }
  }

  private void facility(
      Event event, String field, FacilityId facility, RuleContext context, List<Violation> out) {
    if (!context.knowsFacility(facility)) {
      unknown(event, field, "facility (%s) is not in the world", out, facility);
    }
  }

  private void obligation(
      Event event,
      AgreementId agreement,
      ObligationId obligation,
      RuleContext context,
      List<Violation> out) {
    Optional<When> concludedAt = context.concluded(agreement);
    if (concludedAt.isEmpty()) {
      unknown(event, "agreement", "agreement (%s) is not concluded in the ledger", out, agreement);
      return;
    }
    Optional<Agreement> concluded = context.agreement(agreement);
    if (concluded.isEmpty()) {
      // concluded, but placed after this event: the ledger cannot apply it to the agreement
      unknown(
          event,
          "agreement",
          "agreement (%s) is only concluded later in the ledger (%s)",
          out,
          agreement,
          concludedAt.get());
    } else if (concluded.get().obligation(obligation).isEmpty()) {
      unknown(event, "obligation", "obligation (%s) is not part of %s", out, obligation, agreement);
    }
  }

  private void unknown(
      Event event, String field, String format, List<Violation> out, Object... args) {
    out.add(violation(Severity.ERROR, event, field, format, args));
  }
}
