package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.DetaineesDied;
import dev.custody.event.DetaineesEscaped;
import dev.custody.event.DetaineesRecaptured;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
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
import dev.custody.model.Share;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * {@link AtLarge} on a small synthetic world: 30 fighters and 4 family members escape from a jail,
 * 5 from a camp; 12 of the jail's are recaptured into it and 3 by a rival (a figure only a monitor
 * gives), 2 of the camp's, and 1 more of the jail's later; someone recaptures people at large of no
 * known origin.
 */
class AtLargeTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId BAND = ActorId.of("band");

  static final CountryCode NO = CountryCode.of("NO");

  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final FacilityId EAST_CAMP = FacilityId.of("east-camp");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort FAMILIES = Cohort.of(CohortCategory.FAMILY_MEMBERS, BAND);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO))));

  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);
  static final Account KEEPER_NORTH_FAMILIES = Account.heldAt(KEEPER, NORTH_JAIL, FAMILIES);
  static final Account KEEPER_CAMP = Account.heldAt(KEEPER, EAST_CAMP, FAMILIES);
  static final Account AT_LARGE_NORTH = Account.atLargeFrom(NORTH_JAIL, FIGHTERS);
  static final Account AT_LARGE_NORTH_FAMILIES = Account.atLargeFrom(NORTH_JAIL, FAMILIES);
  static final Account AT_LARGE_CAMP = Account.atLargeFrom(EAST_CAMP, FAMILIES);

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static Figure by(ActorId source, long count) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(source), when(1, 0)));
  }

  static CensusTaken census(String id, Account account, long count) {
    return CensusTaken.of(id(id), when(1, 1), CensusScope.account(account), by(KEEPER, count));
  }

  static DetaineesRecaptured recapture(
      String id, When when, Account from, Account to, ActorId source, long count) {
    return DetaineesRecaptured.of(id(id), when, from, to, by(source, count));
  }

  static final ImmutableList<Event> EVENTS =
      ImmutableList.of(
          census("count-north", KEEPER_NORTH, 100),
          census("count-north-families", KEEPER_NORTH_FAMILIES, 20),
          census("count-camp", KEEPER_CAMP, 300),
          census("none-at-large", AT_LARGE_NORTH, 0),
          DetaineesEscaped.of(id("breakout"), when(2, 0), KEEPER_NORTH, by(KEEPER, 30)),
          DetaineesEscaped.of(id("families-out"), when(2, 1), KEEPER_NORTH_FAMILIES, by(KEEPER, 4)),
          DetaineesEscaped.of(id("camp-breakout"), when(2, 2), KEEPER_CAMP, by(KEEPER, 5)),
          recapture("caught-1", when(3, 0), AT_LARGE_NORTH, KEEPER_NORTH, KEEPER, 12),
          recapture(
              "caught-2", when(4, 0), AT_LARGE_NORTH, Account.held(RIVAL, FIGHTERS), MONITOR, 3),
          recapture("camp-caught", when(4, 1), AT_LARGE_CAMP, KEEPER_CAMP, KEEPER, 2),
          recapture(
              "origin-unknown", when(4, 2), Account.atLarge(FIGHTERS), KEEPER_NORTH, KEEPER, 6),
          recapture("caught-late", when(8, 0), AT_LARGE_NORTH, KEEPER_NORTH, KEEPER, 1));

  static final Instant DAY_5 = at(5, 0);

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger ledger() {
    return accepted(Ledger.of(WORLD).appendAll(EVENTS));
  }

  // ------------------------------------------------------------------------------------------

  @Test
  void countsTheEscapesOfEveryCohortAndTheRecapturesOutOfThem() {
    AtLarge atLarge = AtLarge.from(ledger(), NORTH_JAIL, DAY_5);

    assertThat(atLarge.facility()).isEqualTo(NORTH_JAIL);
    assertThat(atLarge.asOf()).isEqualTo(DAY_5);
    assertThat(atLarge.reading()).isEqualTo(Reading.envelope());
    assertThat(atLarge.escaped()).isEqualTo(Estimate.exactly(34));
    assertThat(atLarge.escapes()).containsExactly(id("breakout"), id("families-out"));
    // into the jail and into the rival's custody alike
    assertThat(atLarge.recaptured()).isEqualTo(Estimate.exactly(15));
    assertThat(atLarge.recaptures()).containsExactly(id("caught-1"), id("caught-2"));
    assertThat(atLarge.stillAtLarge()).isEqualTo(Estimate.exactly(19));
    assertThat(atLarge.recaptureRate().orElseThrow().best())
        .isCloseTo(15.0 / 34, Offset.offset(1e-9));
  }

  @Test
  void anotherFacilitysEscapesAndRecapturesAreIgnored() {
    AtLarge camp = AtLarge.from(ledger(), EAST_CAMP, DAY_5);

    assertThat(camp.escapes()).containsExactly(id("camp-breakout"));
    assertThat(camp.recaptures()).containsExactly(id("camp-caught"));
    assertThat(camp.stillAtLarge()).isEqualTo(Estimate.exactly(3));
  }

  @Test
  void recapturesOfPeopleAtLargeFromNowhereKnownAreNobodysEscapees() {
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, DAY_5).recaptures())
        .doesNotContain(id("origin-unknown"));
    assertThat(AtLarge.from(ledger(), EAST_CAMP, DAY_5).recaptures())
        .doesNotContain(id("origin-unknown"));
  }

  @Test
  void eventsAfterTheInstantAreNotCounted() {
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, at(2, 12)).recaptured())
        .isEqualTo(Estimate.exactly(0));
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, at(2, 12)).recaptureRate())
        .hasValueSatisfying(rate -> assertThat(rate.best()).isZero());
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, at(9, 0)).recaptures())
        .containsExactly(id("caught-1"), id("caught-2"), id("caught-late"));
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, at(9, 0)).stillAtLarge())
        .isEqualTo(Estimate.exactly(18));
  }

  @Test
  void beforeAnyRecaptureTheTextSaysNoneWasRecordedNotExactlyZero() {
    AtLarge before = AtLarge.from(ledger(), NORTH_JAIL, at(2, 12));

    assertThat(before)
        .hasToString(
            "north-jail (envelope): exactly 34 escaped, no recapture recorded, exactly 34 still at"
                + " large");
  }

  @Test
  void moreRecapturedThanEscapedIsAnExcessTheTextCallsADisagreementNotARate() {
    Ledger ledger =
        accepted(
            ledger()
                .append(
                    recapture(
                        "roundup",
                        when(6, 0),
                        AT_LARGE_NORTH_FAMILIES,
                        KEEPER_NORTH_FAMILIES,
                        MONITOR,
                        100)));

    AtLarge tally = AtLarge.from(ledger, NORTH_JAIL, at(7, 0));

    // 34 escaped, 15 then 100 recaptured
    assertThat(tally.excess()).hasValue(81);
    assertThat(tally.toString())
        .doesNotContain("recapture rate")
        .contains(
            "81 more recaptured than escaped: the claims of [caught-1, caught-2, roundup] and"
                + " [breakout, families-out] disagree");
  }

  @Test
  void anExcessOfBestValuesThatTheRangesAllowIsNoContradiction() {
    Account held = Account.heldAt(KEEPER, EAST_CAMP, FIGHTERS);
    Account atLarge = Account.atLargeFrom(EAST_CAMP, FIGHTERS);
    Ledger ledger =
        accepted(
            Ledger.of(WORLD)
                .appendAll(
                    List.of(
                        DetaineesEscaped.of(
                            id("breakout"),
                            when(2, 0),
                            held,
                            Figure.of(
                                Claim.of(Estimate.atLeast(89), Source.of(KEEPER), when(2, 0)))),
                        recapture("roundup", when(3, 0), atLarge, held, KEEPER, 92))));

    AtLarge tally = AtLarge.from(ledger, EAST_CAMP, at(4, 0));

    // "at least 89" escaped allows the 92 recaptured: by the best values 3 too many, no more
    assertThat(tally.excess()).hasValue(3);
    assertThat(tally.contradicts()).isFalse();
    assertThat(tally.toString())
        .contains(
            "by the best values 3 more recaptured than escaped, which the ranges of the claims of"
                + " [roundup] and [breakout] allow: no recapture rate")
        .doesNotContain("disagree");
    // "exactly 89" does not
    Ledger exact =
        accepted(
            Ledger.of(WORLD)
                .appendAll(
                    List.of(
                        DetaineesEscaped.of(id("breakout"), when(2, 0), held, by(KEEPER, 89)),
                        recapture("roundup", when(3, 0), atLarge, held, KEEPER, 92))));
    assertThat(AtLarge.from(exact, EAST_CAMP, at(4, 0)).contradicts()).isTrue();
  }

  @Test
  void consistentCountsHaveNoExcess() {
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, DAY_5).excess()).isEmpty();
  }

  @Test
  void noRecaptureRateWithoutEscapes() {
    AtLarge none = AtLarge.from(ledger(), NORTH_JAIL, at(1, 12));

    assertThat(none.escaped()).isEqualTo(Estimate.exactly(0));
    assertThat(none.escapes()).isEmpty();
    assertThat(none.recaptureRate()).isEmpty();
    // no escape on record is not "exactly 0 escaped", nor "exactly 0 recaptured"
    assertThat(none).hasToString("north-jail (envelope): no escape recorded");
  }

  @Test
  void aFacilityNobodyEscapedFromHasNothingAtLarge() {
    AtLarge none = AtLarge.from(ledger(), FacilityId.of("nowhere"), DAY_5);

    assertThat(none.escaped()).isEqualTo(Estimate.exactly(0));
    assertThat(none.stillAtLarge()).isEqualTo(Estimate.exactly(0));
    assertThat(none.recaptureRate()).isEmpty();
  }

  @Test
  void noFallbacksUnderTheEnvelope() {
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, DAY_5).fallbacks()).isEmpty();
  }

  @Test
  void fallbacksAreTheEventsTheReadingsSourceMadeNoClaimOn() {
    Ledger ledger = ledger();

    assertThat(
            AtLarge.from(ledger.withReading(Reading.preferring(KEEPER)), NORTH_JAIL, DAY_5)
                .fallbacks())
        .containsExactly(id("caught-2"));
    // escapes first, then recaptures
    assertThat(
            AtLarge.from(ledger.withReading(Reading.preferring(MONITOR)), NORTH_JAIL, DAY_5)
                .fallbacks())
        .containsExactly(id("breakout"), id("families-out"), id("caught-1"));
  }

  @Test
  void stillAtLargeIsClippedAtZeroAndUncertainWithUncertainFigures() {
    AtLarge atLarge = twelveRecapturedOf(Estimate.upTo(20));

    assertThat(atLarge.stillAtLarge()).isEqualTo(Estimate.upTo(20).minus(Estimate.exactly(12)));
    assertThat(atLarge.stillAtLarge().high()).isEqualTo(8);
    assertThat(atLarge.stillAtLarge().low()).isZero();
  }

  /** A ledger where {@code escaped} got out of the north jail and 12 were recaptured. */
  private static AtLarge twelveRecapturedOf(Estimate escaped) {
    Ledger ledger =
        accepted(
            Ledger.of(WORLD)
                .appendAll(
                    List.of(
                        DetaineesEscaped.of(
                            id("breakout"),
                            when(2, 0),
                            KEEPER_NORTH,
                            Figure.of(Claim.of(escaped, Source.of(MONITOR), when(2, 0)))),
                        recapture(
                            "caught", when(3, 0), AT_LARGE_NORTH, KEEPER_NORTH, KEEPER, 12))));
    return AtLarge.from(ledger, NORTH_JAIL, DAY_5);
  }

  @Test
  void theRecaptureRateStopsAt100PercentSinceThoseRecapturedEscaped() {
    // 10 to 30 escaped: by the ranges alone 12 of 10 would be 120%, but 12 came back, so at least
    // 12 got out
    Share rate = twelveRecapturedOf(Estimate.between(10, 30)).recaptureRate().orElseThrow();
    assertThat(rate.low()).isCloseTo(12.0 / 30, Offset.offset(1e-9));
    assertThat(rate.best()).isCloseTo(12.0 / 20, Offset.offset(1e-9));
    assertThat(rate.high()).isEqualTo(1.0);

    // an escape with no bound either way leaves the rate anywhere from none to all
    Share unknown =
        twelveRecapturedOf(Estimate.unknown().withBest(20)).recaptureRate().orElseThrow();
    assertThat(unknown.low()).isZero();
    assertThat(unknown.high()).isEqualTo(1.0);
    assertThat(unknown.hasUpperBound()).isTrue();

    // ranges that cannot reach 100% are left as they are
    Share below = twelveRecapturedOf(Estimate.between(40, 60)).recaptureRate().orElseThrow();
    assertThat(below.high()).isCloseTo(12.0 / 40, Offset.offset(1e-9));
  }

  @Test
  void aRecaptureRateAboveOneByTheBestValuesIsLeftForTheExcessToName() {
    AtLarge atLarge = twelveRecapturedOf(Estimate.between(4, 16));

    assertThat(atLarge.excess()).hasValue(2);
    assertThat(atLarge.recaptureRate().orElseThrow().best())
        .isCloseTo(12.0 / 10, Offset.offset(1e-9));
  }

  @Test
  void thoseWhoDiedAtLargeAreNotRecapturedButNoLongerAtLarge() {
    Ledger ledger =
        accepted(
            ledger()
                .append(
                    DetaineesDied.of(
                        id("died-at-large"),
                        when(4, 6),
                        AT_LARGE_NORTH,
                        by(MONITOR, 4),
                        "killed in a clash")));

    AtLarge atLarge = AtLarge.from(ledger, NORTH_JAIL, DAY_5);

    assertThat(atLarge.recaptures()).containsExactly(id("caught-1"), id("caught-2"));
    assertThat(atLarge.recaptured()).isEqualTo(Estimate.exactly(15));
    assertThat(atLarge.deaths()).containsExactly(id("died-at-large"));
    assertThat(atLarge.died()).isEqualTo(Estimate.exactly(4));
    assertThat(atLarge.stillAtLarge()).isEqualTo(Estimate.exactly(15));
    assertThat(atLarge.recaptureRate().orElseThrow().best())
        .isCloseTo(15.0 / 34, Offset.offset(1e-9));
    assertThat(atLarge)
        .hasToString(
            "north-jail (envelope): exactly 34 escaped, exactly 15 recaptured, exactly 4 died at"
                + " large, exactly 15 still at large, recapture rate 44%");
    assertThat(
            AtLarge.from(ledger.withReading(Reading.preferring(KEEPER)), NORTH_JAIL, DAY_5)
                .fallbacks())
        .containsExactly(id("caught-2"), id("died-at-large"));
  }

  @Test
  void withoutDeathsAtLargeNoneAreCounted() {
    AtLarge atLarge = AtLarge.from(ledger(), NORTH_JAIL, DAY_5);

    assertThat(atLarge.deaths()).isEmpty();
    assertThat(atLarge.died()).isEqualTo(Estimate.exactly(0));
  }

  @Test
  void toStringSaysWhatBecameOfThem() {
    assertThat(AtLarge.from(ledger(), NORTH_JAIL, DAY_5))
        .hasToString(
            "north-jail (envelope): exactly 34 escaped, exactly 15 recaptured, exactly 19 still"
                + " at large, recapture rate 44%");
  }

  @Test
  void toStringNamesTheFallbacks() {
    assertThat(AtLarge.from(ledger().withReading(Reading.preferring(KEEPER)), NORTH_JAIL, DAY_5))
        .hasToString(
            "north-jail (according to keeper): exactly 34 escaped, exactly 15 recaptured, exactly"
                + " 19 still at large, recapture rate 44%; from other sources: [caught-2]");
  }
}
