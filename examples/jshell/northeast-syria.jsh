// The reference case, northeast Syria in January 2026, built step by step in JShell as a notebook
// would: the world, the sourced claims, the events, the ledger, then the figures the aggregates
// derive from it. Only custody-core's public API is used.
//
// Run it from the repository root (builds what it needs, then runs this file):
//
//   bash examples/jshell/run.sh
//
// or, with core compiled and its class path at hand:
//
//   jshell --class-path "core/target/classes:<guava.jar>:<failureaccess.jar>" --feedback silent \
//       examples/jshell/northeast-syria.jsh
//
// JShell reports a snippet that does not compile or throws on stderr and goes on; run.sh then
// exits with 1.
//
// examples/src/test/java/dev/custody/examples/JShellNotebookTest.java runs it and checks what it
// prints.

import dev.custody.aggregate.*;
import dev.custody.agreement.*;
import dev.custody.event.*;
import dev.custody.ledger.*;
import dev.custody.model.*;
import java.time.*;
import java.util.*; // JShell imports it by default; the jdk.jshell API (and other kernels) may not

// --- Places, dates and the people involved -------------------------------------------------------

// Dates are Damascus days: "within four days" of the 20th ends at the end of the 24th there.
ZoneId damascus = ZoneId.of("Asia/Damascus");
When day(int dayOfMonth) {
  return When.on(LocalDate.of(2026, 1, dayOfMonth), damascus);
}
Instant noon(int dayOfMonth) {
  return ZonedDateTime.of(2026, 1, dayOfMonth, 12, 0, 0, 0, damascus).toInstant();
}

CountryCode syria = CountryCode.of("SY");
CountryCode iraq = CountryCode.of("IQ");

ActorId usa = ActorId.of("usa");
ActorId centcom = ActorId.of("centcom");
ActorId sdf = ActorId.of("sdf");
ActorId syriaGov = ActorId.of("syria-gov");
ActorId iraqGov = ActorId.of("iraq-gov");
ActorId isis = ActorId.of("isis");
ActorId nyt = ActorId.of("nyt");

List<Actor> actors = List.of(
    Actor.of(usa, "United States", ActorKind.STATE),
    Actor.builder().id(centcom).name("U.S. Central Command").kind(ActorKind.ARMED_FORCES)
        .addAliases(Alias.of("CENTCOM")).parent(usa).build(),
    Actor.builder().id(ActorId.of("brad-cooper")).name("Adm. Brad Cooper")
        .kind(ActorKind.OFFICIAL).parent(centcom).build(),
    Actor.builder().id(ActorId.of("tom-barrack")).name("Tom Barrack")
        .kind(ActorKind.OFFICIAL).parent(usa).build(),
    Actor.builder().id(sdf).name("Syrian Democratic Forces").kind(ActorKind.NON_STATE_ARMED_GROUP)
        .addAliases(Alias.of("SDF"), Alias.of("Syrian Defense Forces")).build(),
    Actor.builder().id(syriaGov).name("Government of Syria").kind(ActorKind.STATE)
        .addAliases(Alias.of("Damascus")).build(),
    Actor.of(iraqGov, "Government of Iraq", ActorKind.STATE),
    Actor.builder().id(isis).name("Islamic State").kind(ActorKind.DESIGNATED_ORGANISATION)
        .addAliases(Alias.of("ISIS"), Alias.of("IS")).build(),
    Actor.of(nyt, "The New York Times", ActorKind.MEDIA),
    Actor.of(ActorId.of("all-israel-news"), "All Israel News", ActorKind.MEDIA),
    Actor.of(ActorId.of("i24news"), "i24NEWS", ActorKind.MEDIA),
    Actor.of(ActorId.of("aaron-zelin"), "Aaron Zelin", ActorKind.ANALYST),
    Actor.of(ActorId.of("charles-lister"), "Charles Lister", ActorKind.ANALYST));

// --- The facilities ------------------------------------------------------------------------------

FacilityId alShaddadi = FacilityId.of("al-shaddadi");
FacilityId hasakahFacility = FacilityId.of("hasakah-facility");
FacilityId alHol = FacilityId.of("al-hol");
FacilityId iraqSecure = FacilityId.of("iraq-secure");

