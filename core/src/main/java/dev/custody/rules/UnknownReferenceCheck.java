package dev.custody.rules;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
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

  @Override
  void check(Event event, RuleContext context, List<Violation> out) {
    new References(event, context, out).check();
  }

  /**
   * One walk over the names of one event: holds what every step reports to, so that each step is a
   * line. Runs for every event: no lambdas or Optional chains where a transfer passes.
   */
  private final class References {
    private final Event event;
    private final RuleContext context;
    private final List<Violation> out;

    References(Event event, RuleContext context, List<Violation> out) {
      this.event = event;
      this.context = context;
      this.out = out;
    }

    void check() {
      Optional<OperationPart> part = event.operation();
      if (part.isPresent()) {
        operation(part.get());
      }
      // indexed: an iterator per event and per figure is most of what a check allocates
      List<Movement> movements = event.movements();
      for (int i = 0; i < movements.size(); i++) {
        Movement movement = movements.get(i);
        account("from", movement.from());
        account("to", movement.to());
        figure("size", movement.size());
      }
      if (event instanceof ControlChanged change) {
        facility("facility", change.facility());
        change.from().ifPresent(a -> actor("from", a));
        actor("to", change.to());
      } else if (event instanceof ControlReported report) {
        facility("facility", report.facility());
        report.actors().forEach(a -> actor("actors", a));
        actor("source", report.source().actor());
      } else if (event instanceof TransferPlanned plan) {
        actor("planner", plan.planner());
        actor("cohort", plan.cohort().affiliation());
        plan.namedFacilities().forEach(f -> facility("namedFacilities", f));
        actor("receiver", plan.receiver());
        plan.destination().ifPresent(f -> facility("destination", f));
        plan.payer().ifPresent(a -> actor("payer", a));
        plan.agreement().ifPresent(a -> agreement("agreement", a));
        figure("size", plan.size());
      } else if (event instanceof PlannedMovement movement) {
        movementReferences(movement);
      } else if (event instanceof CensusTaken census) {
        census.scope().account().ifPresent(a -> account("scope", a));
        census.scope().joint().ifPresent(j -> j.forEach(a -> account("scope", a)));
        census.scope().facilities().ifPresent(fs -> fs.forEach(f -> facility("scope", f)));
        census.scope().custodian().ifPresent(a -> actor("scope", a));
        census.scope().cohort().ifPresent(c -> actor("scope", c.affiliation()));
        figure("count", census.count());
      } else if (event instanceof RunningTotalReported total) {
        total.scope().account().ifPresent(a -> account("scope", a));
        total.scope().facilities().ifPresent(fs -> fs.forEach(f -> facility("scope", f)));
        total.scope().custodian().ifPresent(a -> actor("scope", a));
        total.scope().cohort().ifPresent(c -> actor("scope", c.affiliation()));
        figure("total", total.total());
      } else if (event instanceof AgreementConcluded concluded) {
        agreementReferences(concluded.agreement());
      } else if (event instanceof ObligationMet met) {
        obligation(met.agreement(), met.obligation());
      } else if (event instanceof DeadlineExtended extended) {
        obligation(extended.agreement(), extended.obligation());
      } else if (event instanceof ObligationBreached breached) {
        obligation(breached.agreement(), breached.obligation());
        breached.sources().forEach(s -> actor("sources", s.actor()));
      }
    }

    /**
     * The parties, and the obligors and breach sources of each obligation: an obligor need not be a
     * party (a third party the text names), but the world must know it.
     */
    private void agreementReferences(Agreement agreement) {
      agreement.parties().forEach(a -> actor("agreement.parties", a));
      for (int i = 0; i < agreement.obligations().size(); i++) {
        Obligation obligation = agreement.obligations().get(i);
        String at = "agreement.obligations[" + i + "]";
        actor(at + ".obligor", obligation.obligor());
        for (int b = 0; b < obligation.breaches().size(); b++) {
          for (Source source : obligation.breaches().get(b).sources()) {
            actor(at + ".breaches[" + b + "].sources", source.actor());
          }
        }
      }
    }

    /** The carrier, receiver or actor who carried it out, and the plan, of a planned movement. */
    private void movementReferences(PlannedMovement movement) {
      if (movement instanceof DetaineesTransferred transfer) {
        Optional<ActorId> carrier = transfer.carrier();
        if (carrier.isPresent()) {
          actor("carrier", carrier.get());
        }
      } else if (movement instanceof CustodyHandedOver handover) {
        actor("receiver", handover.receiver());
      } else if (movement instanceof DetaineesReleased release) {
        release.carriedOutBy().ifPresent(a -> actor("carriedOutBy", a));
      } else if (movement instanceof DetaineesRepatriated repatriation) {
        repatriation.carriedOutBy().ifPresent(a -> actor("carriedOutBy", a));
      }
      Optional<EventId> plan = movement.plan();
      if (plan.isPresent() && Referents.plan(movement, context).isEmpty()) {
        unknown("plan", "plan (%s) is not a transfer plan of the ledger", plan.get());
      }
    }

    /** The operation and phase the event is part of: declared, and the phase one it has. */
    private void operation(OperationPart part) {
      Optional<Operation> operation = context.operation(part.operation());
      if (operation.isEmpty()) {
        unknown("operation", "operation (%s) is not in the world", part.operation());
      } else if (part.phase().isPresent() && !operation.get().hasPhase(part.phase().getAsInt())) {
        unknown(
            "operation",
            "phase (%d) is not a phase of %s, which has %s",
            part.phase().getAsInt(),
            part.operation(),
            operation.get().phases().isEmpty()
                ? "none"
                : "phases 1 to " + operation.get().phases().size());
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
      List<Claim> claims = figure.claims();
      for (int i = 0; i < claims.size(); i++) {
        Claim claim = claims.get(i);
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
      out.add(violation(Severity.ERROR, event, field, format, args));
    }
  }
}
