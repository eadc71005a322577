package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.event.Account;
import dev.custody.event.CensusScope;
import dev.custody.event.CensusTaken;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesEscaped;
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
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Instant;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link Readings} and {@link ByReading} on a small synthetic world: a census of a jail on which a
 * news outlet and the keeper agree, then an escape from it on which the keeper and a rival (via a
 * newspaper) conflict.
 */
class ReadingsTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId ZED_NEWS = ActorId.of("zed-news");
  static final ActorId PAPER = ActorId.of("paper");
  static final ActorId BAND = ActorId.of("band");
  static final ActorId STRANGER = ActorId.of("stranger");

  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Account KEEPER_NORTH = Account.heldAt(KEEPER, NORTH_JAIL, FIGHTERS);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(ZED_NEWS, "Zed News", ActorKind.MEDIA),
              Actor.of(PAPER, "The Paper", ActorKind.MEDIA),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(
              Facility.of(
                  NORTH_JAIL,
                  "North jail",
                  FacilityKind.PRISON,
                  Location.in(CountryCode.of("NO")))));

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  /** Counted by Zed News first, then by a keeper's spokesman: about 100 and exactly 100 agree. */
  static final CensusTaken COUNT =
      CensusTaken.of(
          id("count-north"),
          when(1, 0),
          CensusScope.account(KEEPER_NORTH),
          Figure.of(
              Claim.of(Estimate.about(100), Source.of(ZED_NEWS), when(1, 0)),
              Claim.of(Estimate.exactly(100), Source.of(KEEPER, "a spokesman"), when(1, 0))));

  /** Exactly 10 escaped, says the keeper; over 50, says the rival through a newspaper. */
  static final DetaineesEscaped BREAKOUT =
      DetaineesEscaped.of(
          id("breakout"),
          when(2, 0),
          KEEPER_NORTH,
          Figure.of(
              Claim.of(Estimate.exactly(10), Source.of(KEEPER), when(2, 0)),
              Claim.builder()
                  .estimate(Estimate.moreThan(50))
                  .source(Source.of(RIVAL))
                  .channel(PAPER)
                  .reported(when(2, 0))
                  .build()));

  static final Instant LATER = at(5, 0);

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger agreeing() {
    return accepted(Ledger.of(WORLD).append(COUNT));
  }

  static Ledger conflicting() {
    return accepted(agreeing().append(BREAKOUT));
  }

  static Estimate escaped(Ledger ledger) {
    return AtLarge.from(ledger, NORTH_JAIL, LATER).escaped();
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class OfALedger {

    @Test
    void sourcesAreEveryClaimsSourceInIdOrderNotTheirChannels() {
      Readings readings = Readings.of(conflicting());

      // Zed News spoke first; the paper only carried the rival's claim
      assertThat(readings.sources()).containsExactly(KEEPER, RIVAL, ZED_NEWS);
      assertThat(readings.bySource())
          .containsExactly(
              Reading.preferring(KEEPER), Reading.preferring(RIVAL), Reading.preferring(ZED_NEWS));
    }

    @Test
    void theConsensusExistsWhenEveryFiguresClaimsAgree() {
      Readings readings = Readings.of(agreeing());

      assertThat(readings.hasConsensus()).isTrue();
      assertThat(readings.consensus()).contains(Reading.consensus());
      assertThat(readings.all())
          .containsExactly(
              Reading.envelope(),
              Reading.consensus(),
              Reading.preferring(KEEPER),
              Reading.preferring(ZED_NEWS));
      assertThat(readings)
          .hasToString("envelope, consensus, according to keeper, according to" + " zed-news");
    }

    @Test
    void noConsensusWhenSomeFiguresClaimsConflict() {
      Readings readings = Readings.of(conflicting());

      assertThat(readings.hasConsensus()).isFalse();
      assertThat(readings.consensus()).isEmpty();
      assertThat(readings.all())
          .containsExactly(
              Reading.envelope(),
              Reading.preferring(KEEPER),
              Reading.preferring(RIVAL),
              Reading.preferring(ZED_NEWS));
      assertThat(readings)
          .hasToString(
              "envelope, according to keeper, according to rival, according to zed-news (no"
                  + " consensus: some claims conflict)");
    }

    @Test
    void aLedgerWithoutFiguresHasTheEnvelopeAndTheConsensus() {
      Ledger ledger =
          accepted(
              Ledger.of(WORLD)
                  .append(ControlChanged.first(id("control"), when(1, 0), NORTH_JAIL, KEEPER)));

      Readings readings = Readings.of(ledger);

      assertThat(readings.sources()).isEmpty();
      assertThat(readings.all()).containsExactly(Reading.envelope(), Reading.consensus());
      assertThat(readings).hasToString("envelope, consensus");
    }

    @Test
    void theLedgersOwnReadingDoesNotMatter() {
      assertThat(Readings.of(conflicting().withReading(Reading.preferring(RIVAL))))
          .isEqualTo(Readings.of(conflicting()));
    }
  }

  @Nested
  class AQuestionUnderEveryReading {

    @Test
    void answersUnderEveryReadingInOrder() {
      ByReading<Estimate> byReading = ByReading.of(conflicting(), ReadingsTest::escaped);

      assertThat(byReading.answers().keySet())
          .containsExactlyElementsOf(Readings.of(conflicting()).all());
      assertThat(byReading.get(Reading.preferring(KEEPER))).isEqualTo(Estimate.exactly(10));
      assertThat(byReading.get(Reading.preferring(RIVAL))).isEqualTo(Estimate.moreThan(50));
      // Zed News said nothing about the escape: its reading falls back to the envelope
      assertThat(byReading.get(Reading.preferring(ZED_NEWS)))
          .isEqualTo(byReading.get(Reading.envelope()));
      assertThat(byReading.get(Reading.envelope())).isEqualTo(BREAKOUT.size().envelope());
    }

    @Test
    void eachAnswerIsComputedOnTheLedgerReadThatWay() {
      List<Reading> seen = new ArrayList<>();
      ByReading.of(
          conflicting(),
          ledger -> {
            seen.add(ledger.reading());
            return "";
          });

      assertThat(seen).containsExactlyElementsOf(Readings.of(conflicting()).all());
    }

    @Test
    void theLedgersOwnReadingIsAnsweredOnTheLedgerItself() {
      Ledger ledger = conflicting().withReading(Reading.preferring(RIVAL));
      Map<Ledger, Reading> seen = new IdentityHashMap<>();

      ByReading.of(
          ledger,
          l -> {
            seen.put(l, l.reading());
            return l.reading().toString();
          });

      assertThat(seen).containsEntry(ledger, Reading.preferring(RIVAL)).hasSize(4);
    }

    @Test
    void getUnderASourceThatMadeNoClaimIsAnIllegalArgument() {
      ByReading<Estimate> byReading = ByReading.of(conflicting(), ReadingsTest::escaped);

      assertThatThrownBy(() -> byReading.get(Reading.preferring(STRANGER)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "ByReading reading (according to stranger) is not one of the ledger's readings"
                  + " [envelope, according to keeper, according to rival, according to"
                  + " zed-news]");
    }

    @Test
    void getUnderTheConsensusWhereClaimsConflictIsAnIllegalArgument() {
      ByReading<Estimate> byReading = ByReading.of(conflicting(), ReadingsTest::escaped);

      assertThatThrownBy(() -> byReading.get(Reading.consensus()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("ByReading reading (consensus) is not one of");
    }

    @Test
    void getUnderTheConsensusWhereClaimsAgree() {
      ByReading<Estimate> byReading = ByReading.of(agreeing(), ReadingsTest::escaped);

      assertThat(byReading.get(Reading.consensus())).isEqualTo(Estimate.exactly(0));
    }

    @Test
    void aLedgerReadUnderAReadingItDoesNotSupportIsAnsweredUnderItLast() {
      Ledger ledger = conflicting().withReading(Reading.consensus());

      ByReading<String> byReading = ByReading.of(ledger, l -> l.reading().toString());

      assertThat(byReading.answers().keySet()).last().isEqualTo(Reading.consensus());
      assertThat(byReading.get(Reading.consensus())).isEqualTo("consensus");
      assertThat(Readings.of(ledger).consensus()).isEmpty();
    }

    @Test
    void aReadingThatIsNeitherSupportedNorTheLedgersIsNotAnswered() {
      ByReading<String> byReading = ByReading.of(conflicting(), l -> l.reading().toString());

      assertThatThrownBy(() -> byReading.get(Reading.consensus()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(
              "ByReading reading (consensus) is not one of the ledger's readings");
    }

    @Test
    void aNullAnswerIsANullPointerNamingTheReading() {
      Ledger ledger = conflicting();

      assertThatThrownBy(
              () ->
                  ByReading.of(
                      ledger,
                      l -> l.reading().equals(Reading.preferring(RIVAL)) ? null : escaped(l)))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("ByReading question returned null under according to rival");
    }

    @Test
    void toStringIsOneLinePerReading() {
      assertThat(ByReading.of(conflicting(), ReadingsTest::escaped))
          .hasToString(
              "envelope: at least 10\n"
                  + "according to keeper: exactly 10\n"
                  + "according to rival: over 50\n"
                  + "according to zed-news: at least 10");
    }
  }
}
