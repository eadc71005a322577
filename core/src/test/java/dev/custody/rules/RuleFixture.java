package dev.custody.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.Claim;
import dev.custody.model.Cohort;
import dev.custody.model.CohortCategory;
import dev.custody.model.CountryCode;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Figure;
import dev.custody.model.Location;
import dev.custody.model.ObligationId;
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The fixture every rule test shares: a small northeast Syria (a {@link World} of actors and
 * facilities), its accounts, the ceasefire and the transfer plan, factories of events, and the
 * assertions that read an {@link AppendResult}.
 */
final class RuleFixture {
  private RuleFixture() {}

  static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId IRAQ = ActorId.of("iraq-gov");
  static final ActorId USA = ActorId.of("usa");
  static final ActorId ISIS = ActorId.of("isis");

  /** Not in the world. */
  static final ActorId I24 = ActorId.of("i24news");

  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");

  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final FacilityId HASAKAH = FacilityId.of("hasakah-facility");
  static final FacilityId AL_HOL = FacilityId.of("al-hol");
  static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");

  /** Not in the world. */
  static final FacilityId NOWHERE = FacilityId.of("camp-nowhere");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, ISIS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(SYRIA, "Government of Syria", ActorKind.STATE),
              Actor.of(IRAQ, "Government of Iraq", ActorKind.STATE),
              Actor.of(USA, "United States", ActorKind.STATE),
              Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(
                  SHADDADI, "al-Shaddadi prison", FacilityKind.PRISON, Location.in(SY, "Hasakah")),
              Facility.of(
                  HASAKAH,
                  "detention facility in Hasakah",
                  FacilityKind.PRISON,
                  Location.in(SY, "Hasakah")),
              Facility.of(
                  AL_HOL, "al-Hol camp", FacilityKind.DETENTION_CAMP, Location.in(SY, "Hasakah")),
              Facility.of(
                  IRAQ_SECURE,
                  "secure location in Iraq",
                  FacilityKind.UNDISCLOSED_SITE,
                  Location.in(IQ))));

  static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  static final Account SDF_HASAKAH = Account.heldAt(SDF, HASAKAH, FIGHTERS);
  static final Account SDF_AL_HOL = Account.heldAt(SDF, AL_HOL, FIGHTERS);
  static final Account IRAQ_SITE = Account.heldAt(IRAQ, IRAQ_SECURE, FIGHTERS);
  static final Account AT_LARGE_SHADDADI = Account.atLargeFrom(SHADDADI, FIGHTERS);
  static final Account SYRIA_HELD = Account.held(SYRIA, FIGHTERS);

  static final AgreementId CEASEFIRE = AgreementId.of("ceasefire");
  static final ObligationId INTEGRATION = ObligationId.of("decide-integration");
  static final ObligationId NO_DEADLINE = ObligationId.of("hand-over-lists");
  static final EventId PLAN = EventId.of("plan-iraq");

  /** The truce's obligation that runs for a term: a pause of 120 hours from 2026-01-20. */
  static final AgreementId TRUCE = AgreementId.of("truce");

  static final ObligationId PAUSE = ObligationId.of("pause-operations");

  static When day(int dayOfJanuary) {
    return When.on(LocalDate.of(2026, 1, dayOfJanuary), DAMASCUS);
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  /** A figure of one claim, by the United States. */
  static Figure said(Estimate estimate) {
    return said(USA, estimate);
  }

  static Figure said(ActorId source, Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(source), day(21)));
  }

  /**
   * A figure of one claim by the United States about an event on {@code dayOfJanuary}, reported on
   * 2026-01-21 or, for a later event, on the event's day: never before it (CUS-019).
   */
  static Figure saidOf(int dayOfJanuary, Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(USA), day(Math.max(21, dayOfJanuary))));
  }

  /** How the ledger words {@code estimate} when a single claim gives it. */
  static String read(Estimate estimate) {
    return Reading.envelope().of(said(estimate)).toString();
  }

  static CensusTaken census(String id, int day, Account account, Estimate count) {
    return CensusTaken.of(id(id), day(day), CensusScope.account(account), saidOf(day, count));
  }

  static DetaineesTransferred transfer(
      String id, int day, Account from, Account to, Estimate size) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(day(day))
        .from(from)
        .to(to)
        .size(saidOf(day, size))
        .build();
  }

  static DetaineesTransferred transferUnderPlan(
      String id, int day, Account from, Account to, Estimate size) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(day(day))
        .from(from)
        .to(to)
        .size(saidOf(day, size))
        .plan(PLAN)
        .build();
  }

  static DetaineesReleased release(String id, int day, Account from, Estimate size) {
    return DetaineesReleased.of(id(id), day(day), from, saidOf(day, size));
  }

  /**
   * The plan of 2026-01-21 without its origin's openness and its receiving end: about 7,000
   * fighters from al-Shaddadi in Syria, paid for by the United States.
   */
  static TransferPlanned.Builder planBuilder() {
    return TransferPlanned.builder()
        .id(PLAN)
        .when(day(21))
        .planner(USA)
        .cohort(FIGHTERS)
        .addNamedFacilities(SHADDADI)
        .originCountry(SY)
        .payer(USA)
        .size(said(Estimate.about(7_000)));
  }

  /** The plan: from al-Shaddadi and at least two other jails in Syria to the Iraqi site. */
  static TransferPlanned planToIraq() {
    return planBuilder().unnamedFacilities(2).receiver(IRAQ).destination(IRAQ_SECURE).build();
  }

  /** A plan that names al-Shaddadi alone and admits no other facility. */
  static TransferPlanned closedPlan() {
    return planBuilder().receiver(IRAQ).destination(IRAQ_SECURE).build();
  }

  /** The deadline of the integration decision: four days after 2026-01-20, in Damascus. */
  static Deadline integrationDeadline() {
    return Deadline.daysAfter(day(20), 4, DAMASCUS);
  }

  /** An agreement of 2026-01-20 between {@code parties}, without obligations yet. */
  static Agreement.Builder agreement(AgreementId id, ActorId... parties) {
    return Agreement.builder()
        .id(id)
        .kind(AgreementKind.CEASEFIRE)
        .title("ceasefire")
        .addParties(parties)
        .concluded(day(20));
  }

  /** The ceasefire of 2026-01-20 with the SDF's integration decision due by 2026-01-24. */
  static Agreement ceasefire() {
    return agreement(CEASEFIRE, SDF, SYRIA)
        .addObligations(
            Obligation.of(INTEGRATION, SDF, "decide how to integrate", integrationDeadline()))
        .addObligations(Obligation.of(NO_DEADLINE, SDF, "hand over lists"))
        .build();
  }

  /**
   * The truce of 2026-01-20 between the SDF and the government: both sides pause operations for 120
   * hours, to the end of 2026-01-25 in Damascus; the United States, not a party, is to monitor it.
   */
  static Agreement truce() {
    return agreement(TRUCE, SDF, SYRIA)
        .addObligations(
            Obligation.builder()
                .id(PAUSE)
                .obligor(SDF)
                .description("pause operations")
                .term(Term.of(day(20), Duration.ofHours(120)))
                .build())
        .addObligations(Obligation.of(ObligationId.of("monitor"), USA, "monitor the pause"))
        .build();
  }

  static AgreementConcluded concluded(String id, Agreement agreement) {
    return AgreementConcluded.of(id(id), agreement);
  }

  static Ledger ledger(Event... events) {
    return ledger(Reading.envelope(), events);
  }

  /** A ledger holding {@code events}, every one of them accepted. */
  static Ledger ledger(Reading reading, Event... events) {
    AppendResult result = Ledger.of(WORLD, reading).appendAll(List.of(events));
    assertThat(result.verdict().errors()).as("errors in the fixture").isEmpty();
    assertThat(result.ledger().size()).isEqualTo(events.length);
    return result.ledger();
  }

  /** The one violation of {@code rule} in the result. */
  static Violation the(Rule rule, AppendResult result) {
    List<Violation> found =
        result.verdict().violations().stream().filter(v -> v.rule() == rule).toList();
    assertThat(found).as("violations of %s in %s", rule.code(), result.verdict()).hasSize(1);
    return found.get(0);
  }

  /** Asserts that the result holds one violation of rule with these properties. */
  static Violation assertBreaks(
      AppendResult result,
      Rule rule,
      Severity severity,
      String event,
      String field,
      String... inMessage) {
    Violation violation = the(rule, result);
    assertThat(violation.severity()).as("severity of %s", violation).isEqualTo(severity);
    assertThat(violation.event()).isEqualTo(id(event));
    assertThat(violation.field()).as("field of %s", violation).isEqualTo(field);
    assertThat(violation.message()).contains(inMessage);
    assertThat(result.verdict().breaks(rule)).isTrue();
    return violation;
  }

  /** Asserts that an error rejected the event and left the ledger as it was. */
  static void assertRejected(AppendResult result, Ledger before) {
    assertThat(result.isAccepted()).as("accepted? %s", result.verdict()).isFalse();
    assertThat(result.verdict().isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(before).isEqualTo(before);
  }

  /** Asserts that the event was accepted and recorded. */
  static void assertAccepted(AppendResult result, Ledger before, Event event) {
    assertThat(result.isAccepted()).as("accepted? %s", result.verdict()).isTrue();
    assertThat(result.ledger().size()).isEqualTo(before.size() + 1);
    assertThat(result.ledger().event(event.id())).contains(event);
  }

  static void assertKeeps(AppendResult result, Rule rule) {
    assertThat(result.verdict().breaks(rule))
        .as("%s in %s", rule.code(), result.verdict())
        .isFalse();
  }

  // ------------------------------------------------------------------------------------------
  // sample violations

  static final Violation OVERDRAWN =
      Violation.of(
          Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, EventId.of("release-1"), "size", "too many");
  static final Violation LATE =
      Violation.of(
          Rule.OBLIGATION_MET_LATE, Severity.WARNING, EventId.of("decided"), "when", "late");
  static final Violation DISAGREES =
      Violation.of(Rule.CENSUS_DISAGREES, Severity.WARNING, EventId.of("count"), "count", "apart");
  static final Violation UNKNOWN =
      Violation.of(Rule.UNKNOWN_REFERENCE, Severity.ERROR, EventId.of("moved"), "to", "nowhere");
}
