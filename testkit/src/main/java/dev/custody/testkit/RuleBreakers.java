package dev.custody.testkit;

import static dev.custody.testkit.GeneratedLedger.ANCHOR;
import static dev.custody.testkit.GeneratedLedger.BORDER_SITE;
import static dev.custody.testkit.GeneratedLedger.DUE;
import static dev.custody.testkit.GeneratedLedger.FIGHTERS;
import static dev.custody.testkit.GeneratedLedger.KEEPER;
import static dev.custody.testkit.GeneratedLedger.OPEN;
import static dev.custody.testkit.GeneratedLedger.PACT;
import static dev.custody.testkit.GeneratedLedger.PLAN;
import static dev.custody.testkit.GeneratedLedger.PLAN_SIZE;
import static dev.custody.testkit.GeneratedLedger.RIVAL;
import static dev.custody.testkit.GeneratedLedger.SETTLED;
import static dev.custody.testkit.GeneratedLedger.START;
import static dev.custody.testkit.GeneratedLedger.SWEEP;
import static dev.custody.testkit.GeneratedLedger.SWEEP_PHASES;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.model.ActorId;
import dev.custody.model.Claim;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Figure;
import dev.custody.model.NationalityGroup;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One generator per rule of events that break that rule, and only it, when appended to a ledger
 * made by {@link LedgerArbitrary}. Each draws an excess (how far past the limit) and a delay (how
 * long after the last event), so that a failing property shrinks to the smallest breach.
 */
final class RuleBreakers {
  private RuleBreakers() {}

