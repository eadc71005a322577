package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.DetaineesReleased;
import dev.custody.event.DetaineesTransferred;
import dev.custody.event.Event;
import dev.custody.event.TransferPlanned;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
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
import dev.custody.model.Reading;
import dev.custody.model.Source;
import dev.custody.model.When;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@link Ledger} through its public API: appending in order and late, rejection, duplicate ids,
 * branching, merging, readings, the situation at an instant, control and history, equality, and
 * appending from two threads at once.
 *
 * <p>The fixture is a small northeast Syria whose opening censuses put 1,000 fighters in
 * al-Shaddadi and nobody at large from it, in Iraq's secure site or in Syrian government hands.
 * {@link SituationTest} reuses it.
 */
class LedgerTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");

  static final ActorId SDF = ActorId.of("sdf");
  static final ActorId SYRIA = ActorId.of("syria-gov");
  static final ActorId IRAQ = ActorId.of("iraq-gov");
  static final ActorId USA = ActorId.of("usa");
  static final ActorId ISIS = ActorId.of("isis");

  static final CountryCode SY = CountryCode.of("SY");
  static final CountryCode IQ = CountryCode.of("IQ");

  static final FacilityId SHADDADI = FacilityId.of("al-shaddadi");
  static final FacilityId HASAKAH = FacilityId.of("hasakah-facility");
  static final FacilityId AL_HOL = FacilityId.of("al-hol");
  static final FacilityId IRAQ_SECURE = FacilityId.of("iraq-secure");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, ISIS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(SDF, "Syrian Democratic Forces", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(SYRIA, "Government of Syria", ActorKind.STATE),
              Actor.of(IRAQ, "Government of Iraq", ActorKind.STATE),
              Actor.of(USA, "United States", ActorKind.STATE),
              Actor.of(ISIS, "Islamic State", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(SHADDADI, "al-Shaddadi prison", FacilityKind.PRISON, Location.in(SY)),
              Facility.of(HASAKAH, "Hasakah facility", FacilityKind.PRISON, Location.in(SY)),
              Facility.of(AL_HOL, "al-Hol camp", FacilityKind.DETENTION_CAMP, Location.in(SY)),
              Facility.of(
                  IRAQ_SECURE, "secure location", FacilityKind.UNDISCLOSED_SITE, Location.in(IQ))));

  static final Account SDF_SHADDADI = Account.heldAt(SDF, SHADDADI, FIGHTERS);
  static final Account SDF_HASAKAH = Account.heldAt(SDF, HASAKAH, FIGHTERS);
  static final Account IRAQ_SITE = Account.heldAt(IRAQ, IRAQ_SECURE, FIGHTERS);
  static final Account AT_LARGE_SHADDADI = Account.atLargeFrom(SHADDADI, FIGHTERS);
  static final Account SYRIA_HELD = Account.held(SYRIA, FIGHTERS);

  /** A moment on a January 2026 day, in UTC. */
  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2026-01-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  /** A whole January 2026 day in Damascus. */
  static When day(int day) {
    return When.on(LocalDate.of(2026, 1, day), DAMASCUS);
  }

  /** The instant a Damascus day ends. */
  static Instant endOf(int day) {
    return LocalDate.of(2026, 1, day + 1).atStartOfDay(DAMASCUS).toInstant();
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Figure exactly(long count) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(SDF), when(18, 0)));
  }

  /**
   * Exactly {@code count}, as the SDF reported it at {@code reported}: the time of the event it
   * counts, so that the claim is not reported before its event (CUS-019).
   */
  static Figure exactly(long count, When reported) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(SDF), reported));
  }

  static Figure figure(Estimate estimate) {
    return Figure.of(Claim.of(estimate, Source.of(SDF), when(18, 0)));
  }

  /** {@code estimate}, as the SDF reported it at {@code reported}, the time of its event. */
  static Figure figure(Estimate estimate, When reported) {
    return Figure.of(Claim.of(estimate, Source.of(SDF), reported));
  }

  static CensusTaken census(String id, When when, Account account, long count) {
    return CensusTaken.of(id(id), when, CensusScope.account(account), exactly(count, when));
  }

  static DetaineesTransferred transfer(String id, When when, Account from, Account to, long count) {
    return DetaineesTransferred.builder()
        .id(id(id))
        .when(when)
        .from(from)
        .to(to)
        .size(exactly(count, when))
        .build();
  }

  static DetaineesEscaped escape(String id, When when, long count) {
    return DetaineesEscaped.of(id(id), when, SDF_SHADDADI, exactly(count, when));
  }

  static DetaineesRecaptured recapture(String id, When when, Account to, long count) {
    return DetaineesRecaptured.of(id(id), when, AT_LARGE_SHADDADI, to, exactly(count, when));
  }

  /** SDF controls al-Shaddadi and holds 1,000 there; nobody elsewhere, nobody at large. */
  static final ImmutableList<Event> OPENING =
      ImmutableList.of(
          ControlChanged.first(id("control-shaddadi"), when(18, 0), SHADDADI, SDF),
          census("census-shaddadi", when(18, 1), SDF_SHADDADI, 1_000),
          census("census-at-large", when(18, 1), AT_LARGE_SHADDADI, 0),
          census("census-iraq", when(18, 1), IRAQ_SITE, 0),
          census("census-syria", when(18, 1), SYRIA_HELD, 0));

  static Ledger opened() {
    return accepted(Ledger.of(WORLD).appendAll(OPENING));
  }

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static ImmutableList<Event> plus(List<Event> events, Event... more) {
    return ImmutableList.<Event>builder().addAll(events).add(more).build();
  }

  static final Instant END = at(31, 0);

  // ------------------------------------------------------------------------------------------
  // Ledger.of

  @Test
  void ofGivesAnEmptyLedgerReadAsTheEnvelope() {
    Ledger ledger = Ledger.of(WORLD);

    assertThat(ledger.world()).isEqualTo(WORLD);
    assertThat(ledger.reading()).isEqualTo(Reading.envelope());
    assertThat(ledger.size()).isZero();
    assertThat(ledger.events()).isEmpty();
    assertThat(ledger.event(id("census-shaddadi"))).isEmpty();
    assertThat(ledger.verdict()).isEqualTo(Verdict.clean());
    assertThat(ledger.situationAt(END).balances()).isEmpty();
    assertThat(ledger.history(SHADDADI)).isEmpty();
  }

  @Test
  void ofTakesAReading() {
    Ledger ledger = Ledger.of(WORLD, Reading.preferring(USA));

    assertThat(ledger.reading()).isEqualTo(Reading.preferring(USA));
    assertThat(ledger.situationAt(END).reading()).isEqualTo(Reading.preferring(USA));
  }

  // ------------------------------------------------------------------------------------------
  // append in order

  @Test
  void appendingInOrderAcceptsAndGrows() {
    Ledger empty = Ledger.of(WORLD);
    Ledger ledger = empty;
    for (int i = 0; i < OPENING.size(); i++) {
      AppendResult result = ledger.append(OPENING.get(i));

      assertThat(result.isAccepted()).isTrue();
      assertThat(result.verdict().violations()).isEmpty();
      assertThat(result).hasToString("accepted");
      assertThat(result.ledger().size()).isEqualTo(i + 1);
      assertThat(result.ledger().events()).isEqualTo(OPENING.subList(0, i + 1));
      assertThat(result.ledger().event(OPENING.get(i).id())).containsSame(OPENING.get(i));
      // the ledger appended to keeps its own events
      assertThat(ledger.size()).isEqualTo(i);
      assertThat(ledger.events()).isEqualTo(OPENING.subList(0, i));
      assertThat(ledger.event(OPENING.get(i).id())).isEmpty();
      ledger = result.ledger();
    }
    assertThat(empty.events()).isEmpty();
    assertThat(ledger.event(id("no-such-event"))).isEmpty();
  }

  @Test
  void appendingMovesPeople() {
    Ledger ledger = accepted(opened().append(escape("breakout", when(20, 0), 150)));

    Situation situation = ledger.situationAt(END);
    assertThat(situation.balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(850));
    assertThat(situation.balance(AT_LARGE_SHADDADI)).isEqualTo(Estimate.exactly(150));
  }

  // ------------------------------------------------------------------------------------------
  // rejection

  @Test
  void aRejectedEventLeavesTheSameLedger() {
    Ledger ledger = opened();
    Event overdraw = transfer("too-many", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 1_001);

    AppendResult result = ledger.append(overdraw);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger).isEqualTo(opened());
    assertThat(ledger.events()).isEqualTo(OPENING);
    assertThat(ledger.event(id("too-many"))).isEmpty();
    Violation expected =
        Violation.of(
            Rule.ACCOUNT_OVERDRAWN,
            Severity.ERROR,
            id("too-many"),
            "size",
            "moving exactly 1,001 out of [held by sdf at al-shaddadi: fighters affiliated with"
                + " isis], which holds exactly 1,000 under the envelope reading: even its low end"
                + " (1001) exceeds the high end (1000)");
    assertThat(result.verdict().violations()).containsExactly(expected);
    assertThat(result).hasToString("rejected: 1 error\n  " + expected);
    assertThat(ledger.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
  }

  @Test
  void aRejectedEventDoesNotStopTheNextAppend() {
    Ledger ledger = opened();
    ledger.append(transfer("too-many", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 1_001));

    // the rejected id is free again and the head still advances in place
    Ledger next =
        accepted(ledger.append(transfer("too-many", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 1_000)));

    assertThat(next.events()).isEqualTo(plus(OPENING, next.events().get(5)));
    assertThat(next.situationAt(END).balance(IRAQ_SITE)).isEqualTo(Estimate.exactly(1_000));
  }

  @Test
  void warningsDoNotReject() {
    Ledger ledger = opened();
    // 900 to 1,200 (best 1,050) out of exactly 1,000: possible, but more than the best value
    Figure size = figure(Estimate.between(900, 1_200), when(20, 0));
    Event escape = DetaineesEscaped.of(id("breakout"), when(20, 0), SDF_SHADDADI, size);

    AppendResult result = ledger.append(escape);

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.verdict().errors()).isEmpty();
    assertThat(result.verdict().warnings())
        .containsExactly(
            Violation.of(
                Rule.ACCOUNT_OVERDRAWN,
                Severity.WARNING,
                id("breakout"),
                "size",
                "moving "
                    + size.envelope()
                    + " out of [held by sdf at al-shaddadi: fighters"
                    + " affiliated with isis], which holds exactly 1,000 under the envelope"
                    + " reading: its best value (1050) exceeds the best value (1000)"));
    assertThat(result.toString())
        .startsWith("accepted with 1 warning\n  CUS-001 warning in breakout");
    assertThat(result.ledger().events()).isEqualTo(plus(OPENING, escape));
  }

  // ------------------------------------------------------------------------------------------
  // duplicate ids

  private static final String DUPLICATE_MESSAGE =
      "id (census-shaddadi) is already used by census-taken census-shaddadi 2026-01-18T01:00:00Z:"
          + " [held by sdf at al-shaddadi: fighters affiliated with isis] exactly 1,000";

  @Test
  void aDuplicateIdAppendedInOrderIsRejected() {
    Ledger ledger = opened();
    Event again = census("census-shaddadi", when(25, 0), SDF_SHADDADI, 1_000);

    AppendResult result = ledger.append(again);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger);
    assertThat(result.verdict().violations())
        .containsExactly(
            Violation.of(
                Rule.DUPLICATE_EVENT_ID, Severity.ERROR, again.id(), "id", DUPLICATE_MESSAGE));
  }

  @Test
  void aDuplicateIdDatedEarlierIsRejected() {
    Ledger ledger = opened();
    Event earlier = census("census-shaddadi", when(17, 0), SDF_SHADDADI, 1_000);

    AppendResult result = ledger.append(earlier);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger);
    assertThat(result.verdict().violations())
        .containsExactly(
            Violation.of(
                Rule.DUPLICATE_EVENT_ID, Severity.ERROR, earlier.id(), "id", DUPLICATE_MESSAGE));
    assertThat(ledger.events()).isEqualTo(OPENING);
  }

  @Test
  void aDuplicateOfTheLastEventIsRejected() {
    Ledger ledger = opened();
    Event last = OPENING.get(OPENING.size() - 1);

    AppendResult result = ledger.append(last);

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.verdict().breaks(Rule.DUPLICATE_EVENT_ID)).isTrue();
    assertThat(ledger.events()).isEqualTo(OPENING);
  }

  // ------------------------------------------------------------------------------------------
  // late insertion

  /** The opening, then 900 moved from al-Shaddadi to Iraq on the 22nd. */
  static Ledger withTransfer() {
    return accepted(
        opened().append(transfer("to-iraq", when(22, 0), SDF_SHADDADI, IRAQ_SITE, 900)));
  }

  @Test
  void aLateEventThatBreaksALaterEventIsRejected() {
    Ledger ledger = withTransfer();

    // 150 escaped on the 20th: only 850 were left for the transfer of 900 on the 22nd
    AppendResult result = ledger.append(escape("breakout", when(20, 0), 150));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger()).isSameAs(ledger);
    assertThat(result.verdict().errors())
        .containsExactly(
            Violation.of(
                Rule.ACCOUNT_OVERDRAWN,
                Severity.ERROR,
                id("to-iraq"),
                "size",
                "moving exactly 900 out of [held by sdf at al-shaddadi: fighters affiliated with"
                    + " isis], which holds exactly 850 under the envelope reading: even its low end"
                    + " (900) exceeds the high end (850)"));
    assertThat(ledger.events()).isEqualTo(plus(OPENING, ledger.event(id("to-iraq")).orElseThrow()));
    assertThat(ledger.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(100));
  }

  @Test
  void aLateEventThatBreaksNothingIsAcceptedInItsPlace() {
    Ledger ledger = withTransfer();
    Event transfer = ledger.event(id("to-iraq")).orElseThrow();
    Event escape = escape("breakout", when(20, 0), 50);

    Ledger later = accepted(ledger.append(escape));

    assertThat(later.events()).isEqualTo(plus(OPENING, escape, transfer));
    assertThat(later.event(id("breakout"))).containsSame(escape);
    assertThat(later.situationAt(at(21, 0)).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(950));
    assertThat(later.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(50));
    assertThat(later.situationAt(END).balance(AT_LARGE_SHADDADI)).isEqualTo(Estimate.exactly(50));
    assertThat(later.situationAt(END).balance(IRAQ_SITE)).isEqualTo(Estimate.exactly(900));
    // and the ledger it came from is as it was
    assertThat(ledger.events()).isEqualTo(plus(OPENING, transfer));
    assertThat(ledger.event(id("breakout"))).isEmpty();
    assertThat(ledger.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(100));
  }

  @Test
  void aLateEventIsNotChargedWithTheWarningsOfTheEventsBeforeIt() {
    // a recount on the 19th disagrees with the census of the 18th: it warned when it arrived
    AppendResult recount =
        withTransfer().append(census("recount-shaddadi", when(19, 0), SDF_SHADDADI, 1_100));
    Ledger ledger = accepted(recount);

    AppendResult result = ledger.append(escape("breakout", when(20, 0), 50));

    assertThat(recount.verdict().warnings())
        .extracting(Violation::rule)
        .containsExactly(Rule.CENSUS_DISAGREES);
    assertThat(result.isAccepted()).isTrue();
    assertThat(result.verdict().violations()).as("%s", result.verdict()).isEmpty();
  }

  @Test
  void aLateEventAmongEventsOfTheSameTimeGoesAfterThem() {
    Ledger ledger = withTransfer();
    Event census = census("census-hasakah", when(18, 1), SDF_HASAKAH, 10);

    Ledger later = accepted(ledger.append(census));

    assertThat(later.events().indexOf(census)).isEqualTo(OPENING.size());
    assertThat(later.events().get(OPENING.size() + 1).id()).isEqualTo(id("to-iraq"));
  }

  @Test
  void aLateEventIsCheckedAgainstTheSituationBeforeIt() {
    Ledger ledger = withTransfer();

    // 200 released on the 23rd is too many for the 100 left; 101 on the 21st is not, but
    // leaves only 899 for the transfer of 900 on the 22nd
    AppendResult late =
        ledger.append(
            DetaineesReleased.of(
                id("released"), when(23, 0), SDF_SHADDADI, exactly(200, when(23, 0))));
    AppendResult early =
        ledger.append(
            DetaineesReleased.of(
                id("released"), when(21, 0), SDF_SHADDADI, exactly(101, when(21, 0))));
    AppendResult fits =
        ledger.append(
            DetaineesReleased.of(
                id("released"), when(21, 0), SDF_SHADDADI, exactly(100, when(21, 0))));

    assertThat(late.isAccepted()).isFalse();
    assertThat(late.verdict().errors())
        .extracting(Violation::event)
        .containsExactly(id("released"));
    assertThat(early.isAccepted()).isFalse();
    assertThat(early.verdict().errors())
        .extracting(Violation::event)
        .containsExactly(id("to-iraq"));
    assertThat(fits.isAccepted()).as("%s", fits).isTrue();
    assertThat(fits.ledger().situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(0));
  }

  // ------------------------------------------------------------------------------------------
  // ordering

  @Test
  void eventsAreOrderedByTheEndOfTheirTimeThenItsStart() {
    Ledger ledger = opened();
    // the whole 20th in Damascus, then a moment inside it, then the moment it ends
    Event wholeDay = escape("day", day(20), 10);
    Event duringTheDay = escape("during", When.at(endOf(20).minusSeconds(3_600)), 10);
    Event atItsEnd = escape("at-end", When.at(endOf(20)), 10);

    Ledger ledger1 = accepted(ledger.append(atItsEnd));
    Ledger ledger2 = accepted(ledger1.append(wholeDay));
    Ledger ledger3 = accepted(ledger2.append(duringTheDay));

    assertThat(ledger3.events().subList(OPENING.size(), OPENING.size() + 3))
        .containsExactly(duringTheDay, wholeDay, atItsEnd);
  }

  @Test
  void eventsOfTheSameTimeKeepTheirOrderOfArrival() {
    Event first = census("count-a", when(19, 0), SDF_HASAKAH, 10);
    Event second = census("count-b", when(19, 0), SDF_HASAKAH, 20);

    Ledger ab = accepted(opened().appendAll(List.of(first, second)));
    Ledger ba = accepted(opened().appendAll(List.of(second, first)));

    assertThat(ab.events()).endsWith(first, second);
    assertThat(ba.events()).endsWith(second, first);
    assertThat(ab.situationAt(END).balance(SDF_HASAKAH)).isEqualTo(Estimate.exactly(20));
    assertThat(ba.situationAt(END).balance(SDF_HASAKAH)).isEqualTo(Estimate.exactly(10));
    assertThat(ab).isNotEqualTo(ba);
  }

  // ------------------------------------------------------------------------------------------
  // branching

  @Test
  void appendingToAnOlderLedgerBranches() {
    Ledger base = opened();
    Event toIraq = transfer("to-iraq", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 600);
    Event toHasakah = transfer("to-hasakah", when(20, 0), SDF_SHADDADI, SDF_HASAKAH, 600);

    Ledger a = accepted(base.append(toIraq));
    // base is no longer the head of its journal: the second 600 must still see 1,000
    Ledger b = accepted(base.append(toHasakah));

    assertThat(a.events()).isEqualTo(plus(OPENING, toIraq));
    assertThat(b.events()).isEqualTo(plus(OPENING, toHasakah));
    assertThat(base.events()).isEqualTo(OPENING);
    assertThat(a.event(id("to-hasakah"))).isEmpty();
    assertThat(b.event(id("to-iraq"))).isEmpty();
    assertThat(base.event(id("to-iraq"))).isEmpty();
    assertThat(a.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(400));
    assertThat(a.situationAt(END).balance(IRAQ_SITE)).isEqualTo(Estimate.exactly(600));
    assertThat(a.situationAt(END).balances()).doesNotContainKey(SDF_HASAKAH);
    assertThat(b.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(400));
    assertThat(b.situationAt(END).balance(IRAQ_SITE)).isEqualTo(Estimate.exactly(0));
    assertThat(b.situationAt(END).balance(SDF_HASAKAH).low()).isEqualTo(600);
    assertThat(base.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(1_000));
  }

  @Test
  void branchesGoOnIndependently() {
    Ledger base = opened();
    Ledger a =
        accepted(base.append(transfer("to-iraq", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 600)));
    Ledger b = accepted(base.append(escape("breakout", when(20, 0), 700)));

    // each branch sees only its own past: 400 left in a, 300 in b
    AppendResult aMore =
        a.append(
            DetaineesReleased.of(
                id("freed"), when(21, 0), SDF_SHADDADI, exactly(400, when(21, 0))));
    AppendResult bMore =
        b.append(
            DetaineesReleased.of(
                id("freed"), when(21, 0), SDF_SHADDADI, exactly(400, when(21, 0))));
    // the id that a branch used is free in the base and in the other branch
    Ledger baseAgain = accepted(base.append(escape("to-iraq", when(20, 0), 1)));

    assertThat(aMore.isAccepted()).isTrue();
    assertThat(bMore.isAccepted()).isFalse();
    assertThat(bMore.ledger()).isSameAs(b);
    assertThat(aMore.ledger().situationAt(END).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(0));
    assertThat(b.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(300));
    assertThat(baseAgain.event(id("to-iraq")).orElseThrow()).isInstanceOf(DetaineesEscaped.class);
    assertThat(a.event(id("to-iraq")).orElseThrow()).isInstanceOf(DetaineesTransferred.class);
    assertThat(base.events()).isEqualTo(OPENING);
    assertThat(a.size()).isEqualTo(OPENING.size() + 1);
    assertThat(b.size()).isEqualTo(OPENING.size() + 1);
  }

  @Test
  void aPrefixLedgerIsUnchangedByAppendsToItsSuccessor() {
    Ledger prefix = opened();
    Situation before = prefix.situationAt(END);
    Ledger head = prefix;
    for (int i = 0; i < 10; i++) {
      head = accepted(head.append(escape("escape-" + i, when(20, i), 10)));
    }

    assertThat(prefix.events()).isEqualTo(OPENING);
    assertThat(prefix.situationAt(END)).isEqualTo(before);
    assertThat(prefix.event(id("escape-0"))).isEmpty();
    assertThat(prefix.verdict()).isEqualTo(Verdict.clean());
    assertThat(head.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(900));
  }

  // ------------------------------------------------------------------------------------------
  // merge

  /** Each alone is rejected; together they leave 931 for the transfer of 900 on the 22nd. */
  static final Event ESCAPE_150 = escape("breakout", when(20, 0), 150);

  static final Event RECAPTURE_81 = recapture("recaptured", when(21, 0), SDF_SHADDADI, 81);

  @Test
  void interdependentLateReportsAreEachRejectedAlone() {
    Ledger ledger = withTransfer();

    AppendResult escapeAlone = ledger.append(ESCAPE_150);
    AppendResult recaptureAlone = ledger.append(RECAPTURE_81);

    assertThat(escapeAlone.isAccepted()).isFalse();
    assertThat(escapeAlone.verdict().errors())
        .extracting(Violation::event)
        .containsExactly(id("to-iraq"));
    assertThat(recaptureAlone.isAccepted()).isFalse();
    assertThat(recaptureAlone.verdict().errors())
        .containsExactly(
            Violation.of(
                Rule.RECAPTURE_EXCEEDS_AT_LARGE,
                Severity.ERROR,
                id("recaptured"),
                "size",
                "recapturing exactly 81 from [at large from al-shaddadi: fighters affiliated with"
                    + " isis], where exactly 0 are at large under the envelope reading: even its"
                    + " low end (81) exceeds the high end (0)"));
  }

  @Test
  void mergeAcceptsInterdependentLateReportsTogether() {
    Ledger ledger = withTransfer();
    Event transfer = ledger.event(id("to-iraq")).orElseThrow();

    // given out of time order: the ledger puts them in their places
    AppendResult merged = ledger.merge(List.of(RECAPTURE_81, ESCAPE_150));

    assertThat(merged.isAccepted()).as("%s", merged.verdict()).isTrue();
    assertThat(merged.verdict().violations()).isEmpty();
    Ledger together = merged.ledger();
    assertThat(together.events()).isEqualTo(plus(OPENING, ESCAPE_150, RECAPTURE_81, transfer));
    assertThat(together.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(31));
    assertThat(together.situationAt(END).balance(AT_LARGE_SHADDADI))
        .isEqualTo(Estimate.exactly(69));
    assertThat(ledger.events()).isEqualTo(plus(OPENING, transfer));
    // the same result as recording them in order
    Ledger inOrder = accepted(opened().appendAll(List.of(ESCAPE_150, RECAPTURE_81, transfer)));
    assertThat(together).isEqualTo(inOrder);
  }

  @Test
  void mergeRejectsAllOnOneError() {
    Ledger ledger = withTransfer();
    Event releaseFromIraq =
        DetaineesReleased.of(
            id("released-in-iraq"), when(19, 0), IRAQ_SITE, exactly(5, when(19, 0)));

    AppendResult merged = ledger.merge(List.of(ESCAPE_150, RECAPTURE_81, releaseFromIraq));

    assertThat(merged.isAccepted()).isFalse();
    assertThat(merged.ledger()).isSameAs(ledger);
    assertThat(merged.verdict().errors())
        .extracting(Violation::event, Violation::rule)
        .containsExactly(tuple(id("released-in-iraq"), Rule.ACCOUNT_OVERDRAWN));
    assertThat(ledger.event(id("breakout"))).isEmpty();
    assertThat(ledger.event(id("recaptured"))).isEmpty();
  }

  @Test
  void mergeRejectsDuplicateIdsWithinTheBatch() {
    Ledger ledger = withTransfer();
    Event sameId = recapture("breakout", when(21, 0), SDF_SHADDADI, 81);

    AppendResult merged = ledger.merge(List.of(ESCAPE_150, sameId));

    assertThat(merged.isAccepted()).isFalse();
    assertThat(merged.ledger()).isSameAs(ledger);
    assertThat(merged.verdict().violations())
        .containsExactly(
            Violation.of(
                Rule.DUPLICATE_EVENT_ID,
                Severity.ERROR,
                id("breakout"),
                "id",
                "id (breakout) is already used by another event of the same merge"));
  }

  @Test
  void mergeRejectsIdsAlreadyInTheLedger() {
    Ledger ledger = withTransfer();
    Event sameId = escape("census-shaddadi", when(20, 0), 1);

    AppendResult merged = ledger.merge(List.of(ESCAPE_150, sameId));

    assertThat(merged.isAccepted()).isFalse();
    assertThat(merged.ledger()).isSameAs(ledger);
    assertThat(merged.verdict().violations())
        .containsExactly(
            Violation.of(
                Rule.DUPLICATE_EVENT_ID,
                Severity.ERROR,
                id("census-shaddadi"),
                "id",
                "id (census-shaddadi) is already used by " + OPENING.get(1)));
  }

  @Test
  void mergingNothingChangesNothing() {
    Ledger ledger = withTransfer();

    AppendResult merged = ledger.merge(List.of());

    assertThat(merged.isAccepted()).isTrue();
    assertThat(merged.verdict()).isEqualTo(Verdict.clean());
    assertThat(merged.ledger()).isSameAs(ledger);
  }

  // ------------------------------------------------------------------------------------------
  // appendAll

  @Test
  void appendAllStopsAtTheFirstRejection() {
    Event first = escape("first", when(19, 0), 50);
    Event bad =
        DetaineesReleased.of(id("bad"), when(19, 1), SDF_SHADDADI, exactly(5_000, when(19, 1)));
    Event after = escape("after", when(19, 2), 10);

    AppendResult result = opened().appendAll(List.of(first, bad, after));

    assertThat(result.isAccepted()).isFalse();
    assertThat(result.ledger().events()).isEqualTo(plus(OPENING, first));
    assertThat(result.verdict().violations()).extracting(Violation::event).containsOnly(id("bad"));
    assertThat(result.ledger().event(id("after"))).isEmpty();
  }

  @Test
  void appendsInOrderExtendTheJournalInPlaceWithoutBranching() {
    // each append in order gives back its claim on the journal: the next one, to the ledger it
    // gave, writes in place rather than branching off a journal of its own
    Ledger ledger = Ledger.of(WORLD);
    int depth = ledger.depth();
    ledger = accepted(ledger.appendAll(OPENING));
    assertThat(ledger.depth()).isEqualTo(depth);
    ledger = accepted(ledger.append(escape("one", when(20, 0), 10)));
    assertThat(ledger.depth()).isEqualTo(depth);
    ledger =
        accepted(
            ledger.appendAll(
                List.of(escape("two", when(20, 1), 10), escape("three", when(20, 2), 10))));
    assertThat(ledger.depth()).isEqualTo(depth);
    ledger = accepted(ledger.append(escape("four", when(20, 3), 10)));
    assertThat(ledger.depth()).isEqualTo(depth);
    assertThat(ledger.size()).isEqualTo(OPENING.size() + 4);
  }

  @Test
  void anAppendAllStoppedByARejectionGivesBackItsClaim() {
    Event first = escape("first", when(19, 0), 50);
    Event bad =
        DetaineesReleased.of(id("bad"), when(19, 1), SDF_SHADDADI, exactly(5_000, when(19, 1)));
    Ledger opened = opened();
    int depth = opened.depth();

    Ledger kept = opened.appendAll(List.of(first, bad)).ledger();
    Ledger after = accepted(kept.append(escape("after", when(19, 2), 10)));

    assertThat(after.depth()).isEqualTo(depth);
    assertThat(after.size()).isEqualTo(OPENING.size() + 2);
  }

  @Test
  void appendAllCombinesTheVerdicts() {
    Event warned =
        DetaineesEscaped.of(
            id("warned"),
            when(19, 0),
            SDF_SHADDADI,
            figure(Estimate.between(900, 1_200), when(19, 0)));
    Event census =
        CensusTaken.of(
            id("count"),
            when(19, 1),
            CensusScope.account(SDF_SHADDADI),
            exactly(5_000, when(19, 1)));

    AppendResult result = opened().appendAll(List.of(warned, census));

    assertThat(result.isAccepted()).isTrue();
    assertThat(result.verdict().warnings())
        .extracting(Violation::rule)
        .containsExactly(Rule.ACCOUNT_OVERDRAWN, Rule.CENSUS_DISAGREES);
    assertThat(result.ledger().events()).isEqualTo(plus(OPENING, warned, census));
  }

  // ------------------------------------------------------------------------------------------
  // readings and verdicts

  /** 100 escaped according to the SDF, 200 according to the United States. */
  static final Event DISPUTED_ESCAPE =
      DetaineesEscaped.of(
          id("breakout"),
          when(20, 0),
          SDF_SHADDADI,
          Figure.of(
              Claim.of(Estimate.exactly(100), Source.of(SDF), when(20, 1)),
              Claim.of(Estimate.exactly(200), Source.of(USA), when(20, 2))));

  @Test
  void withReadingReadsTheSameEventsAnotherWay() {
    Ledger envelope = accepted(opened().append(DISPUTED_ESCAPE));

    Ledger usa = envelope.withReading(Reading.preferring(USA));
    Ledger sdf = envelope.withReading(Reading.preferring(SDF));
    Ledger consensus = envelope.withReading(Reading.consensus());

    assertThat(usa.events()).isEqualTo(envelope.events());
    assertThat(usa.reading()).isEqualTo(Reading.preferring(USA));
    assertThat(usa.world()).isEqualTo(WORLD);
    assertThat(envelope.situationAt(END).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(1_000).minus(Estimate.of(100, 100, 200)));
    assertThat(envelope.situationAt(END).balance(SDF_SHADDADI).low()).isEqualTo(800);
    assertThat(envelope.situationAt(END).balance(SDF_SHADDADI).high()).isEqualTo(900);
    assertThat(usa.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(800));
    assertThat(usa.situationAt(END).balance(AT_LARGE_SHADDADI)).isEqualTo(Estimate.exactly(200));
    assertThat(sdf.situationAt(END).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(900));
    // the claims conflict: the consensus falls back to the envelope
    assertThat(consensus.situationAt(END).balance(SDF_SHADDADI))
        .isEqualTo(envelope.situationAt(END).balance(SDF_SHADDADI));
    assertThat(envelope.reading()).isEqualTo(Reading.envelope());
    assertThat(envelope.withReading(Reading.envelope())).isEqualTo(envelope);
  }

  @Test
  void aLedgerUnderAnotherReadingAppendsUnderThatReading() {
    Ledger usa = accepted(opened().append(DISPUTED_ESCAPE)).withReading(Reading.preferring(USA));
    Ledger sdf = accepted(opened().append(DISPUTED_ESCAPE)).withReading(Reading.preferring(SDF));
    Event release =
        DetaineesReleased.of(id("freed"), when(21, 0), SDF_SHADDADI, exactly(850, when(21, 0)));

    // 800 are left according to the United States, 900 according to the SDF
    assertThat(usa.append(release).isAccepted()).isFalse();
    assertThat(sdf.append(release).isAccepted()).isTrue();
  }

  @Test
  void verdictOfALedgerBuiltByAppendingHoldsOnlyWarnings() {
    // a country census can be short of the balances recorded in it, never over: accounts nobody
    // recorded may lie in the country too
    Event census =
        CensusTaken.of(
            id("count-sy"), when(19, 0), CensusScope.country(SY), exactly(500, when(19, 0)));
    Ledger ledger = accepted(opened().append(census));

    Verdict verdict = ledger.verdict();

    assertThat(verdict.isAccepted()).isTrue();
    assertThat(verdict.violations())
        .containsExactly(
            Violation.of(
                Rule.CENSUS_DISAGREES,
                Severity.WARNING,
                id("count-sy"),
                "count",
                "count (exactly 500) of country SY cannot agree with the balances it covers"
                    + " (at least 1,000) under the envelope reading: 500 apart"));
  }

  @Test
  void theSameEventsMayBreakRulesUnderAnotherReading() {
    Event escape =
        DetaineesEscaped.of(
            id("breakout"),
            when(20, 0),
            SDF_SHADDADI,
            Figure.of(
                Claim.of(Estimate.exactly(100), Source.of(SDF), when(20, 1)),
                Claim.of(Estimate.exactly(1_200), Source.of(USA), when(20, 2))));
    Ledger envelope = accepted(opened().append(escape));

    Verdict underUsa = envelope.withReading(Reading.preferring(USA)).verdict();

    assertThat(envelope.verdict().errors()).isEmpty();
    assertThat(underUsa.isAccepted()).isFalse();
    assertThat(underUsa.errors()).hasSize(1);
    Violation overdrawn = underUsa.errors().get(0);
    assertThat(overdrawn.rule()).isEqualTo(Rule.ACCOUNT_OVERDRAWN);
    assertThat(overdrawn.event()).isEqualTo(id("breakout"));
    assertThat(overdrawn.field()).isEqualTo("size");
    assertThat(overdrawn.message())
        .startsWith(
            "moving exactly 1,200 out of [held by sdf at al-shaddadi: fighters affiliated with"
                + " isis], which holds exactly 1,000 under the ")
        .contains("according to usa")
        .endsWith("even its low end (1200) exceeds the high end (1000)");
  }

  // ------------------------------------------------------------------------------------------
  // the situation at an instant

  @Test
  void anEventDatedToADayCountsOnlyOnceThatDayHasEnded() {
    Ledger ledger = accepted(opened().append(escape("breakout", day(20), 150)));
    Instant end = endOf(20);

    assertThat(ledger.situationAt(at(20, 12)).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(1_000));
    assertThat(ledger.situationAt(end.minusNanos(1)).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(1_000));
    assertThat(ledger.situationAt(end).balance(SDF_SHADDADI)).isEqualTo(Estimate.exactly(850));
    assertThat(ledger.situationAt(end).balance(AT_LARGE_SHADDADI)).isEqualTo(Estimate.exactly(150));
    // before its start too, of course
    assertThat(ledger.situationAt(at(19, 0)).balance(AT_LARGE_SHADDADI))
        .isEqualTo(Estimate.exactly(0));
  }

  @Test
  void anInstantCountsFromThatInstant() {
    Ledger ledger = accepted(opened().append(escape("breakout", when(20, 6), 150)));

    assertThat(ledger.situationAt(at(20, 6).minusNanos(1)).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(1_000));
    assertThat(ledger.situationAt(at(20, 6)).balance(SDF_SHADDADI))
        .isEqualTo(Estimate.exactly(850));
  }

  @Test
  void theSituationBeforeAnyEventIsEmpty() {
    Situation situation = opened().situationAt(at(17, 0));

    assertThat(situation.balances()).isEmpty();
    assertThat(situation.controllers()).isEmpty();
    assertThat(situation.asOf()).isEqualTo(at(17, 0));
    assertThat(situation.balance(SDF_SHADDADI)).isEqualTo(Estimate.unknown());
  }

  // ------------------------------------------------------------------------------------------
  // controllerAt and history

  @Test
  void controllerAtIsTheLastChangeCertainlyDoneByThen() {
    Ledger ledger =
        accepted(opened().append(ControlChanged.of(id("taken"), day(23), SHADDADI, SDF, SYRIA)));

    assertThat(ledger.controllerAt(SHADDADI, at(17, 0))).isEmpty();
    assertThat(ledger.controllerAt(SHADDADI, at(18, 0))).contains(SDF);
    assertThat(ledger.controllerAt(SHADDADI, at(23, 12))).contains(SDF);
    assertThat(ledger.controllerAt(SHADDADI, endOf(23))).contains(SYRIA);
    assertThat(ledger.controllerAt(SHADDADI, END)).contains(SYRIA);
    assertThat(ledger.controllerAt(AL_HOL, END)).isEmpty();
    assertThat(ledger.situationAt(at(23, 12)).controllerOf(SHADDADI)).contains(SDF);
    assertThat(ledger.situationAt(endOf(23)).controllerOf(SHADDADI)).contains(SYRIA);
  }

  @Test
  void historyListsEveryEventThatConcernsAFacility() {
    Event planFromShaddadi =
        TransferPlanned.builder()
            .id(id("plan-shaddadi"))
            .when(when(19, 0))
            .planner(USA)
            .cohort(FIGHTERS)
            .addNamedFacilities(SHADDADI)
            .receiver(IRAQ)
            .size(exactly(500, when(19, 0)))
            .build();
    Event planToIraq =
        TransferPlanned.builder()
            .id(id("plan-hasakah"))
            .when(when(19, 1))
            .planner(USA)
            .cohort(FIGHTERS)
            .addNamedFacilities(HASAKAH)
            .receiver(IRAQ)
            .destination(IRAQ_SECURE)
            .size(exactly(500, when(19, 1)))
            .build();
    Event facilitiesCensus =
        CensusTaken.of(
            id("count-two"),
            when(19, 2),
            CensusScope.facilities(SHADDADI, AL_HOL),
            exactly(1_000, when(19, 2)));
    Event countryCensus =
        CensusTaken.of(
            id("count-sy"), when(19, 3), CensusScope.country(SY), exactly(1_000, when(19, 3)));
    Event hasakahCensus = census("count-hasakah", when(19, 4), SDF_HASAKAH, 100);
    Event fromHasakah = transfer("hasakah-to-iraq", when(20, 0), SDF_HASAKAH, IRAQ_SITE, 50);
    Event breakout = escape("breakout", when(20, 1), 150);
    Event recaptured = recapture("recaptured", when(20, 2), SYRIA_HELD, 81);
    Event alHol = ControlChanged.first(id("control-al-hol"), when(20, 3), AL_HOL, SDF);
    Event taken = ControlChanged.of(id("taken"), when(20, 4), SHADDADI, SDF, SYRIA);
    Ledger ledger =
        accepted(
            opened()
                .appendAll(
                    List.of(
                        planFromShaddadi,
                        planToIraq,
                        facilitiesCensus,
                        countryCensus,
                        hasakahCensus,
                        fromHasakah,
                        breakout,
                        recaptured,
                        alHol,
                        taken)));

    assertThat(ledger.history(SHADDADI))
        .containsExactly(
            OPENING.get(0), // control
            OPENING.get(1), // census of the held account
            OPENING.get(2), // census of those at large from it
            planFromShaddadi,
            facilitiesCensus,
            breakout,
            recaptured, // out of the at-large account of al-Shaddadi
            taken);
    assertThat(ledger.history(IRAQ_SECURE))
        .containsExactly(OPENING.get(3), planToIraq, fromHasakah);
    assertThat(ledger.history(HASAKAH)).containsExactly(planToIraq, hasakahCensus, fromHasakah);
    assertThat(ledger.history(AL_HOL)).containsExactly(facilitiesCensus, alHol);
    assertThat(ledger.history(FacilityId.of("camp-nowhere"))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------
  // equals, hashCode, toString, nulls

  @Test
  void equality() {
    World smaller =
        World.of(WORLD.actors().values(), List.of(WORLD.facility(SHADDADI).orElseThrow()));
    Ledger viaMerge = accepted(Ledger.of(WORLD).merge(OPENING));
    new EqualsTester()
        .addEqualityGroup(Ledger.of(WORLD), Ledger.of(WORLD), Ledger.of(WORLD, Reading.envelope()))
        .addEqualityGroup(Ledger.of(WORLD, Reading.consensus()))
        .addEqualityGroup(Ledger.of(smaller))
        .addEqualityGroup(opened(), opened(), viaMerge, opened().withReading(Reading.envelope()))
        .addEqualityGroup(opened().withReading(Reading.consensus()))
        .addEqualityGroup(withTransfer(), withTransfer())
        .testEquals();
  }

  @Test
  void toStringCountsEventsAndNamesWorldAndReading() {
    assertThat(opened())
        .hasToString("ledger of 5 events over world of 5 actors and 4 facilities (envelope)");
    assertThat(opened().withReading(Reading.preferring(USA)))
        .hasToString(
            "ledger of 5 events over world of 5 actors and 4 facilities (according to usa)");
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(World.class, WORLD)
            .setDefault(Reading.class, Reading.envelope())
            .setDefault(Event.class, escape("breakout", when(20, 0), 1))
            .setDefault(EventId.class, id("breakout"))
            .setDefault(FacilityId.class, SHADDADI)
            .setDefault(Instant.class, END);
    tester.testAllPublicStaticMethods(Ledger.class);
    tester.testAllPublicInstanceMethods(Ledger.of(WORLD));
    tester.testAllPublicInstanceMethods(opened());
  }

  // ------------------------------------------------------------------------------------------
  // threads

  private static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
    try {
      CountDownLatch ready = new CountDownLatch(tasks.size());
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> task : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return task.call();
                }));
      }
      assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(30, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void appendingFromTwoThreadsToTheSameHeadGivesTwoCorrectLedgers() throws Exception {
    Event toIraq = transfer("to-iraq", when(20, 0), SDF_SHADDADI, IRAQ_SITE, 600);
    Event toHasakah = transfer("to-hasakah", when(20, 0), SDF_SHADDADI, SDF_HASAKAH, 600);
    for (int round = 0; round < 100; round++) {
      Ledger head = opened();

      List<AppendResult> results =
          runTogether(
              List.<Callable<AppendResult>>of(
                  () -> head.append(toIraq), () -> head.append(toHasakah)));

      // whichever thread won the journal, each saw 1,000 and only its own transfer
      assertThat(results.get(0).isAccepted()).as("round %d: %s", round, results.get(0)).isTrue();
      assertThat(results.get(1).isAccepted()).as("round %d: %s", round, results.get(1)).isTrue();
      assertThat(results.get(0).ledger().events()).isEqualTo(plus(OPENING, toIraq));
      assertThat(results.get(1).ledger().events()).isEqualTo(plus(OPENING, toHasakah));
      assertThat(results.get(0).ledger().situationAt(END).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(400));
      assertThat(results.get(1).ledger().situationAt(END).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(400));
      assertThat(head.events()).isEqualTo(OPENING);
    }
  }

  @Test
  void chainsOfAppendsFromTwoThreadsStayApart() throws Exception {
    for (int round = 0; round < 20; round++) {
      Ledger head = opened();
      List<Ledger> results =
          runTogether(
              List.<Callable<Ledger>>of(
                  () -> chain(head, "a-", 10),
                  () -> chain(head, "b-", 20),
                  () -> {
                    // a reader of the shared head while both advance from it
                    for (int i = 0; i < 50; i++) {
                      assertThat(head.events()).isEqualTo(OPENING);
                      assertThat(head.situationAt(END).balance(SDF_SHADDADI))
                          .isEqualTo(Estimate.exactly(1_000));
                    }
                    return head;
                  }));

      assertThat(results.get(0).size()).isEqualTo(OPENING.size() + 30);
      assertThat(results.get(1).size()).isEqualTo(OPENING.size() + 30);
      assertThat(results.get(0).events()).allMatch(e -> !e.id().value().startsWith("b-"));
      assertThat(results.get(1).events()).allMatch(e -> !e.id().value().startsWith("a-"));
      assertThat(results.get(0).situationAt(END).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(700));
      assertThat(results.get(1).situationAt(END).balance(SDF_SHADDADI))
          .isEqualTo(Estimate.exactly(400));
      assertThat(results.get(0).verdict()).isEqualTo(Verdict.clean());
      assertThat(results.get(1).verdict()).isEqualTo(Verdict.clean());
    }
  }

  /** Thirty escapes of {@code size} each, one an hour from the 20th. */
  private static Ledger chain(Ledger from, String prefix, long size) {
    Ledger ledger = from;
    for (int i = 0; i < 30; i++) {
      When hour = When.at(at(20, 0).plusSeconds(3_600L * i));
      AppendResult result =
          ledger.append(
              DetaineesEscaped.of(id(prefix + i), hour, SDF_SHADDADI, exactly(size, hour)));
      assertThat(result.isAccepted()).as("%s%d: %s", prefix, i, result).isTrue();
      ledger = result.ledger();
    }
    return ledger;
  }
}
