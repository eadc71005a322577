package dev.custody;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.AtLarge;
import dev.custody.aggregate.Balances;
import dev.custody.aggregate.ByReading;
import dev.custody.aggregate.CensusComparison;
import dev.custody.aggregate.ControlPeriod;
import dev.custody.aggregate.ControlTimeline;
import dev.custody.aggregate.DeadlineReport;
import dev.custody.aggregate.Departure;
import dev.custody.aggregate.Dimension;
import dev.custody.aggregate.Group;
import dev.custody.aggregate.Intake;
import dev.custody.aggregate.Intakes;
import dev.custody.aggregate.LeftCustody;
import dev.custody.aggregate.ObligationReport;
import dev.custody.aggregate.OperationProgress;
import dev.custody.aggregate.PhaseProgress;
import dev.custody.aggregate.PlanProgress;
import dev.custody.aggregate.Population;
import dev.custody.aggregate.Provenance;
import dev.custody.aggregate.Readings;
import dev.custody.aggregate.Reconciliation;
import dev.custody.aggregate.ReportedFigure;
import dev.custody.aggregate.RunningTotal;
import dev.custody.aggregate.Totals;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Breach;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.ControlReported;
import dev.custody.event.ControlState;
import dev.custody.event.CustodyHandedOver;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Flow;
import dev.custody.event.IntakeKind;
import dev.custody.event.Movement;
import dev.custody.event.ObligationBreached;
import dev.custody.event.ObligationMet;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Alias;
import dev.custody.model.Claim;
import dev.custody.model.ClaimConflict;
import dev.custody.model.ClaimId;
import dev.custody.model.ClaimStatus;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.Coordinates;
import dev.custody.model.CountryCode;
import dev.custody.model.Dispute;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.NationalityGroup;
import dev.custody.model.ObligationId;
import dev.custody.model.Operation;
import dev.custody.model.OperationId;
import dev.custody.model.OperationPart;
import dev.custody.model.Reading;
import dev.custody.model.Share;
import dev.custody.model.Source;
import dev.custody.model.UnitCount;
import dev.custody.model.VaguePolicy;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Samples of every public type of the library, several distinct values of each, and the fixtures
 * they are built from, for the contract checks of {@link PublicApiContractsTest}.
 */
final class PublicApiSamples {
  private PublicApiSamples() {}