Location hasakah = Location.in(syria, "Hasakah");
List<Facility> facilities = List.of(
    Facility.of(alShaddadi, "al-Shaddadi prison", FacilityKind.PRISON, hasakah),
    Facility.of(hasakahFacility, "a detention facility in Hasakah", FacilityKind.PRISON, hasakah),
    Facility.of(alHol, "al-Hol camp", FacilityKind.DETENTION_CAMP, hasakah),
    Facility.of(FacilityId.of("eastern-jail-1"), "an unnamed jail in eastern Syria",
        FacilityKind.PRISON, Location.in(syria)),
    Facility.of(FacilityId.of("eastern-jail-2"), "another unnamed jail in eastern Syria",
        FacilityKind.PRISON, Location.in(syria)),
    Facility.of(iraqSecure, "a secure location in Iraq", FacilityKind.UNDISCLOSED_SITE,
        Location.in(iraq)));

World world = World.of(actors, facilities);

// --- What the sources said -----------------------------------------------------------------------

// The detainees are ISIS fighters; every account below is of this cohort.
Cohort fighters = Cohort.of(CohortCategory.FIGHTERS, isis);

// How many escaped from al-Shaddadi: three claims that do not agree. A Figure keeps all three.
Figure escapes = Figure.of(
    Claim.of(Estimate.moreThan(1_000), Source.of(sdf), day(21)),
    Claim.of(Estimate.about(150), Source.of(syriaGov), day(21)),
    Claim.builder().estimate(Estimate.upTo(200)).source(Source.of(usa, "a U.S. military official"))
        .channel(nyt).reported(day(22)).build());

// A U.S. military official's figures, as relayed by the New York Times on the 22nd.
Claim relayed(Estimate estimate) {
  return Claim.builder().estimate(estimate).source(Source.of(usa, "a U.S. military official"))
      .channel(nyt).reported(day(22)).build();
}

// --- The agreements ------------------------------------------------------------------------------

AgreementId ceasefireId = AgreementId.of("ceasefire-2026-01-20");
ObligationId decideIntegration = ObligationId.of("decide-integration");
// A statement that looks complete at the end of a line ends there in JShell, so a builder chain
// keeps its dots at the ends of the lines (or sits inside parentheses, as the lists above do).
Agreement ceasefire = Agreement.builder().
    id(ceasefireId).
    kind(AgreementKind.CEASEFIRE).
    title("Ceasefire between the SDF and the Syrian government").
    addParties(sdf, syriaGov).
    concluded(day(20)).
    addObligations(Obligation.of(decideIntegration, sdf,
        "decide how to integrate its military and civilian institutions into the Damascus"
            + " administration",
        Deadline.daysAfter(day(20), 4, damascus))).
    build();

AgreementId transferArrangementId = AgreementId.of("transfer-to-iraq");
Agreement transferArrangement = Agreement.builder().
    id(transferArrangementId).
    kind(AgreementKind.TRANSFER_ARRANGEMENT).
    title("Transfer of ISIS detainees from northeast Syria to Iraq").
    addParties(usa, iraqGov).
    concluded(day(21)).
    addObligations(
        Obligation.of(ObligationId.of("pay-for-detention"), usa,
            "pay for jailing and processing the transferred detainees for future trials"),
        Obligation.of(ObligationId.of("receive-detainees"), iraqGov, "receive the detainees")).
    build();

// --- The events, in the order they were reported (the ledger sorts them by time) -----------------

When early2019 = When.between(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 4, 30), damascus);
When weekBefore20 = When.weekBefore(LocalDate.of(2026, 1, 20), damascus);
EventId transferPlan = EventId.of("transfer-plan-to-iraq");

List<Event> events = new ArrayList<>();

// Who held each facility first: the SDF in Syria from early 2019, Iraq its own site.
for (Facility facility : facilities) {
  if (facility.location().country().equals(syria)) {
    events.add(ControlChanged.first(
        EventId.of(facility.id() + "-held-by-sdf"), early2019, facility.id(), sdf));
  }
}
events.add(ControlChanged.first(
    EventId.of("iraq-secure-held-by-iraq"), early2019, iraqSecure, iraqGov));