  static Arbitrary<Event> breaking(Rule rule, GeneratedLedger generated) {
    Arbitrary<Long> excess = Arbitraries.longs().between(0, 1_000);
    Arbitrary<Integer> delay = Arbitraries.integers().between(0, 72);
    Instant end = generated.end();
    Account anchor = generated.heldAt(ANCHOR);
    long held = generated.count(anchor);
    switch (rule) {
      case ACCOUNT_OVERDRAWN:
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    DetaineesReleased.of(
                        id(rule),
                        after(end, hours),
                        anchor,
                        exactly(held + 1 + more, after(end, hours))));
      case TRANSFER_WITHOUT_CONTROL:
        // the rival holds nobody at the anchor, which the keeper controls
        return Combinators.combine(Arbitraries.longs().between(1, 100), delay)
            .as(
                (size, hours) ->
                    DetaineesTransferred.builder()
                        .id(id(rule))
                        .when(after(end, hours))
                        .from(Account.heldAt(RIVAL, ANCHOR, FIGHTERS))
                        .to(generated.heldAt(BORDER_SITE))
                        .size(exactly(size, after(end, hours)))
                        .build());
      case CONTROL_CHANGE_FROM_WRONG_CONTROLLER:
        return delay.map(
            hours -> ControlChanged.of(id(rule), after(end, hours), ANCHOR, RIVAL, KEEPER));
      case RECAPTURE_EXCEEDS_AT_LARGE:
        Account atLarge = Account.atLargeFrom(ANCHOR, FIGHTERS);
        long out = generated.count(atLarge);
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    DetaineesRecaptured.of(
                        id(rule),
                        after(end, hours),
                        atLarge,
                        anchor,
                        exactly(out + 1 + more, after(end, hours))));
      case UNKNOWN_REFERENCE:
        Arbitrary<Event> stranger =
            Combinators.combine(Arbitraries.integers().between(0, 99), delay)
                .as(
                    (n, hours) ->
                        ControlChanged.of(
                            id(rule),
                            after(end, hours),
                            ANCHOR,
                            KEEPER,
                            ActorId.of("stranger-" + n)));
        // a census that agrees with the anchor's count, part of an operation nobody declared,
        // or of a phase past the sweep's last
        Arbitrary<OperationPart> unknownPart =
            Arbitraries.oneOf(
                Arbitraries.integers()
                    .between(0, 99)
                    .map(n -> OperationPart.of(OperationId.of("campaign-" + n))),
                Arbitraries.integers()
                    .between(SWEEP_PHASES + 1, SWEEP_PHASES + 10)
                    .map(phase -> OperationPart.of(SWEEP, phase)));
        Arbitrary<Event> unknownOperation =
            Combinators.combine(unknownPart, delay)
                .as(
                    (part, hours) ->
                        CensusTaken.of(
                                id(rule),
                                after(end, hours),
                                CensusScope.account(anchor),
                                exactly(held, after(end, hours)))
                            .withOperation(part));
        return Arbitraries.oneOf(stranger, unknownOperation);
      case TRANSFER_BEYOND_PLAN:
        long left = PLAN_SIZE - generated.movedUnderPlan();
        return Combinators.combine(Arbitraries.longs().between(1, 50), delay)
            .as((more, hours) -> planned(rule, after(end, hours), anchor, left + more, generated));
      case BEFORE_REFERENT:
        // a transfer may name a plan recorded later in the ledger, but not one made after it;
        // it lands between the opening censuses and the plan, so no later count contradicts it
        Instant planned = generated.ledger().event(PLAN).orElseThrow().when().start();
        return Combinators.combine(
                Arbitraries.longs().between(1, 10), Arbitraries.integers().between(1, 59))
            .as(
                (size, minutes) ->
                    planned(
                        rule,
                        When.at(planned.minus(Duration.ofMinutes(minutes))),
                        anchor0(),
                        size,
                        generated));
      case OBLIGATION_MET_LATE:
        return delay.map(
            hours ->
                ObligationMet.of(
                    id(rule),
                    When.at(START.plus(Duration.ofDays(31)).plus(Duration.ofHours(hours))),
                    PACT,
                    DUE));
      case CENSUS_DISAGREES:
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    CensusTaken.of(
                        id(rule),
                        after(end, hours),
                        CensusScope.account(anchor),
                        exactly(held + 1 + more, after(end, hours))));
      case DUPLICATE_EVENT_ID:
        return Combinators.combine(Arbitraries.of(generated.events()), delay)
            .as(
                (earlier, hours) ->
                    DetaineesEscaped.of(
                        earlier.id(), after(end, hours), anchor, exactly(1, after(end, hours))));
      case TRANSFER_OUTSIDE_PLAN:
        // the border site lies in Iraq, outside the plan's origin
        return delay.map(
            hours ->
                DetaineesTransferred.builder()
                    .id(id(rule))
                    .when(after(end, hours))
                    .from(generated.heldAt(BORDER_SITE))
                    .to(anchor)
                    .size(exactly(1, after(end, hours)))
                    .plan(PLAN)
                    .build());
      case OBLIGATION_ALREADY_SETTLED:
        return delay.map(hours -> ObligationMet.of(id(rule), after(end, hours), PACT, SETTLED));
      case EXTENSION_NOT_LATER:
        // a revision may go either way; what breaks the rule is one of an obligation without a
        // deadline, or to a deadline before the pact was concluded
        return Combinators.combine(
                Arbitraries.integers().between(0, 29), delay, Arbitraries.of(true, false))
            .as(
                (days, hours, open) ->
                    DeadlineExtended.of(
                        id(rule),
                        after(end, hours),
                        PACT,
                        open ? OPEN : DUE,
                        Deadline.at(
                            open
                                ? START.plus(Duration.ofDays(30 + days))
                                : START.minus(Duration.ofDays(1 + days)),
                            ZoneOffset.UTC)));
      case AGREEMENT_ALREADY_CONCLUDED:
        return delay.map(
            hours ->
                AgreementConcluded.of(
                    id(rule),
                    Agreement.builder()
                        .id(PACT)
                        .kind(AgreementKind.CEASEFIRE)
                        .title("Another pact under the same id")
                        .addParties(KEEPER, RIVAL)
                        .concluded(after(end, hours))
                        .build()));
      case RECAPTURE_EXCEEDS_RECORDED_ESCAPES:
        // nobody counted, and no event moved, anyone at large from an unreported place
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    DetaineesRecaptured.of(
                        id(rule),
                        after(end, hours),
                        Account.atLarge(FIGHTERS),
                        anchor,
                        exactly(1 + more, after(end, hours))));
      case BREACH_OUTSIDE_OBLIGATION:
        // the settled obligation was met in the opening: it can no longer be breached
        return delay.map(
            hours -> ObligationBreached.of(id(rule), after(end, hours), PACT, SETTLED));
      case REPATRIATION_OUTSIDE_NATIONALITY:
        // nationals of France, held at the anchor (uncounted), "repatriated" to Iraq
        Account french =
            Account.heldAt(
                KEEPER,
                ANCHOR,
                FIGHTERS.withNationality(NationalityGroup.of(CountryCode.of("FR"))));
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    DetaineesRepatriated.builder()
                        .id(id(rule))
                        .when(after(end, hours))
                        .from(french)
                        .size(exactly(1 + more, after(end, hours)))
                        .destination(CountryCode.of("IQ"))
                        .build());
      case CONTROL_REPORTS_CONFLICT:
        // the rival says the anchor was contested when the ledger records the keeper taking it
        When anchored =
            generated.events().stream()
                .filter(e -> e.id().equals(EventId.of("control-" + ANCHOR)))
                .findFirst()
                .orElseThrow()
                .when();
        return delay.map(
            hours ->
                ControlReported.builder()
                    .id(id(rule))
                    .when(anchored)
                    .facility(ANCHOR)
                    .state(ControlState.CONTESTED)
                    .addActors(KEEPER, RIVAL)
                    .source(Source.of(RIVAL))
                    .reported(after(end, hours))
                    .build());
      case REPORTED_BEFORE_EVENT:
        // a capture into the anchor whose only claim was reported a day before the ledger opens
        return Combinators.combine(excess, delay)
            .as(
                (more, hours) ->
                    DetaineesTakenIntoCustody.of(
                        id(rule),
                        after(end, hours),
                        anchor,
                        IntakeKind.CAPTURE,
                        Figure.of(
                            Claim.of(
                                Estimate.exactly(1 + more),
                                Source.of(KEEPER),
                                When.at(START.minus(Duration.ofDays(1)))))));
      case RUNNING_TOTAL_BELOW_MOVEMENTS:
        // the opening moved one person out of the anchor: "none transferred so far" is too few
        return delay.map(
            hours ->
                RunningTotalReported.of(
                    id(rule),
                    after(end, hours),
                    Flow.TRANSFERRED,
                    CensusScope.facilities(ANCHOR),
                    exactly(0, after(end, hours))));
    }
    throw new AssertionError(rule);
  }

  private static DetaineesTransferred planned(
      Rule rule, When when, Account from, long size, GeneratedLedger generated) {
    return DetaineesTransferred.builder()
        .id(id(rule))
        .when(when)
        .from(from)
        .to(generated.heldAt(BORDER_SITE))
        .size(exactly(size, when))
        .plan(PLAN)
        .build();
  }

  /** The keeper's account at the anchor, which is never taken over. */
  private static Account anchor0() {
    return Account.heldAt(KEEPER, ANCHOR, FIGHTERS);
  }

  private static EventId id(Rule rule) {
    return EventId.of("breaks-" + rule.code().toLowerCase(java.util.Locale.ROOT));
  }

  private static When after(Instant end, int hours) {
    return When.at(end.plus(Duration.ofHours(hours)));
  }

  /** Exactly {@code count}, as the keeper reported it at {@code reported}: the event's time. */
  private static Figure exactly(long count, When reported) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(KEEPER), reported));
  }
}