  static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ActorId KEEPER = ActorId.of("keeper");
  private static final ActorId RIVAL = ActorId.of("rival");
  private static final ActorId GROUP = ActorId.of("group");
  private static final FacilityId JAIL = FacilityId.of("jail");
  private static final FacilityId SITE = FacilityId.of("site");
  private static final CountryCode SY = CountryCode.of("SY");
  private static final CountryCode IQ = CountryCode.of("IQ");
  private static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, GROUP);
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("2026-02-01T00:00:00Z");
  private static final AgreementId PACT = AgreementId.of("pact");
  private static final ObligationId DUTY = ObligationId.of("duty");
  private static final EventId PLAN = EventId.of("plan");

  private static When at(int hours) {
    return When.at(T0.plusSeconds(hours * 3_600L));
  }

  private static Figure exactly(long count, ActorId source) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(source), at(0)));
  }

  private static Account held(ActorId who, FacilityId where) {
    return Account.heldAt(who, where, FIGHTERS);
  }

  private static World world() {
    return World.of(
        List.of(
            Actor.of(KEEPER, "Keeper", ActorKind.STATE),
            Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
            Actor.of(GROUP, "Group", ActorKind.DESIGNATED_ORGANISATION)),
        List.of(
            Facility.of(JAIL, "Jail", FacilityKind.PRISON, Location.in(SY)),
            Facility.of(SITE, "Site", FacilityKind.UNDISCLOSED_SITE, Location.in(IQ))));
  }

  private static Agreement pact(String title) {
    return Agreement.builder()
        .id(PACT)
        .kind(AgreementKind.TRANSFER_ARRANGEMENT)
        .title(title)
        .addParties(KEEPER, RIVAL)
        .concluded(at(3))
        .addObligations(
            Obligation.of(
                DUTY, RIVAL, "receive them", Deadline.on(LocalDate.of(2026, 1, 20), DAMASCUS)))
        .build();
  }

  static TransferPlanned plan(long size) {
    return TransferPlanned.builder()
        .id(PLAN)
        .when(at(4))
        .planner(KEEPER)
        .cohort(FIGHTERS)
        .originCountry(SY)
        .receiver(RIVAL)
        .size(exactly(size, KEEPER))
        .build();
  }

  /** How the ledger split {@code escaped} escaping from the jail and the site together. */
  private static dev.custody.ledger.JointSplit jointSplit(long escaped) {
    return Ledger.of(world())
        .appendAll(
            List.of(
                CensusTaken.of(
                    EventId.of("n1"),
                    at(1),
                    CensusScope.account(held(KEEPER, JAIL)),
                    exactly(100, KEEPER)),
                CensusTaken.of(
                    EventId.of("n2"),
                    at(1),
                    CensusScope.account(held(RIVAL, SITE)),
                    exactly(30, KEEPER)),
                DetaineesEscaped.jointly(
                    EventId.of("joint"),
                    at(2),
                    ImmutableList.of(held(KEEPER, JAIL), held(RIVAL, SITE)),
                    exactly(escaped, KEEPER))))
        .ledger()
        .situationAt(END)
        .jointSplits()
        .get(EventId.of("joint"));
  }

  /** A ledger with a census of each account, an agreement, a plan, an escape and a transfer. */
  private static Ledger ledger(long opening) {
    Figure conflicting =
        Figure.of(
            Claim.of(Estimate.exactly(5), Source.of(KEEPER), at(5)),
            Claim.of(Estimate.moreThan(50), Source.of(RIVAL), at(5)));
    return Ledger.of(world())
        .appendAll(
            List.of(
                ControlChanged.first(EventId.of("c1"), at(0), JAIL, KEEPER),
                ControlChanged.first(EventId.of("c2"), at(0), SITE, RIVAL),
                CensusTaken.of(
                    EventId.of("n1"),
                    at(1),
                    CensusScope.account(held(KEEPER, JAIL)),
                    exactly(opening, KEEPER)),
                CensusTaken.of(
                    EventId.of("n2"),
                    at(1),
                    CensusScope.account(held(RIVAL, SITE)),
                    exactly(0, RIVAL)),
                CensusTaken.of(
                    EventId.of("n3"),
                    at(1),
                    CensusScope.account(Account.atLargeFrom(JAIL, FIGHTERS)),
                    exactly(0, KEEPER)),
                AgreementConcluded.of(EventId.of("a1"), pact("Pact")),
                plan(100),
                DetaineesEscaped.of(EventId.of("e1"), at(5), held(KEEPER, JAIL), conflicting),
                DetaineesTransferred.builder()
                    .id(EventId.of("t1"))
                    .when(at(6))
                    .from(held(KEEPER, JAIL))
                    .to(held(RIVAL, SITE))
                    .size(exactly(10, KEEPER))
                    .plan(PLAN)
                    .build(),
                CensusTaken.of(
                    EventId.of("n4"), at(7), CensusScope.country(SY), exactly(opening, KEEPER))))
        .ledger();
  }

  /** {@link #ledger(long) ledger(100)} then a release and an intake of {@code count} each. */
  private static Ledger departed(long count) {
    return ledger(100)
        .appendAll(
            List.of(
                DetaineesReleased.of(
                    EventId.of("r1"), at(8), held(KEEPER, JAIL), exactly(count, KEEPER)),
                DetaineesTakenIntoCustody.of(
                    EventId.of("i1"),
                    at(8),
                    held(KEEPER, JAIL),
                    IntakeKind.ARREST,
                    exactly(count, KEEPER))))
        .ledger();
  }

  /** The departures of {@link #departed}, and a running total of the released: {@code count}. */
  private static Ledger totalled(long count) {
    return departed(1)
        .append(
            RunningTotalReported.of(
                EventId.of("so-far"),
                at(9),
                Flow.RELEASED,
                CensusScope.facilities(JAIL),
                exactly(count, KEEPER)))
        .ledger();
  }

  /**
   * Two suppliers per public class: the first gives equal values on every call, the second differs.
   */
  static Map<Class<?>, List<Supplier<?>>> samples() {
    Map<Class<?>, List<Supplier<?>>> s = new LinkedHashMap<>();
    Claim low = Claim.of(Estimate.exactly(5), Source.of(KEEPER), at(5));
    Claim high = Claim.of(Estimate.moreThan(50), Source.of(RIVAL), at(5));
    put(s, ActorId.class, () -> KEEPER, () -> RIVAL);
    put(s, FacilityId.class, () -> JAIL, () -> SITE);
    put(s, AgreementId.class, () -> PACT, () -> AgreementId.of("other"));
    put(s, ObligationId.class, () -> DUTY, () -> ObligationId.of("other"));
    put(s, EventId.class, () -> PLAN, () -> EventId.of("other"));
    put(s, CountryCode.class, () -> SY, () -> IQ);
    put(
        s,
        Actor.class,
        () -> Actor.of(KEEPER, "Keeper", ActorKind.STATE),
        () -> Actor.of(RIVAL, "Rival", ActorKind.STATE));
    put(s, Alias.class, () -> Alias.of("K"), () -> Alias.since("K", LocalDate.of(2020, 1, 1)));
    put(s, Coordinates.class, () -> Coordinates.of(36.4, 40.9), () -> Coordinates.of(36.5, 40.9));
    put(s, Location.class, () -> Location.in(SY), () -> Location.in(SY, "Hasakah"));
    put(
        s,
        Facility.class,
        () -> Facility.of(JAIL, "Jail", FacilityKind.PRISON, Location.in(SY)),
        () -> Facility.of(SITE, "Jail", FacilityKind.PRISON, Location.in(SY)));
    put(
        s,
        NationalityGroup.class,
        () -> NationalityGroup.of(SY),
        () -> NationalityGroup.allExcept(SY));
    put(s, Cohort.class, () -> FIGHTERS, () -> Cohort.of(CohortCategory.WOMEN, GROUP));
    put(s, Estimate.class, () -> Estimate.about(150), () -> Estimate.upTo(200));
    put(s, Share.class, () -> Share.of(0.1, 0.2, 0.3), () -> Share.exactly(0.5));
    put(
        s,
        UnitCount.class,
        () ->
            UnitCount.families(
                Estimate.exactly(81),
                Claim.of(
                    Estimate.exactly(5), Source.of(ActorId.of("unhcr")), When.at(T0, DAMASCUS))),
        () ->
            UnitCount.households(
                Estimate.exactly(12),
                Claim.of(
                    Estimate.exactly(6), Source.of(ActorId.of("unhcr")), When.at(T0, DAMASCUS))));
    put(s, ClaimId.class, () -> ClaimId.of("sdf-count"), () -> ClaimId.of("search"));
    put(
        s,
        ClaimStatus.class,
        () -> ClaimStatus.refutedBy(ClaimId.of("search")),
        ClaimStatus::rumoured);
    put(
        s,
        Dispute.class,
        () -> Dispute.of(Source.of(ActorId.of("hrw")), When.at(T0, DAMASCUS), "not verified"),
        () -> Dispute.of(Source.of(ActorId.of("un")), When.at(T0, DAMASCUS), "not confirmed"));
    put(
        s,
        VaguePolicy.class,
        VaguePolicy::standard,
        () -> VaguePolicy.standard().withRange("dozens", 24, 144));
    put(s, Source.class, () -> Source.of(KEEPER), () -> Source.of(KEEPER, "an official"));
    put(s, When.class, () -> at(1), () -> When.on(LocalDate.of(2026, 1, 1), DAMASCUS));
    put(s, Claim.class, () -> Claim.of(Estimate.exactly(5), Source.of(KEEPER), at(5)), () -> high);
    put(
        s,
        ClaimConflict.class,
        () -> ClaimConflict.of(low, high),
        () -> ClaimConflict.of(high, low));
    put(s, Figure.class, () -> exactly(1, KEEPER), () -> Figure.of(low, high));
    put(s, Reading.class, Reading::envelope, () -> Reading.preferring(KEEPER));
    put(
        s,
        Deadline.class,
        () -> Deadline.on(LocalDate.of(2026, 1, 20), DAMASCUS),
        () -> Deadline.at(END, DAMASCUS));
    put(
        s,
        DeadlineExtension.class,
        () -> DeadlineExtension.of(Deadline.at(END, DAMASCUS), at(9)),
        () -> DeadlineExtension.of(Deadline.at(END, DAMASCUS), at(10)));
    put(
        s,
        Obligation.class,
        () -> pact("Pact").obligation(DUTY).orElseThrow(),
        () -> Obligation.of(DUTY, RIVAL, "other"));
    put(
        s,
        DeadlineStatus.class,
        () -> pact("Pact").obligation(DUTY).orElseThrow().statusAt(T0),
        () -> pact("Pact").obligation(DUTY).orElseThrow().statusAt(END));
    put(s, Agreement.class, () -> pact("Pact"), () -> pact("Another"));
    put(
        s,
        Term.class,
        () -> Term.of(at(0), java.time.Duration.ofHours(120)),
        () -> Term.of(at(0), java.time.Period.ofMonths(6)));
    put(
        s,
        Breach.class,
        () -> Breach.on(at(9)),
        () ->
            Breach.builder()
                .when(at(9))
                .description("shelling")
                .addSources(Source.of(RIVAL))
                .build());
    put(s, Account.class, () -> held(KEEPER, JAIL), () -> Account.released(FIGHTERS));
    put(
        s,
        Movement.class,
        () -> Movement.of(held(KEEPER, JAIL), held(RIVAL, SITE), exactly(1, KEEPER)),
        () -> Movement.of(held(KEEPER, JAIL), held(RIVAL, SITE), exactly(2, KEEPER)));
    put(
        s,
        CensusScope.class,
        () -> CensusScope.country(SY),
        () -> CensusScope.account(held(KEEPER, JAIL)));
    put(
        s,
        CensusTaken.class,
        () -> CensusTaken.of(EventId.of("n"), at(1), CensusScope.country(SY), exactly(1, KEEPER)),
        () -> CensusTaken.of(EventId.of("n"), at(1), CensusScope.country(SY), exactly(2, KEEPER)));
    put(
        s,
        RunningTotalReported.class,
        () ->
            RunningTotalReported.of(
                EventId.of("t"), at(1), Flow.DIED, CensusScope.country(SY), exactly(1, KEEPER)),
        () ->
            RunningTotalReported.of(
                EventId.of("t"), at(1), Flow.DIED, CensusScope.country(SY), exactly(2, KEEPER)));
    put(
        s,
        RunningTotal.class,
        () -> RunningTotal.allOf(totalled(1), END).get(0),
        () -> RunningTotal.allOf(totalled(2), END).get(0));
    put(
        s,
        ControlChanged.class,
        () -> ControlChanged.first(EventId.of("c"), at(0), JAIL, KEEPER),
        () -> ControlChanged.of(EventId.of("c"), at(0), JAIL, KEEPER, RIVAL));
    put(
        s,
        ControlReported.class,
        () ->
            ControlReported.held(
                EventId.of("r"), at(0), JAIL, KEEPER, dev.custody.model.Source.of(RIVAL), at(0)),
        () ->
            ControlReported.builder()
                .id(EventId.of("r"))
                .when(at(0))
                .facility(JAIL)
                .state(ControlState.CONTESTED)
                .addActors(KEEPER, RIVAL)
                .source(dev.custody.model.Source.of(RIVAL))
                .reported(at(0))
                .build());
    put(s, TransferPlanned.class, () -> plan(100), () -> plan(200));
    put(
        s,
        DetaineesTransferred.class,
        () ->
            DetaineesTransferred.builder()
                .id(EventId.of("t"))
                .when(at(6))
                .from(held(KEEPER, JAIL))
                .to(held(RIVAL, SITE))
                .size(exactly(1, KEEPER))
                .build(),
        () ->
            DetaineesTransferred.builder()
                .id(EventId.of("t"))
                .when(at(7))
                .from(held(KEEPER, JAIL))
                .to(held(RIVAL, SITE))
                .size(exactly(1, KEEPER))
                .build());
    put(
        s,
        DetaineesEscaped.class,
        () -> DetaineesEscaped.of(EventId.of("e"), at(5), held(KEEPER, JAIL), exactly(1, KEEPER)),
        () -> DetaineesEscaped.of(EventId.of("e"), at(5), held(KEEPER, JAIL), exactly(2, KEEPER)));
    put(
        s,
        DetaineesReleased.class,
        () -> DetaineesReleased.of(EventId.of("r"), at(5), held(KEEPER, JAIL), exactly(1, KEEPER)),
        () -> DetaineesReleased.of(EventId.of("r"), at(6), held(KEEPER, JAIL), exactly(1, KEEPER)));
    put(
        s,
        DetaineesRepatriated.class,
        () ->
            DetaineesRepatriated.of(EventId.of("p"), at(5), held(KEEPER, JAIL), exactly(1, KEEPER)),
        () ->
            DetaineesRepatriated.of(
                EventId.of("p"), at(6), held(KEEPER, JAIL), exactly(1, KEEPER)));
    put(
        s,
        DetaineesTakenIntoCustody.class,
        () ->
            DetaineesTakenIntoCustody.of(
                EventId.of("i"), at(5), held(KEEPER, JAIL), IntakeKind.ARREST, exactly(1, KEEPER)),
        () ->
            DetaineesTakenIntoCustody.of(
                EventId.of("i"), at(5), held(KEEPER, JAIL), IntakeKind.BIRTH, exactly(1, KEEPER)));
    put(
        s,
        DetaineesDied.class,
        () -> DetaineesDied.of(EventId.of("d"), at(5), held(KEEPER, JAIL), exactly(1, KEEPER)),
        () ->
            DetaineesDied.of(
                EventId.of("d"), at(5), held(KEEPER, JAIL), exactly(1, KEEPER), "air strike"));
    put(
        s,
        CustodyHandedOver.class,
        () ->
            CustodyHandedOver.of(
                EventId.of("h"), at(5), held(KEEPER, JAIL), RIVAL, exactly(1, KEEPER)),
        () ->
            CustodyHandedOver.of(
                EventId.of("h"), at(6), held(KEEPER, JAIL), RIVAL, exactly(1, KEEPER)));
    put(
        s,
        DetaineesRecaptured.class,
        () ->
            DetaineesRecaptured.of(
                EventId.of("k"),
                at(5),
                Account.atLargeFrom(JAIL, FIGHTERS),
                held(KEEPER, JAIL),
                exactly(1, KEEPER)),
        () ->
            DetaineesRecaptured.of(
                EventId.of("k"),
                at(5),
                Account.atLargeFrom(JAIL, FIGHTERS),
                held(KEEPER, JAIL),
                exactly(2, KEEPER)));
    put(
        s,
        AgreementConcluded.class,
        () -> AgreementConcluded.of(EventId.of("a"), pact("Pact")),
        () -> AgreementConcluded.of(EventId.of("a"), pact("Other")));
    put(
        s,
        ObligationMet.class,
        () -> ObligationMet.of(EventId.of("m"), at(8), PACT, DUTY),
        () -> ObligationMet.of(EventId.of("m"), at(9), PACT, DUTY));
    put(
        s,
        DeadlineExtended.class,
        () -> DeadlineExtended.of(EventId.of("x"), at(8), PACT, DUTY, Deadline.at(END, DAMASCUS)),
        () -> DeadlineExtended.of(EventId.of("x"), at(9), PACT, DUTY, Deadline.at(END, DAMASCUS)));
    put(
        s,
        ObligationBreached.class,
        () -> ObligationBreached.of(EventId.of("b"), at(8), PACT, DUTY),
        () ->
            ObligationBreached.builder()
                .id(EventId.of("b"))
                .when(at(8))
                .agreement(PACT)
                .obligation(DUTY)
                .description("shelling")
                .addSources(Source.of(KEEPER))
                .build());
    put(
        s,
        Violation.class,
        () -> Violation.of(Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, PLAN, "size", "too many"),
        () -> Violation.of(Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, PLAN, "size", "too many"));
    put(
        s,
        Verdict.class,
        Verdict::clean,
        () ->
            Verdict.of(
                List.of(
                    Violation.of(
                        Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, PLAN, "size", "too many"))));
    put(
        s,
        World.class,
        PublicApiSamples::world,
        () -> world().withActor(Actor.of(ActorId.of("monitor"), "Monitor", ActorKind.NGO)));
    put(s, Ledger.class, () -> ledger(100), () -> ledger(200));
    put(
        s,
        AppendResult.class,
        () -> ledger(100).append(ControlChanged.first(EventId.of("c3"), at(9), JAIL, KEEPER)),
        () -> ledger(200).append(ControlChanged.first(EventId.of("c3"), at(9), JAIL, KEEPER)));
    put(s, Situation.class, () -> ledger(100).situationAt(END), () -> ledger(200).situationAt(END));
    put(s, Dimension.class, () -> Dimension.COUNTRY, () -> Dimension.CUSTODIAN);
    put(
        s,
        Totals.class,
        () -> Totals.of(ledger(100), Dimension.COUNTRY, END),
        () -> Totals.of(ledger(200), Dimension.COUNTRY, END));
    put(
        s,
        Group.class,
        () -> Totals.of(ledger(100), Dimension.COUNTRY, END).groups().get(0),
        () -> Totals.of(ledger(200), Dimension.COUNTRY, END).groups().get(0));
    put(
        s,
        CensusComparison.class,
        () ->
            Totals.of(ledger(100), Dimension.COUNTRY, END)
                .group(SY)
                .orElseThrow()
                .census()
                .orElseThrow(),
        () ->
            Totals.of(ledger(200), Dimension.COUNTRY, END)
                .group(SY)
                .orElseThrow()
                .census()
                .orElseThrow());
    put(
        s,
        PlanProgress.class,
        () -> PlanProgress.of(ledger(100), PLAN, END),
        () -> PlanProgress.of(ledger(200), PLAN, END));
    put(
        s,
        AtLarge.class,
        () -> AtLarge.from(ledger(100), JAIL, END),
        () -> AtLarge.from(ledger(100), JAIL, T0));
    put(s, Readings.class, () -> Readings.of(ledger(100)), () -> Readings.of(Ledger.of(world())));
    put(
        s,
        ByReading.class,
        () -> ByReading.of(ledger(100), Ledger::size),
        () -> ByReading.of(ledger(100), l -> l.size() + 1));
    put(
        s,
        Reconciliation.class,
        () -> Reconciliation.of(ledger(100)),
        () -> Reconciliation.of(Ledger.of(world())));
    put(
        s,
        ReportedFigure.class,
        () -> Reconciliation.of(ledger(100)).figures().get(0),
        () -> ReportedFigure.allOf(plan(100)).get(0));
    put(
        s,
        DeadlineReport.class,
        () -> DeadlineReport.of(ledger(100), END),
        () -> DeadlineReport.of(ledger(100), T0));
    put(
        s,
        ObligationReport.class,
        () -> DeadlineReport.of(ledger(100), END).obligations().get(0),
        () -> DeadlineReport.of(ledger(100), T0.plusSeconds(86_400)).obligations().get(0));
    put(
        s,
        ControlTimeline.class,
        () -> ControlTimeline.of(ledger(100), JAIL),
        () -> ControlTimeline.of(ledger(100), SITE));
    put(
        s,
        ControlPeriod.class,
        () -> ControlTimeline.of(ledger(100), JAIL).periods().get(0),
        () -> ControlTimeline.of(ledger(100), SITE).periods().get(0));
    put(
        s,
        LeftCustody.class,
        () -> LeftCustody.of(departed(1), END),
        () -> LeftCustody.of(departed(2), END));
    put(
        s,
        Departure.class,
        () -> LeftCustody.of(departed(1), END).departures().get(0),
        () -> LeftCustody.of(departed(2), END).departures().get(0));
    put(s, Intakes.class, () -> Intakes.of(departed(1), END), () -> Intakes.of(departed(2), END));
    put(s, Balances.class, () -> Balances.of(ledger(100), END), () -> Balances.of(ledger(100), T0));
    put(
        s,
        Provenance.class,
        () -> Balances.of(ledger(100), END).provenance().values().iterator().next(),
        () -> Provenance.notRecorded(T0));
    put(
        s,
        dev.custody.aggregate.Narrowing.class,
        () -> dev.custody.aggregate.Narrowing.of(ledger(100), END),
        () -> dev.custody.aggregate.Narrowing.of(ledger(100), T0));
    put(s, dev.custody.ledger.JointSplit.class, () -> jointSplit(10), () -> jointSplit(20));
    put(
        s,
        Population.class,
        () -> Population.allOf(ledger(100), END).get(0),
        () -> Population.allOf(ledger(100), END).get(1));
    put(
        s,
        Intake.class,
        () -> Intakes.of(departed(1), END).intakes().get(0),
        () -> Intakes.of(departed(2), END).intakes().get(0));
    put(s, OperationId.class, () -> OPERATION, () -> OperationId.of("other-operation"));
    put(
        s,
        Operation.class,
        () -> Operation.of(OPERATION, "Programme", List.of("stage 1", "stage 2")),
        () -> Operation.of(OPERATION, "Airlift"));
    put(
        s,
        OperationPart.class,
        () -> OperationPart.of(OPERATION, 1),
        () -> OperationPart.of(OPERATION));
    put(
        s,
        OperationProgress.class,
        () -> OperationProgress.of(operations(), OPERATION, END),
        () -> OperationProgress.of(operations(), OPERATION, T0));
    put(
        s,
        PhaseProgress.class,
        () -> OperationProgress.of(operations(), OPERATION, END).phases().get(0),
        () -> OperationProgress.of(operations(), OPERATION, END).phases().get(1));
    return s;
  }

  private static final OperationId OPERATION = OperationId.of("programme");

  /** A ledger whose world declares a programme of two stages, with nothing recorded of it. */
  private static Ledger operations() {
    return Ledger.of(
        world().withOperation(Operation.of(OPERATION, "Programme", List.of("stage 1", "stage 2"))));
  }

  private static <T> void put(
      Map<Class<?>, List<Supplier<?>>> samples,
      Class<T> type,
      Supplier<? extends T> first,
      Supplier<? extends T> second) {
    samples.put(type, List.of(first, second));
  }
}