// The breakout from al-Shaddadi, and the government's takeover of the prison, the week before.
events.add(DetaineesEscaped.of(EventId.of("al-shaddadi-breakout"), weekBefore20,
    Account.heldAt(sdf, alShaddadi, fighters), escapes));
events.add(ControlChanged.of(EventId.of("al-shaddadi-taken"), weekBefore20,
    alShaddadi, sdf, syriaGov));

// The ceasefire of the 20th, and al-Hol changing hands on the 20th or the 21st.
events.add(AgreementConcluded.of(EventId.of("ceasefire-agreed"), ceasefire));
events.add(ControlChanged.of(EventId.of("al-hol-taken"),
    When.between(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21), damascus),
    alHol, sdf, syriaGov));

// The U.S.-Iraq arrangement, the plan to move some 7,000, and the first batch of 150.
events.add(AgreementConcluded.of(EventId.of("transfer-arrangement-announced"),
    transferArrangement));
events.add(TransferPlanned.builder()
    .id(transferPlan)
    .when(day(21))
    .planner(centcom)
    .cohort(fighters)
    .addNamedFacilities(alShaddadi)
    .unnamedFacilities(2)
    .originCountry(syria)
    .receiver(iraqGov)
    .payer(usa)
    .agreement(transferArrangementId)
    .size(Figure.of(relayed(Estimate.exactly(7_000))))
    .build());
events.add(DetaineesTransferred.builder()
    .id(EventId.of("first-batch-to-iraq"))
    .when(day(21))
    .from(Account.heldAt(sdf, hasakahFacility, fighters))
    .to(Account.heldAt(iraqGov, iraqSecure, fighters))
    .size(Figure.of(Claim.of(Estimate.exactly(150), Source.of(centcom), day(21))))
    .carrier(centcom)
    .plan(transferPlan)
    .build());

// 81 of the escapees recaptured, by the government's count ("still searching").
events.add(DetaineesRecaptured.of(EventId.of("al-shaddadi-recaptures"), day(21),
    Account.atLargeFrom(alShaddadi, fighters),
    Account.held(syriaGov, fighters),
    Figure.of(Claim.builder().estimate(Estimate.exactly(81)).source(Source.of(syriaGov))
        .reported(day(21)).note("still searching").build())));

// Roughly 9,000 fighters still held in Syria.
events.add(CensusTaken.of(EventId.of("still-held-in-syria"), day(22),
    CensusScope.country(syria).withCohort(fighters),
    Figure.of(relayed(Estimate.about(9_000)))));

// --- The ledger: every event is checked against the rules ----------------------------------------

AppendResult result = Ledger.of(world).appendAll(events);
if (!result.isAccepted()) {
  throw new IllegalStateException("the case was rejected: " + result.verdict());
}
Ledger ledger = result.ledger();
System.out.println("Ledger: " + ledger.size() + " events, accepted: " + result.isAccepted());

// --- Readings: the envelope, and one reading per source of a claim -------------------------------

System.out.println("Readings: " + Readings.of(ledger));

// --- Still at large from al-Shaddadi, two days after the breakout was reported, per reading ------

Instant asOf = noon(23);
ByReading<Estimate> atLarge =
    ByReading.of(ledger, l -> AtLarge.from(l, alShaddadi, asOf).stillAtLarge());
System.out.println("Still at large from al-Shaddadi (government): "
    + atLarge.get(Reading.preferring(syriaGov)));
System.out.println("Still at large from al-Shaddadi (U.S.): "
    + atLarge.get(Reading.preferring(usa)));
System.out.println("Still at large from al-Shaddadi (SDF): "
    + atLarge.get(Reading.preferring(sdf)));
System.out.println("Still at large from al-Shaddadi (envelope): "
    + atLarge.get(Reading.envelope()));

// --- Reconciliation: which claims conflict, and by how much --------------------------------------

Reconciliation reconciliation = Reconciliation.of(ledger);
System.out.println("Reconcilable: " + reconciliation.isReconcilable());
for (ReportedFigure figure : reconciliation.conflicting()) {
  for (ClaimConflict conflict : figure.conflicts()) {
    System.out.println("Conflict: " + conflict);
  }
}

