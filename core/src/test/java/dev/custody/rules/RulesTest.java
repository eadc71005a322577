package dev.custody.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.Obligation;
import dev.custody.event.Account;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesRepatriated;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
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
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the catalogue, broken and kept, through the public API: a {@link World}, a {@link
 * Ledger} and its {@code append}. Also {@link Verdict}, {@link Violation} and {@link
 * Rule#ofCode(String)}.
 */
class RulesTest {

  // ------------------------------------------------------------------------------------------
  // the fixture: a small northeast Syria

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

  /** How the ledger words {@code estimate} when a single claim gives it. */
  static String read(Estimate estimate) {
    return Reading.envelope().of(said(estimate)).toString();
  }

  static CensusTaken census(String id, int day, Account account, Estimate count) {
    return CensusTaken.of(id(id), day(day), CensusScope.account(account), said(count));
  }

  static DetaineesTransferred transfer(
      String id, int day, Account from, Account to, Estimate size) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(day(day))
        .from(from)
        .to(to)
        .size(said(size))
        .build();
  }

  static DetaineesTransferred transferUnderPlan(
      String id, int day, Account from, Account to, Estimate size) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(day(day))
        .from(from)
        .to(to)
        .size(said(size))
        .plan(PLAN)
        .build();
  }

  static DetaineesReleased release(String id, int day, Account from, Estimate size) {
    return DetaineesReleased.of(id(id), day(day), from, said(size));
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

  @Nested
  class AccountOverdrawn {

    @Test
    void moving_more_than_even_the_highest_balance_is_an_error() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

      AppendResult result =
          before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_200)));

      assertBreaks(
          result,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.ERROR,
          "release-1",
          "size",
          "moving exactly 1,200 out of [held by sdf at al-shaddadi: fighters affiliated with isis]",
          "which holds exactly 1,000 under the envelope reading",
          "even its low end (1200) exceeds the high end (1000)");
      assertRejected(result, before);
    }

    @Test
    void moving_more_than_the_best_balance_but_within_its_range_is_a_warning() {
      Ledger before =
          ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)));
      DetaineesReleased release = release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_050));

      AppendResult result = before.append(release);

      assertBreaks(
          result,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.WARNING,
          "release-1",
          "size",
          "moving exactly 1,050",
          "which holds " + read(Estimate.between(900, 1_100)) + " under the envelope reading",
          "its best value (1050) exceeds the best value (1000)");
      assertThat(result.verdict().warnings()).hasSize(1);
      assertAccepted(result, before, release);
    }

    @Test
    void moving_exactly_the_balance_keeps_it() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

      AppendResult result =
          before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_000)));

      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void moving_the_best_balance_within_its_range_keeps_it_without_a_warning() {
      Ledger before =
          ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)));

      AppendResult result =
          before.append(release("release-1", 20, SDF_SHADDADI, Estimate.exactly(1_000)));

      assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_range_of_movement_reaching_below_the_balance_is_no_error() {
      // low end 1,000 does not exceed the high end 1,000: some count is allowed
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

      AppendResult result =
          before.append(release("release-1", 20, SDF_SHADDADI, Estimate.between(1_000, 1_400)));

      assertBreaks(result, Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, "release-1", "size", "(1200)");
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void an_account_nobody_counted_is_never_overdrawn() {
      Ledger before = ledger();
      DetaineesEscaped breakout =
          DetaineesEscaped.of(
              id("breakout"), day(15), SDF_SHADDADI, said(SDF, Estimate.exactly(1_000_000)));

      AppendResult result = before.append(breakout);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, breakout);
    }

    @Test
    void an_account_that_only_received_people_is_not_bounded_either() {
      // the Iraqi site was never counted: 150 in does not make it hold at most 150
      Ledger before =
          ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      AppendResult result =
          before.append(
              DetaineesRepatriated.of(
                  id("repatriated"), day(25), IRAQ_SITE, said(Estimate.exactly(400))));

      assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void under_the_envelope_what_some_source_allows_is_not_an_error() {
      // over 1,000 (sdf), about 150 (syria-gov), up to 200 (usa): the envelope starts at 0
      Figure escaped =
          Figure.of(
              Claim.of(Estimate.moreThan(1_000), Source.of(SDF), day(21)),
              Claim.of(Estimate.about(150), Source.of(SYRIA), day(21)),
              Claim.of(Estimate.upTo(200), Source.of(USA, "a U.S. military official"), day(21)));
      CensusTaken counted = census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(500));
      DetaineesEscaped breakout =
          DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, escaped);

      AppendResult envelope = ledger(counted).append(breakout);
      AppendResult bySdf = ledger(Reading.preferring(SDF), counted).append(breakout);

      assertThat(envelope.verdict().violations()).isEmpty();
      assertThat(envelope.isAccepted()).isTrue();
      assertBreaks(
          bySdf,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.ERROR,
          "breakout",
          "size",
          "moving over 1,000",
          "according to sdf",
          "(1001) exceeds the high end (500)");
      assertThat(bySdf.isAccepted()).isFalse();
    }

    @Test
    void the_balance_is_the_one_just_before_the_event() {
      Ledger before =
          ledger(
              census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(300)),
              transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      AppendResult tooMany =
          before.append(
              transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(151)));
      AppendResult theRest =
          before.append(
              transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertBreaks(
          tooMany,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.ERROR,
          "second-batch",
          "size",
          "holds exactly 150");
      assertRejected(tooMany, before);
      assertThat(theRest.verdict().violations()).isEmpty();
    }

    @Test
    void applies_to_escapes_transfers_and_repatriations_too() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(100)));

      AppendResult escape =
          before.append(
              DetaineesEscaped.of(
                  id("escape"), day(15), SDF_SHADDADI, said(Estimate.exactly(101))));
      AppendResult moved =
          before.append(transfer("moved", 15, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(101)));
      AppendResult repatriated =
          before.append(
              DetaineesRepatriated.of(
                  id("repatriated"), day(15), SDF_SHADDADI, said(Estimate.exactly(101))));

      assertBreaks(escape, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "escape", "size", "(101)");
      assertBreaks(moved, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "moved", "size", "(101)");
      assertBreaks(
          repatriated, Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, "repatriated", "size", "(101)");
    }

    @Test
    void recaptures_are_left_to_cus_004() {
      Ledger before = ledger(census("count-at-large", 10, AT_LARGE_SHADDADI, Estimate.exactly(10)));

      AppendResult result =
          before.append(
              DetaineesRecaptured.of(
                  id("recapture"),
                  day(20),
                  AT_LARGE_SHADDADI,
                  SYRIA_HELD,
                  said(Estimate.exactly(50))));

      assertKeeps(result, Rule.ACCOUNT_OVERDRAWN);
      assertThat(result.verdict().breaks(Rule.RECAPTURE_EXCEEDS_AT_LARGE)).isTrue();
    }
  }

  @Nested
  class TransferWithoutControl {

    @Test
    void a_custodian_moving_people_out_of_a_facility_another_controls_is_an_error() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SYRIA));

      AppendResult result =
          before.append(transfer("hol-out", 22, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

      assertBreaks(
          result,
          Rule.TRANSFER_WITHOUT_CONTROL,
          Severity.ERROR,
          "hol-out",
          "from",
          "custodian (sdf) transfers out of al-hol, which syria-gov controls since " + day(5));
      assertRejected(result, before);
    }

    @Test
    void a_transfer_on_the_day_control_changed_is_only_a_warning() {
      // the change and the transfer share a day: the ledger cannot tell which came first
      Ledger before =
          ledger(
              ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
              ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

      AppendResult result =
          before.append(transfer("hol-out", 21, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

      assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
      assertThat(result.verdict().warnings())
          .extracting(Violation::rule)
          .contains(Rule.TRANSFER_WITHOUT_CONTROL);
    }

    @Test
    void the_controller_is_the_one_at_the_time_of_the_transfer() {
      Ledger before =
          ledger(
              ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
              ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));
      DetaineesTransferred earlier =
          transfer("hol-out", 12, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50));

      AppendResult early = before.append(earlier);
      AppendResult late =
          before.append(transfer("hol-out", 22, SDF_AL_HOL, IRAQ_SITE, Estimate.exactly(50)));

      assertThat(early.verdict().violations()).isEmpty();
      assertAccepted(early, before, earlier);
      assertThat(early.ledger().events().indexOf(earlier)).isEqualTo(1);
      assertBreaks(
          late, Rule.TRANSFER_WITHOUT_CONTROL, Severity.ERROR, "hol-out", "from", "syria-gov");
    }

    @Test
    void the_controller_as_custodian_keeps_it() {
      Ledger before = ledger(ControlChanged.first(id("hasakah-first"), day(5), HASAKAH, SDF));

      AppendResult result =
          before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void no_recorded_control_contradicts_nothing() {
      AppendResult result =
          ledger()
              .append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void an_account_without_a_facility_is_not_checked() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SYRIA));

      AppendResult result =
          before.append(
              transfer(
                  "moved", 22, Account.heldIn(SDF, SY, FIGHTERS), IRAQ_SITE, Estimate.exactly(50)));

      assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
    }

    @Test
    void escapes_are_not_transfers() {
      Ledger before = ledger(ControlChanged.first(id("shaddadi-first"), day(5), SHADDADI, SYRIA));

      AppendResult result =
          before.append(
              DetaineesEscaped.of(
                  id("breakout"), day(15), SDF_SHADDADI, said(Estimate.about(150))));

      assertKeeps(result, Rule.TRANSFER_WITHOUT_CONTROL);
      assertThat(result.isAccepted()).isTrue();
    }
  }

  @Nested
  class ControlChangeFromWrongController {

    @Test
    void a_change_on_the_same_day_as_the_recorded_one_is_only_a_warning() {
      Ledger before =
          ledger(
              ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF),
              ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

      AppendResult result =
          before.append(ControlChanged.of(id("hol-again"), day(21), AL_HOL, SDF, USA));

      assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
      assertThat(result.verdict().warnings())
          .extracting(Violation::rule)
          .containsExactly(Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
    }

    @Test
    void a_change_from_someone_other_than_the_controller_is_an_error() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

      AppendResult result =
          before.append(ControlChanged.of(id("hol-taken"), day(21), AL_HOL, USA, SYRIA));

      assertBreaks(
          result,
          Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
          Severity.ERROR,
          "hol-taken",
          "from",
          "from (usa) is not the current controller of al-hol (sdf)");
      assertRejected(result, before);
    }

    @Test
    void a_second_first_control_is_an_error() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

      AppendResult result =
          before.append(ControlChanged.first(id("hol-again"), day(21), AL_HOL, SYRIA));

      assertBreaks(
          result,
          Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER,
          Severity.ERROR,
          "hol-again",
          "from",
          "from (none) records a first control of al-hol, which sdf already controls");
      assertRejected(result, before);
    }

    @Test
    void a_change_from_the_controller_keeps_it() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));
      ControlChanged taken = ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA);

      AppendResult result = before.append(taken);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, taken);
    }

    @Test
    void a_change_with_no_earlier_record_keeps_it() {
      AppendResult result =
          ledger().append(ControlChanged.of(id("hol-taken"), day(21), AL_HOL, SDF, SYRIA));

      assertKeeps(result, Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void control_of_another_facility_is_not_compared() {
      Ledger before = ledger(ControlChanged.first(id("hol-first"), day(5), AL_HOL, SDF));

      AppendResult result =
          before.append(ControlChanged.first(id("shaddadi-first"), day(6), SHADDADI, SYRIA));

      assertKeeps(result, Rule.CONTROL_CHANGE_FROM_WRONG_CONTROLLER);
    }
  }

  @Nested
  class RecaptureExceedsAtLarge {

    /**
     * Nobody at large from al-Shaddadi, then about 150 escape (142-158) by the government's count.
     */
    Ledger afterBreakout() {
      return ledger(
          census("none-at-large", 10, AT_LARGE_SHADDADI, Estimate.exactly(0)),
          DetaineesEscaped.of(
              id("breakout"), day(15), SDF_SHADDADI, said(SYRIA, Estimate.about(150))));
    }

    DetaineesRecaptured recapture(Estimate size) {
      return DetaineesRecaptured.of(
          id("recaptured"), day(20), AT_LARGE_SHADDADI, SYRIA_HELD, said(SYRIA, size));
    }

    @Test
    void recapturing_more_than_even_the_most_at_large_is_an_error() {
      Ledger before = afterBreakout();

      AppendResult result = before.append(recapture(Estimate.exactly(200)));

      assertBreaks(
          result,
          Rule.RECAPTURE_EXCEEDS_AT_LARGE,
          Severity.ERROR,
          "recaptured",
          "size",
          "recapturing exactly 200 from [at large from al-shaddadi: fighters affiliated with isis]",
          "where about 150 (142-158) are at large under the envelope reading",
          "even its low end (200) exceeds the high end (158)");
      assertRejected(result, before);
    }

    @Test
    void recapturing_more_than_the_best_at_large_is_a_warning() {
      Ledger before = afterBreakout();
      DetaineesRecaptured recaptured = recapture(Estimate.between(140, 170));

      AppendResult result = before.append(recaptured);

      assertBreaks(
          result,
          Rule.RECAPTURE_EXCEEDS_AT_LARGE,
          Severity.WARNING,
          "recaptured",
          "size",
          "its best value (155) exceeds the best value (150)");
      assertAccepted(result, before, recaptured);
    }

    @Test
    void recapturing_81_of_about_150_keeps_it() {
      Ledger before = afterBreakout();
      DetaineesRecaptured recaptured = recapture(Estimate.exactly(81));

      AppendResult result = before.append(recaptured);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, recaptured);
    }

    @Test
    void recapturing_the_best_number_at_large_keeps_it_without_a_warning() {
      AppendResult result = afterBreakout().append(recapture(Estimate.exactly(150)));

      assertKeeps(result, Rule.RECAPTURE_EXCEEDS_AT_LARGE);
    }

    @Test
    void recapturing_the_most_at_large_is_only_a_warning() {
      AppendResult result = afterBreakout().append(recapture(Estimate.exactly(158)));

      assertBreaks(
          result, Rule.RECAPTURE_EXCEEDS_AT_LARGE, Severity.WARNING, "recaptured", "size", "(158)");
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void nobody_counted_at_large_contradicts_no_recapture() {
      Ledger before =
          ledger(
              DetaineesEscaped.of(
                  id("breakout"), day(15), SDF_SHADDADI, said(SYRIA, Estimate.about(150))));

      AppendResult result = before.append(recapture(Estimate.exactly(10_000)));

      assertKeeps(result, Rule.RECAPTURE_EXCEEDS_AT_LARGE);
      assertThat(result.isAccepted()).isTrue();
    }
  }

  @Nested
  class UnknownReference {

    @Test
    void a_claim_by_an_actor_outside_the_world_is_an_error() {
      Ledger before = ledger();

      AppendResult result =
          before.append(
              DetaineesEscaped.of(
                  id("breakout"), day(15), SDF_SHADDADI, said(I24, Estimate.about(150))));

      assertBreaks(
          result,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "breakout",
          "size",
          "actor (i24news) is not in the world");
      assertRejected(result, before);
    }

    @Test
    void a_claim_relayed_through_an_outlet_outside_the_world_is_an_error() {
      Claim relayed =
          Claim.builder()
              .estimate(Estimate.upTo(200))
              .source(Source.of(USA, "a U.S. military official"))
              .channel(ActorId.of("nyt"))
              .reported(day(21))
              .build();

      AppendResult result =
          ledger()
              .append(
                  DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, Figure.of(relayed)));

      assertBreaks(
          result,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "breakout",
          "size",
          "actor (nyt) is not in the world");
    }

    @Test
    void a_facility_outside_the_world_is_an_error() {
      AppendResult result =
          ledger()
              .append(
                  transfer(
                      "moved",
                      21,
                      SDF_HASAKAH,
                      Account.heldAt(IRAQ, NOWHERE, FIGHTERS),
                      Estimate.exactly(150)));

      assertBreaks(
          result,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "moved",
          "to",
          "facility (camp-nowhere) is not in the world");
    }

    @Test
    void every_unknown_name_is_one_violation() {
      DetaineesTransferred transfer =
          DetaineesTransferred.builder()
              .id(id("moved"))
              .when(day(21))
              .from(Account.heldAt(I24, HASAKAH, FIGHTERS))
              .to(Account.heldAt(IRAQ, NOWHERE, FIGHTERS))
              .size(said(Estimate.exactly(150)))
              .carrier(ActorId.of("centcom"))
              .build();

      AppendResult result = ledger().append(transfer);

      assertThat(result.verdict().violations())
          .extracting(Violation::rule, Violation::field, Violation::message)
          .containsExactly(
              tuple(Rule.UNKNOWN_REFERENCE, "from", "actor (i24news) is not in the world"),
              tuple(Rule.UNKNOWN_REFERENCE, "to", "facility (camp-nowhere) is not in the world"),
              tuple(Rule.UNKNOWN_REFERENCE, "carrier", "actor (centcom) is not in the world"));
    }

    @Test
    void a_control_change_to_an_unknown_actor_or_of_an_unknown_facility_is_an_error() {
      AppendResult actor =
          ledger().append(ControlChanged.first(id("hol-first"), day(5), AL_HOL, I24));
      AppendResult facility =
          ledger().append(ControlChanged.first(id("nowhere-first"), day(5), NOWHERE, SDF));

      assertBreaks(actor, Rule.UNKNOWN_REFERENCE, Severity.ERROR, "hol-first", "to", "i24news");
      assertBreaks(
          facility,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "nowhere-first",
          "facility",
          "camp-nowhere");
    }

    @Test
    void a_transfer_naming_no_plan_of_the_ledger_is_an_error() {
      Ledger before = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(300)));

      AppendResult missing =
          before.append(
              transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
      AppendResult notAPlan =
          before.append(
              DetaineesTransferred.builder()
                  .id(id("first-batch"))
                  .when(day(21))
                  .from(SDF_HASAKAH)
                  .to(IRAQ_SITE)
                  .size(said(Estimate.exactly(150)))
                  .plan(id("count-hasakah"))
                  .build());

      assertBreaks(
          missing,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "first-batch",
          "plan",
          "plan (plan-iraq) is not a transfer plan of the ledger");
      assertBreaks(
          notAPlan,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "first-batch",
          "plan",
          "plan (count-hasakah)");
      assertRejected(missing, before);
    }

    @Test
    void a_plan_naming_an_agreement_nobody_concluded_is_an_error() {
      AppendResult result =
          ledger()
              .append(
                  planBuilder()
                      .unnamedFacilities(2)
                      .receiver(IRAQ)
                      .agreement(AgreementId.of("transfer-arrangement"))
                      .build());

      assertBreaks(
          result,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "plan-iraq",
          "agreement",
          "agreement (transfer-arrangement) is not concluded in the ledger");
    }

    @Test
    void a_plan_with_an_unknown_receiver_or_destination_is_an_error() {
      AppendResult result =
          ledger()
              .append(
                  planBuilder().unnamedFacilities(2).receiver(I24).destination(NOWHERE).build());

      assertThat(result.verdict().violations())
          .extracting(Violation::field)
          .containsExactly("receiver", "destination");
    }

    @Test
    void meeting_an_obligation_of_an_unknown_agreement_or_an_unknown_obligation_is_an_error() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

      AppendResult agreement =
          before.append(ObligationMet.of(id("met"), day(22), AgreementId.of("truce"), INTEGRATION));
      AppendResult obligation =
          before.append(ObligationMet.of(id("met"), day(22), CEASEFIRE, ObligationId.of("disarm")));

      assertBreaks(
          agreement,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "met",
          "agreement",
          "agreement (truce) is not concluded in the ledger");
      assertBreaks(
          obligation,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "met",
          "obligation",
          "obligation (disarm) is not part of ceasefire");
    }

    @Test
    void a_census_of_an_unknown_custodian_and_an_agreement_with_an_unknown_party_are_errors() {
      AppendResult census =
          ledger()
              .append(
                  CensusTaken.of(
                      id("count"),
                      day(10),
                      CensusScope.custodian(I24),
                      said(Estimate.about(9_000))));
      AppendResult agreement =
          ledger()
              .append(
                  concluded("truce", agreement(AgreementId.of("truce"), SDF, SYRIA, I24).build()));

      assertBreaks(
          census, Rule.UNKNOWN_REFERENCE, Severity.ERROR, "count", "scope", "actor (i24news)");
      assertBreaks(
          agreement,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "truce",
          "agreement.parties",
          "actor (i24news)");
    }

    @Test
    void names_the_world_knows_keep_it() {
      Ledger before = ledger(planToIraq());
      DetaineesTransferred firstBatch =
          transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150));

      AppendResult result = before.append(firstBatch);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, firstBatch);
    }
  }

  @Nested
  class TransferBeyondPlan {

    Ledger afterFirstBatch() {
      return ledger(
          planToIraq(),
          transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
    }

    @Test
    void transfers_exceeding_even_the_largest_plan_are_an_error() {
      // 150 + 7,300 = 7,450 > 7,350; 7,300 alone would not be
      Ledger before = afterFirstBatch();

      AppendResult result =
          before.append(
              transferUnderPlan(
                  "second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(7_300)));

      assertBreaks(
          result,
          Rule.TRANSFER_BEYOND_PLAN,
          Severity.ERROR,
          "second-batch",
          "size",
          "transfers under plan-iraq would total exactly 7,450 against about 7,000 (6,650-7,350)"
              + " planned",
          "under the envelope reading",
          "even its low end (7450) exceeds the high end (7350)");
      assertRejected(result, before);
    }

    @Test
    void transfers_exceeding_the_planned_best_value_are_a_warning() {
      // 150 + 6,900 = 7,050 > 7,000
      Ledger before = afterFirstBatch();
      DetaineesTransferred second =
          transferUnderPlan("second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(6_900));

      AppendResult result = before.append(second);

      assertBreaks(
          result,
          Rule.TRANSFER_BEYOND_PLAN,
          Severity.WARNING,
          "second-batch",
          "size",
          "would total exactly 7,050",
          "its best value (7050) exceeds the best value (7000)");
      assertAccepted(result, before, second);
    }

    @Test
    void transfers_within_the_plan_keep_it() {
      AppendResult result =
          afterFirstBatch()
              .append(
                  transferUnderPlan(
                      "second-batch", 25, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(6_850)));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void the_first_batch_keeps_it() {
      AppendResult result =
          ledger(planToIraq())
              .append(
                  transferUnderPlan(
                      "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.TRANSFER_BEYOND_PLAN);
    }

    @Test
    void transfers_under_no_plan_are_not_counted_against_it() {
      Ledger before =
          ledger(
              planToIraq(),
              transfer("off-plan", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(7_000)));

      AppendResult result =
          before.append(
              transferUnderPlan("first-batch", 23, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.TRANSFER_BEYOND_PLAN);
    }
  }

  @Nested
  class BeforeReferent {

    @Test
    void a_transfer_dated_before_its_plan_is_an_error() {
      Ledger before = ledger(planToIraq());

      AppendResult result =
          before.append(
              transferUnderPlan("early-batch", 19, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertBreaks(
          result,
          Rule.BEFORE_REFERENT,
          Severity.ERROR,
          "early-batch",
          "when",
          "when (2026-01-19 (Asia/Damascus)) is before plan plan-iraq was made (2026-01-21"
              + " (Asia/Damascus))");
      assertRejected(result, before);
    }

    @Test
    void a_transfer_on_the_day_of_its_plan_keeps_it() {
      AppendResult result =
          ledger(planToIraq())
              .append(
                  transferUnderPlan(
                      "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.BEFORE_REFERENT);
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void meeting_an_obligation_before_its_agreement_was_concluded_is_an_error() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

      AppendResult result =
          before.append(ObligationMet.of(id("decided"), day(18), CEASEFIRE, INTEGRATION));

      assertBreaks(
          result,
          Rule.BEFORE_REFERENT,
          Severity.ERROR,
          "decided",
          "when",
          "when (2026-01-18 (Asia/Damascus)) is before agreement ceasefire was concluded"
              + " (2026-01-20 (Asia/Damascus))");
      assertRejected(result, before);
    }

    @Test
    void extending_a_deadline_before_the_agreement_is_an_error() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(
                  DeadlineExtended.of(
                      id("extended"),
                      day(19),
                      CEASEFIRE,
                      INTEGRATION,
                      Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)));

      assertBreaks(
          result,
          Rule.BEFORE_REFERENT,
          Severity.ERROR,
          "extended",
          "when",
          "before agreement ceasefire");
    }

    @Test
    void a_plan_made_before_its_agreement_is_an_error() {
      Agreement arrangement =
          Agreement.builder()
              .id(AgreementId.of("transfer-arrangement"))
              .kind(AgreementKind.TRANSFER_ARRANGEMENT)
              .title("transfer of detainees to Iraq")
              .addParties(USA, IRAQ)
              .concluded(day(22))
              .build();
      Ledger before = ledger(concluded("arrangement", arrangement));

      AppendResult result =
          before.append(
              planBuilder()
                  .unnamedFacilities(2)
                  .receiver(IRAQ)
                  .agreement(arrangement.id())
                  .build());

      assertBreaks(
          result,
          Rule.BEFORE_REFERENT,
          Severity.ERROR,
          "plan-iraq",
          "when",
          "before agreement transfer-arrangement");
      assertKeeps(result, Rule.UNKNOWN_REFERENCE);
    }

    @Test
    void meeting_an_obligation_after_the_agreement_keeps_it() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result.isAccepted()).isTrue();
    }
  }

  @Nested
  class ObligationMetLate {

    @Test
    void meeting_an_obligation_after_its_deadline_lapsed_is_a_warning() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      ObligationMet decided = ObligationMet.of(id("decided"), day(25), CEASEFIRE, INTEGRATION);

      AppendResult result = before.append(decided);

      assertBreaks(
          result,
          Rule.OBLIGATION_MET_LATE,
          Severity.WARNING,
          "decided",
          "when",
          "when (2026-01-25 (Asia/Damascus)) is after the deadline (end of 2026-01-24"
              + " (Asia/Damascus)) lapsed");
      assertAccepted(result, before, decided);
      assertThat(result.verdict().warnings()).hasSize(1);
    }

    @Test
    void meeting_it_on_the_last_day_keeps_it() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(ObligationMet.of(id("decided"), day(24), CEASEFIRE, INTEGRATION));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void meeting_it_at_a_time_that_may_have_been_in_time_keeps_it() {
      When dayOrNext = When.between(LocalDate.of(2026, 1, 24), LocalDate.of(2026, 1, 25), DAMASCUS);

      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(ObligationMet.of(id("decided"), dayOrNext, CEASEFIRE, INTEGRATION));

      assertKeeps(result, Rule.OBLIGATION_MET_LATE);
    }

    @Test
    void an_extension_in_force_keeps_it() {
      Ledger before =
          ledger(
              concluded("ceasefire-agreed", ceasefire()),
              DeadlineExtended.of(
                  id("extended"),
                  day(23),
                  CEASEFIRE,
                  INTEGRATION,
                  Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS)));

      AppendResult result =
          before.append(ObligationMet.of(id("decided"), day(25), CEASEFIRE, INTEGRATION));

      assertKeeps(result, Rule.OBLIGATION_MET_LATE);
      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void an_obligation_without_a_deadline_is_never_late() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(ObligationMet.of(id("lists"), day(31), CEASEFIRE, NO_DEADLINE));

      assertThat(result.verdict().violations()).isEmpty();
    }
  }

  @Nested
  class CensusDisagrees {

    @Test
    void a_count_outside_the_balance_of_its_account_is_a_warning() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));
      CensusTaken recount = census("recount-shaddadi", 20, SDF_SHADDADI, Estimate.exactly(1_200));

      AppendResult result = before.append(recount);

      assertBreaks(
          result,
          Rule.CENSUS_DISAGREES,
          Severity.WARNING,
          "recount-shaddadi",
          "count",
          "count (exactly 1,200) of [held by sdf at al-shaddadi: fighters affiliated with isis]",
          "cannot agree with the balances it covers (exactly 1,000) under the envelope reading: 200"
              + " apart");
      assertAccepted(result, before, recount);
    }

    @Test
    void a_count_the_balance_allows_keeps_it() {
      AppendResult result =
          ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.about(1_000)))
              .append(census("recount-shaddadi", 20, SDF_SHADDADI, Estimate.exactly(1_050)));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_count_of_an_account_nobody_counted_keeps_it() {
      AppendResult result =
          ledger().append(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_count_of_a_country_below_the_counts_it_covers_is_a_warning() {
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)),
              census("count-iraq", 10, IRAQ_SITE, Estimate.exactly(5_000)));

      AppendResult result =
          before.append(
              CensusTaken.of(
                  id("count-syria"),
                  day(21),
                  CensusScope.country(SY),
                  said(Estimate.about(2_000))));

      assertBreaks(
          result,
          Rule.CENSUS_DISAGREES,
          Severity.WARNING,
          "count-syria",
          "count",
          "count (about 2,000 (1,900-2,100)) of country SY",
          "cannot agree with the balances it covers (at least 3,000)",
          "900 apart");
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void a_count_of_a_country_above_the_counts_it_covers_keeps_it() {
      // about 9,000 held in Syria: the prisons nobody counted may hold the other 6,000
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)));

      AppendResult result =
          before.append(
              CensusTaken.of(
                  id("count-syria"),
                  day(21),
                  CensusScope.country(SY),
                  said(Estimate.about(9_000))));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_count_of_a_country_covering_its_counts_keeps_it() {
      // the 5,000 held in Iraq are outside the scope; counting them would make 8,000
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              census("count-hol", 10, SDF_AL_HOL, Estimate.exactly(2_000)),
              census("count-iraq", 10, IRAQ_SITE, Estimate.exactly(5_000)));

      AppendResult result =
          before.append(
              CensusTaken.of(
                  id("count-syria"),
                  day(21),
                  CensusScope.country(SY),
                  said(Estimate.about(3_000))));

      assertThat(result.verdict().violations()).isEmpty();
    }
  }

  @Nested
  class DuplicateEventId {

    @Test
    void the_ledger_reports_an_id_it_already_holds_before_any_other_check() {
      Ledger before =
          ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
      // otherwise sound, but also naming an unknown facility: only the duplicate is reported
      AppendResult result =
          before.append(
              transfer(
                  "first-batch",
                  22,
                  SDF_HASAKAH,
                  Account.heldAt(IRAQ, NOWHERE, FIGHTERS),
                  Estimate.exactly(150)));

      Violation duplicate =
          assertBreaks(
              result,
              Rule.DUPLICATE_EVENT_ID,
              Severity.ERROR,
              "first-batch",
              "id",
              "id (first-batch) is already used by detainees-transferred first-batch 2026-01-21");
      assertThat(result.verdict().violations()).containsExactly(duplicate);
      assertRejected(result, before);
    }

    @Test
    void an_id_of_its_own_keeps_it() {
      Ledger before =
          ledger(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      AppendResult result =
          before.append(
              transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertKeeps(result, Rule.DUPLICATE_EVENT_ID);
      assertThat(result.isAccepted()).isTrue();
    }

    @Test
    void the_id_of_a_rejected_event_is_free() {
      Ledger before = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)));
      DetaineesTransferred sound =
          transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(100));

      AppendResult rejected =
          before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));
      AppendResult accepted = rejected.ledger().append(sound);

      assertThat(rejected.isAccepted()).isFalse();
      assertThat(accepted.verdict().violations()).isEmpty();
      assertAccepted(accepted, before, sound);
    }

    @Test
    void the_rule_itself_reports_another_event_of_the_same_id() {
      Event earlier = census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100));
      Event event = release("count-hasakah", 20, SDF_HASAKAH, Estimate.exactly(10));

      ImmutableList<Violation> found =
          Rule.DUPLICATE_EVENT_ID.check(event, new StubContext(earlier));
      ImmutableList<Violation> none =
          Rule.DUPLICATE_EVENT_ID.check(
              release("release-1", 20, SDF_HASAKAH, Estimate.exactly(10)),
              new StubContext(earlier));

      assertThat(found).hasSize(1);
      assertThat(found.get(0).rule()).isEqualTo(Rule.DUPLICATE_EVENT_ID);
      assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
      assertThat(found.get(0).event()).isEqualTo(id("count-hasakah"));
      assertThat(found.get(0).field()).isEqualTo("id");
      assertThat(found.get(0).message())
          .startsWith("id (count-hasakah) is already used by census-taken count-hasakah");
      assertThat(none).isEmpty();
    }
  }

  @Nested
  class TransferOutsidePlan {

    @Test
    void a_transfer_from_a_facility_outside_the_origin_country_is_an_error() {
      Ledger before = ledger(planToIraq());

      AppendResult result =
          before.append(
              transferUnderPlan(
                  "moved", 22, IRAQ_SITE, Account.held(IRAQ, FIGHTERS), Estimate.exactly(10)));

      assertBreaks(
          result,
          Rule.TRANSFER_OUTSIDE_PLAN,
          Severity.ERROR,
          "moved",
          "from",
          "facility (iraq-secure) is not among the origins of plan plan-iraq ([al-shaddadi] and at least 2 unnamed in SY)");
      assertRejected(result, before);
    }

    @Test
    void a_transfer_from_an_unnamed_facility_of_a_closed_plan_is_an_error() {
      Ledger before = ledger(closedPlan());

      AppendResult result =
          before.append(
              transferUnderPlan("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertBreaks(
          result,
          Rule.TRANSFER_OUTSIDE_PLAN,
          Severity.ERROR,
          "first-batch",
          "from",
          "facility (hasakah-facility) is not among the origins of plan plan-iraq");
      // a closed plan's origins are its named facilities alone
      assertThat(result.verdict().violations().get(0).message())
          .endsWith("plan-iraq ([al-shaddadi] in SY)");
    }

    @Test
    void a_transfer_of_another_cohort_is_an_error() {
      Ledger before = ledger(planToIraq());

      AppendResult result =
          before.append(
              transferUnderPlan(
                  "families",
                  22,
                  Account.heldAt(SDF, AL_HOL, FAMILIES),
                  Account.heldAt(IRAQ, IRAQ_SECURE, FAMILIES),
                  Estimate.exactly(50)));

      assertBreaks(
          result,
          Rule.TRANSFER_OUTSIDE_PLAN,
          Severity.ERROR,
          "families",
          "from",
          "cohort (family members affiliated with isis) is not the cohort of plan plan-iraq"
              + " (fighters affiliated with isis)");
      assertRejected(result, before);
    }

    @Test
    void a_transfer_from_an_unnamed_jail_in_the_origin_country_of_an_open_plan_keeps_it() {
      AppendResult result =
          ledger(planToIraq())
              .append(
                  transferUnderPlan(
                      "first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_transfer_from_a_named_facility_of_a_closed_plan_keeps_it() {
      AppendResult result =
          ledger(closedPlan())
              .append(
                  transferUnderPlan(
                      "from-shaddadi", 21, SDF_SHADDADI, IRAQ_SITE, Estimate.exactly(150)));

      assertThat(result.verdict().violations()).isEmpty();
    }

    @Test
    void a_transfer_from_no_reported_facility_is_not_checked_for_origin() {
      AppendResult result =
          ledger(closedPlan())
              .append(
                  transferUnderPlan(
                      "moved",
                      21,
                      Account.heldIn(SDF, SY, FIGHTERS),
                      IRAQ_SITE,
                      Estimate.exactly(150)));

      assertKeeps(result, Rule.TRANSFER_OUTSIDE_PLAN);
    }
  }

  @Nested
  class ObligationAlreadySettled {

    @Test
    void meeting_an_obligation_twice_is_an_error() {
      Ledger before =
          ledger(
              concluded("ceasefire-agreed", ceasefire()),
              ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

      AppendResult result =
          before.append(ObligationMet.of(id("decided-again"), day(23), CEASEFIRE, INTEGRATION));

      assertBreaks(
          result,
          Rule.OBLIGATION_ALREADY_SETTLED,
          Severity.ERROR,
          "decided-again",
          "obligation",
          "obligation (decide-integration) of ceasefire is already met 2026-01-22 (Asia/Damascus)");
      assertRejected(result, before);
    }

    @Test
    void meeting_a_waived_obligation_is_an_error() {
      Agreement waived =
          agreement(CEASEFIRE, SDF, SYRIA)
              .addObligations(
                  Obligation.builder()
                      .id(INTEGRATION)
                      .obligor(SDF)
                      .description("decide how to integrate")
                      .deadline(integrationDeadline())
                      .waived(day(21))
                      .build())
              .build();

      AppendResult result =
          ledger(concluded("ceasefire-agreed", waived))
              .append(ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION));

      assertBreaks(
          result,
          Rule.OBLIGATION_ALREADY_SETTLED,
          Severity.ERROR,
          "decided",
          "obligation",
          "is already waived 2026-01-21 (Asia/Damascus)");
    }

    @Test
    void meeting_an_obligation_once_keeps_it() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      ObligationMet decided = ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION);

      AppendResult result = before.append(decided);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, decided);
    }

    @Test
    void meeting_another_obligation_of_the_agreement_keeps_it() {
      AppendResult result =
          ledger(
                  concluded("ceasefire-agreed", ceasefire()),
                  ObligationMet.of(id("decided"), day(22), CEASEFIRE, INTEGRATION))
              .append(ObligationMet.of(id("lists"), day(23), CEASEFIRE, NO_DEADLINE));

      assertKeeps(result, Rule.OBLIGATION_ALREADY_SETTLED);
    }
  }

  @Nested
  class ExtensionNotLater {

    DeadlineExtended extendTo(String id, int day, ObligationId obligation, int dueDay) {
      return DeadlineExtended.of(
          id(id),
          day(day),
          CEASEFIRE,
          obligation,
          Deadline.on(LocalDate.of(2026, 1, dueDay), DAMASCUS));
    }

    @Test
    void extending_to_the_same_deadline_is_an_error() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

      AppendResult result = before.append(extendTo("extended", 23, INTEGRATION, 24));

      assertBreaks(
          result,
          Rule.EXTENSION_NOT_LATER,
          Severity.ERROR,
          "extended",
          "deadline",
          "deadline (end of 2026-01-24 (Asia/Damascus)) does not lapse after the latest recorded deadline"
              + " (end of 2026-01-24 (Asia/Damascus))");
      assertRejected(result, before);
    }

    @Test
    void extending_to_an_earlier_deadline_is_an_error() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(extendTo("extended", 22, INTEGRATION, 23));

      assertBreaks(
          result, Rule.EXTENSION_NOT_LATER, Severity.ERROR, "extended", "deadline", "2026-01-23");
    }

    @Test
    void a_further_extension_is_compared_with_the_last_one() {
      Ledger before =
          ledger(
              concluded("ceasefire-agreed", ceasefire()),
              extendTo("extended", 23, INTEGRATION, 28));

      AppendResult shorter = before.append(extendTo("extended-again", 25, INTEGRATION, 26));
      AppendResult longer = before.append(extendTo("extended-again", 25, INTEGRATION, 30));

      assertBreaks(
          shorter,
          Rule.EXTENSION_NOT_LATER,
          Severity.ERROR,
          "extended-again",
          "deadline",
          "the latest recorded deadline (end of 2026-01-28 (Asia/Damascus))");
      assertThat(longer.verdict().violations()).isEmpty();
    }

    @Test
    void the_deadline_in_force_is_the_latest_of_several_extensions() {
      Ledger before =
          ledger(
              concluded("ceasefire-agreed", ceasefire()),
              extendTo("extended", 23, INTEGRATION, 28),
              extendTo("extended-again", 25, INTEGRATION, 30));

      AppendResult result = before.append(extendTo("extended-thrice", 27, INTEGRATION, 29));

      assertBreaks(
          result,
          Rule.EXTENSION_NOT_LATER,
          Severity.ERROR,
          "extended-thrice",
          "deadline",
          "the latest recorded deadline (end of 2026-01-30 (Asia/Damascus))");
      assertRejected(result, before);
    }

    @Test
    void extending_an_obligation_without_a_deadline_is_an_error() {
      AppendResult result =
          ledger(concluded("ceasefire-agreed", ceasefire()))
              .append(extendTo("extended", 23, NO_DEADLINE, 28));

      assertBreaks(
          result,
          Rule.EXTENSION_NOT_LATER,
          Severity.ERROR,
          "extended",
          "obligation",
          "obligation (hand-over-lists) of ceasefire has no deadline to extend");
    }

    @Test
    void extending_to_a_later_deadline_keeps_it() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      DeadlineExtended extended = extendTo("extended", 23, INTEGRATION, 28);

      AppendResult result = before.append(extended);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, extended);
    }
  }

  @Nested
  class AgreementAlreadyConcluded {

    @Test
    void concluding_an_agreement_twice_is_an_error() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));

      AppendResult result = before.append(concluded("ceasefire-again", ceasefire()));

      assertBreaks(
          result,
          Rule.AGREEMENT_ALREADY_CONCLUDED,
          Severity.ERROR,
          "ceasefire-again",
          "agreement",
          "agreement (ceasefire) was already concluded");
      assertRejected(result, before);
    }

    @Test
    void concluding_another_agreement_keeps_it() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      AgreementConcluded truce =
          concluded("truce-agreed", agreement(AgreementId.of("truce"), SDF, SYRIA).build());

      AppendResult result = before.append(truce);

      assertThat(result.verdict().violations()).isEmpty();
      assertAccepted(result, before, truce);
    }
  }

  // ------------------------------------------------------------------------------------------
  // how the ledger applies the rules

  @Nested
  class Appending {

    @Test
    void a_rejected_event_leaves_the_ledger_equal_to_the_one_before() {
      Ledger before =
          ledger(
              census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)),
              ControlChanged.first(id("hasakah-first"), day(11), HASAKAH, SDF));
      ImmutableList<Event> events = before.events();

      AppendResult result =
          before.append(transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(150)));

      assertThat(result.ledger()).isSameAs(before).isEqualTo(before);
      assertThat(before.events()).isEqualTo(events);
      assertThat(before.event(id("first-batch"))).isEmpty();
      assertThat(before.situationAt(day(25).end()).balance(SDF_HASAKAH))
          .isEqualTo(Estimate.exactly(100));
    }

    @Test
    void a_rejected_agreement_is_not_known_to_later_events() {
      Ledger before = ledger(concluded("ceasefire-agreed", ceasefire()));
      Agreement arrangement =
          Agreement.builder()
              .id(AgreementId.of("transfer-arrangement"))
              .kind(AgreementKind.TRANSFER_ARRANGEMENT)
              .title("transfer of detainees to Iraq")
              .addParties(USA, IRAQ, I24) // i24news is not in the world
              .concluded(day(21))
              .build();

      AppendResult rejected = before.append(concluded("arrangement", arrangement));
      AppendResult plan =
          rejected
              .ledger()
              .append(
                  planBuilder()
                      .unnamedFacilities(2)
                      .receiver(IRAQ)
                      .agreement(arrangement.id())
                      .build());

      assertRejected(rejected, before);
      assertBreaks(
          plan,
          Rule.UNKNOWN_REFERENCE,
          Severity.ERROR,
          "plan-iraq",
          "agreement",
          "transfer-arrangement");
    }

    @Test
    void a_late_event_that_makes_a_later_event_break_a_rule_is_rejected() {
      // 1,000 counted, 900 released on the 20th; an escape of 200 reported late for the 15th
      // leaves 800 for the release
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(900)));
      DetaineesEscaped late =
          DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(200)));

      AppendResult result = before.append(late);

      Violation violation =
          assertBreaks(
              result,
              Rule.ACCOUNT_OVERDRAWN,
              Severity.ERROR,
              "release-1",
              "size",
              "moving exactly 900",
              "which holds exactly 800");
      assertThat(result.verdict().violations()).containsExactly(violation);
      assertRejected(result, before);
      assertThat(before.event(id("breakout"))).isEmpty();
    }

    @Test
    void a_late_event_that_breaks_nothing_is_inserted_in_its_place() {
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(1_000)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(700)));
      DetaineesEscaped late =
          DetaineesEscaped.of(id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(200)));

      AppendResult result = before.append(late);

      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result.ledger().events())
          .extracting(Event::id)
          .containsExactly(id("count-shaddadi"), id("breakout"), id("release-1"));
      assertThat(result.ledger().situationAt(day(25).end()).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(100));
    }

    @Test
    void a_late_event_reports_the_warnings_of_the_events_it_precedes() {
      Ledger before =
          ledger(
              census("count-shaddadi", 10, SDF_SHADDADI, Estimate.between(900, 1_100)),
              release("release-1", 20, SDF_SHADDADI, Estimate.exactly(800)));
      // 1,000 (900-1,100) less 250 is 750 (650-850): the release of 800, once below the best
      // balance, now exceeds it, though the range still allows it
      AppendResult result =
          before.append(
              DetaineesEscaped.of(
                  id("breakout"), day(15), SDF_SHADDADI, said(Estimate.exactly(250))));

      assertBreaks(
          result,
          Rule.ACCOUNT_OVERDRAWN,
          Severity.WARNING,
          "release-1",
          "size",
          "(800) exceeds the best value (750)");
      assertThat(result.isAccepted()).isTrue();
      assertThat(result.ledger().size()).isEqualTo(3);
    }

    @Test
    void every_violation_is_collected_in_the_order_of_the_rule_codes() {
      Ledger before = ledger(census("count-shaddadi", 10, SDF_SHADDADI, Estimate.exactly(100)));

      AppendResult result =
          before.append(
              DetaineesReleased.of(
                  id("release-1"), day(20), SDF_SHADDADI, said(I24, Estimate.exactly(150))));

      assertThat(result.verdict().violations())
          .extracting(Violation::code)
          .containsExactly("CUS-001", "CUS-005");
      assertThat(result.verdict().errors()).hasSize(2);
    }

    @Test
    void append_all_stops_at_the_first_rejected_event() {
      Ledger start = ledger(census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100)));
      DetaineesTransferred first =
          transfer("first-batch", 21, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(60));
      DetaineesTransferred second =
          transfer("second-batch", 22, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(60));
      DetaineesTransferred third =
          transfer("third-batch", 23, SDF_HASAKAH, IRAQ_SITE, Estimate.exactly(10));

      AppendResult result = start.appendAll(List.of(first, second, third));

      assertThat(result.isAccepted()).isFalse();
      assertThat(result.ledger().events())
          .extracting(Event::id)
          .containsExactly(id("count-hasakah"), id("first-batch"));
      assertThat(the(Rule.ACCOUNT_OVERDRAWN, result).event()).isEqualTo(id("second-batch"));
    }
  }

  // ------------------------------------------------------------------------------------------
  // Verdict, Violation, Rule

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

  @Nested
  class Verdicts {

    @Test
    void a_clean_verdict_accepts_and_says_so() {
      assertThat(Verdict.clean().isAccepted()).isTrue();
      assertThat(Verdict.clean().violations()).isEmpty();
      assertThat(Verdict.clean().errors()).isEmpty();
      assertThat(Verdict.clean().warnings()).isEmpty();
      assertThat(Verdict.clean()).hasToString("accepted").isEqualTo(Verdict.of(List.of()));
    }

    @Test
    void warnings_alone_accept() {
      Verdict verdict = Verdict.of(List.of(LATE, DISAGREES));

      assertThat(verdict.isAccepted()).isTrue();
      assertThat(verdict.errors()).isEmpty();
      assertThat(verdict.warnings()).containsExactly(LATE, DISAGREES);
      assertThat(verdict)
          .hasToString(
              "accepted with 2 warnings\n  CUS-008 warning in decided (when): late\n"
                  + "  CUS-009 warning in count (count): apart");
    }

    @Test
    void one_error_rejects() {
      Verdict verdict = Verdict.of(List.of(LATE, OVERDRAWN));

      assertThat(verdict.isAccepted()).isFalse();
      assertThat(verdict.errors()).containsExactly(OVERDRAWN);
      assertThat(verdict.warnings()).containsExactly(LATE);
      assertThat(verdict.violations()).containsExactly(LATE, OVERDRAWN);
      assertThat(verdict)
          .hasToString(
              "rejected: 1 error, 1 warning\n  CUS-008 warning in decided (when): late\n"
                  + "  CUS-001 error in release-1 (size): too many");
    }

    @Test
    void counts_are_worded_in_the_singular_and_plural() {
      assertThat(Verdict.of(List.of(OVERDRAWN))).hasToString("rejected: 1 error\n  " + OVERDRAWN);
      assertThat(Verdict.of(List.of(LATE))).hasToString("accepted with 1 warning\n  " + LATE);
      assertThat(Verdict.of(List.of(OVERDRAWN, UNKNOWN, LATE, DISAGREES)).toString())
          .startsWith("rejected: 2 errors, 2 warnings\n");
    }

    @Test
    void breaks_names_exactly_the_rules_of_its_violations() {
      Verdict verdict = Verdict.of(List.of(OVERDRAWN, LATE));

      assertThat(verdict.breaks(Rule.ACCOUNT_OVERDRAWN)).isTrue();
      assertThat(verdict.breaks(Rule.OBLIGATION_MET_LATE)).isTrue();
      assertThat(verdict.breaks(Rule.UNKNOWN_REFERENCE)).isFalse();
      assertThat(Verdict.clean().breaks(Rule.ACCOUNT_OVERDRAWN)).isFalse();
    }

    @Test
    void plus_keeps_this_verdicts_violations_then_the_others() {
      Verdict first = Verdict.of(List.of(LATE));
      Verdict second = Verdict.of(List.of(OVERDRAWN, DISAGREES));

      assertThat(first.plus(second).violations()).containsExactly(LATE, OVERDRAWN, DISAGREES);
      assertThat(second.plus(first).violations()).containsExactly(OVERDRAWN, DISAGREES, LATE);
      assertThat(first.plus(Verdict.clean())).isSameAs(first);
      assertThat(Verdict.clean().plus(second)).isEqualTo(second);
      assertThat(first.plus(second).isAccepted()).isFalse();
    }
  }

  @Nested
  class Violations {

    @Test
    void a_violation_prints_its_code_severity_event_field_and_message() {
      assertThat(OVERDRAWN).hasToString("CUS-001 error in release-1 (size): too many");
      assertThat(LATE).hasToString("CUS-008 warning in decided (when): late");
    }

    @Test
    void a_violation_knows_its_code_and_whether_it_is_an_error() {
      assertThat(OVERDRAWN.code()).isEqualTo("CUS-001");
      assertThat(OVERDRAWN.isError()).isTrue();
      assertThat(LATE.code()).isEqualTo("CUS-008");
      assertThat(LATE.isError()).isFalse();
    }

    @Test
    void a_rule_that_is_an_error_at_most_may_report_a_warning() {
      Violation warning =
          Violation.of(
              Rule.ACCOUNT_OVERDRAWN, Severity.WARNING, EventId.of("release-1"), "size", "best");

      assertThat(warning.isError()).isFalse();
      assertThat(warning).hasToString("CUS-001 warning in release-1 (size): best");
    }

    @Test
    void a_blank_field_or_message_is_refused() {
      assertThatThrownBy(
              () ->
                  Violation.of(
                      Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, EventId.of("e"), " ", "message"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Violation.field");
      assertThatThrownBy(
              () ->
                  Violation.of(Rule.ACCOUNT_OVERDRAWN, Severity.ERROR, EventId.of("e"), "size", ""))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Violation.message");
    }

    @Test
    void violations_are_equal_by_value() {
      assertThat(
              Violation.of(
                  Rule.ACCOUNT_OVERDRAWN,
                  Severity.ERROR,
                  EventId.of("release-1"),
                  "size",
                  "too many"))
          .isEqualTo(OVERDRAWN)
          .hasSameHashCodeAs(OVERDRAWN)
          .isNotEqualTo(
              Violation.of(
                  Rule.ACCOUNT_OVERDRAWN,
                  Severity.WARNING,
                  EventId.of("release-1"),
                  "size",
                  "too many"));
    }
  }

  @Nested
  class Rules {

    @Test
    void of_code_finds_every_rule_by_its_code() {
      for (Rule rule : Rule.values()) {
        assertThat(Rule.ofCode(rule.code())).isSameAs(rule);
      }
      assertThat(Rule.ofCode("CUS-001")).isEqualTo(Rule.ACCOUNT_OVERDRAWN);
      assertThat(Rule.ofCode("CUS-014")).isEqualTo(Rule.AGREEMENT_ALREADY_CONCLUDED);
    }

    @Test
    void of_code_refuses_a_code_no_rule_has() {
      assertThatThrownBy(() -> Rule.ofCode("CUS-999"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Rule.code (\"CUS-999\") names no rule");
      assertThatThrownBy(() -> Rule.ofCode("cus-001")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_two_rules_that_only_warn_say_so() {
      assertThat(Rule.values())
          .filteredOn(r -> r.severity() == Severity.WARNING)
          .containsExactly(Rule.OBLIGATION_MET_LATE, Rule.CENSUS_DISAGREES);
    }

    @Test
    void check_all_on_a_clean_event_gives_the_clean_verdict() {
      Event event = census("count-hasakah", 10, SDF_HASAKAH, Estimate.exactly(100));

      assertThat(Rule.checkAll(event, new StubContext())).isSameAs(Verdict.clean());
    }
  }

  /**
   * A situation with the fixture's world, nothing counted or controlled, no agreement, and the
   * given other events: enough to call a rule directly.
   */
  static final class StubContext implements RuleContext {
    private final List<Event> others;

    StubContext(Event... others) {
      this.others = List.of(others);
    }

    @Override
    public Reading reading() {
      return Reading.envelope();
    }

    @Override
    public boolean knowsActor(ActorId actor) {
      return WORLD.actors().containsKey(actor);
    }

    @Override
    public boolean knowsFacility(FacilityId facility) {
      return WORLD.facilities().containsKey(facility);
    }

    @Override
    public Optional<CountryCode> countryOf(FacilityId facility) {
      return WORLD.countryOf(facility);
    }

    @Override
    public Optional<Event> event(EventId id) {
      return others.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    @Override
    public Optional<When> concluded(AgreementId id) {
      return Optional.empty();
    }

    @Override
    public Estimate balance(Account account) {
      return Estimate.unknown();
    }

    @Override
    public Estimate balanceOf(CensusScope scope) {
      return Estimate.unknown();
    }

    @Override
    public Optional<ActorId> controllerOf(FacilityId facility) {
      return Optional.empty();
    }

    @Override
    public Optional<When> controlRecordedAt(FacilityId facility) {
      return Optional.empty();
    }

    @Override
    public Optional<Agreement> agreement(AgreementId id) {
      return Optional.empty();
    }

    @Override
    public Estimate transferredUnder(EventId plan) {
      return Estimate.exactly(0);
    }
  }
}