// --- The transfer plan: how much of those still held it covers, and how far it has got -----------

PlanProgress plan = PlanProgress.of(ledger, transferPlan, asOf);
System.out.println("Plan covers: " + plan.coverage().orElseThrow());
System.out.println("Would stay in Syria: " + plan.wouldStay().orElseThrow());
System.out.println("Plan progress: " + plan.progress().orElseThrow());

// --- The recapture rate, by the government's figures ---------------------------------------------

AtLarge byGovernment =
    AtLarge.from(ledger.withReading(Reading.preferring(syriaGov)), alShaddadi, asOf);
System.out.println("Recapture rate (government): " + byGovernment.recaptureRate().orElseThrow());

// --- The ceasefire's integration deadline: at noon on the 22nd, and on the 25th ------------------

for (int d : new int[] {22, 25}) {
  DeadlineStatus status = DeadlineReport.of(ledger, noon(d))
      .obligation(ceasefireId, decideIntegration).orElseThrow().status();
  System.out.println("Integration deadline at noon on 2026-01-" + d + ": " + status);
}

// --- Who controlled al-Hol -----------------------------------------------------------------------

ControlTimeline alHolTimeline = ControlTimeline.of(ledger, alHol);
for (int d : new int[] {20, 22}) {
  System.out.println("Controller of al-Hol at noon on 2026-01-" + d + ": "
      + alHolTimeline.controllerAt(noon(d)).orElseThrow());
}

// --- Claims as sources word them, and what was known when ----------------------------------------

// Figures in the words printed: the about and vague policies give the ranges.
// Counts may be spelled out, and bounds come in their other words too. A round figure printed
// bare may carry the range the reader takes it for, its words kept: "1,500 (1,450-1,549)".
for (String words : List.of("roughly 9,000", "some 7,000", "as many as 200", "more than 1,000",
    "dozens", "none", "two dozen", "more than a thousand", "less than 50", "a handful",
    "1,500 (1,450-1,549)")) {
  System.out.println("Parsed \"" + words + "\": " + Estimate.parse(words));
}

// The escapes as known at the end of the 21st: the U.S. figure was reported on the 22nd.
Ledger knownOn21 = ledger.asKnownAt(day(21).end());
Figure escapesKnownOn21 =
    ((DetaineesEscaped) knownOn21.event(EventId.of("al-shaddadi-breakout")).orElseThrow()).size();
System.out.println("Escapes as known on the 21st: " + escapesKnownOn21.claims().size()
    + " claims, envelope " + escapesKnownOn21.envelope());

// A running total of a flow ("81 recaptured by the 21st") beside the movements recorded by then.
Ledger withTotal = ledger.append(RunningTotalReported.of(EventId.of("recaptured-by-21"), day(21),
    Flow.RECAPTURED, CensusScope.facilities(alShaddadi),
    Figure.of(Claim.of(Estimate.exactly(81), Source.of(syriaGov), day(21))))).ledger();
for (RunningTotal total : RunningTotal.allOf(withTotal, asOf)) {
  System.out.println("Running total: " + total);
}

// Two more forms, as illustrations with made-up sources rather than figures of this case: a count
// in families, which becomes people only through a sourced number of people per family, and a
// source that revises itself, whose later claim supersedes its earlier one.
ActorId campAdministration = ActorId.of("camp-administration");
ActorId aidAgency = ActorId.of("aid-agency");
Claim inFamilies = Claim.inUnits(
    UnitCount.families(Estimate.exactly(81),
        Claim.of(Estimate.between(4, 6), Source.of(aidAgency), day(20))),
    Source.of(campAdministration), day(20));
System.out.println("In families: " + inFamilies);
Figure revised = Figure.of(
    Claim.of(Estimate.parse("hundreds"), Source.of(campAdministration), day(20)),
    Claim.of(Estimate.parse("dozens"), Source.of(campAdministration), day(22)));
System.out.println("Revised: " + revised.claims().get(0).estimate() + ", then "
    + revised.claims().get(1).estimate() + "; the figure reads " + revised.envelope()
    + ", superseded: " + revised.superseded().size());
