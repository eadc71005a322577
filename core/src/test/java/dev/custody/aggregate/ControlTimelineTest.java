package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.event.ControlChanged;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.CountryCode;
import dev.custody.model.EventId;
import dev.custody.model.Facility;
import dev.custody.model.FacilityId;
import dev.custody.model.FacilityKind;
import dev.custody.model.Location;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ControlTimeline} on a small synthetic world: the keeper controls a jail from 1 March 2030,
 * loses it to the rival on the 5th or 6th and takes it back at noon on the 9th; the rival controls
 * a camp from the 2nd; nobody's control of a third site is recorded.
 */
class ControlTimelineTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");

  static final CountryCode NO = CountryCode.of("NO");
  static final FacilityId NORTH_JAIL = FacilityId.of("north-jail");
  static final FacilityId EAST_CAMP = FacilityId.of("east-camp");
  static final FacilityId SOUTH_SITE = FacilityId.of("south-site");

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP)),
          List.of(
              Facility.of(NORTH_JAIL, "North jail", FacilityKind.PRISON, Location.in(NO)),
              Facility.of(EAST_CAMP, "East camp", FacilityKind.DETENTION_CAMP, Location.in(NO)),
              Facility.of(
                  SOUTH_SITE, "South site", FacilityKind.UNDISCLOSED_SITE, Location.in(NO))));

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static final When FIFTH_OR_SIXTH =
      When.between(LocalDate.of(2030, 3, 5), LocalDate.of(2030, 3, 6), ZoneOffset.UTC);

  static final ImmutableList<Event> EVENTS =
      ImmutableList.of(
          ControlChanged.first(id("control-north"), when(1, 0), NORTH_JAIL, KEEPER),
          ControlChanged.first(id("control-east"), when(2, 0), EAST_CAMP, RIVAL),
          ControlChanged.of(id("taken"), FIFTH_OR_SIXTH, NORTH_JAIL, KEEPER, RIVAL),
          ControlChanged.of(id("retaken"), when(9, 12), NORTH_JAIL, RIVAL, KEEPER));

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger ledger() {
    return accepted(Ledger.of(WORLD).appendAll(EVENTS));
  }

  // ------------------------------------------------------------------------------------------

  @Test
  void periodsFollowTheChangesOfTheFacilityOnly() {
    ControlTimeline timeline = ControlTimeline.of(ledger(), NORTH_JAIL);

    assertThat(timeline.facility()).isEqualTo(NORTH_JAIL);
    assertThat(timeline.periods())
        .extracting(period -> period.controller().orElseThrow())
        .containsExactly(KEEPER, RIVAL, KEEPER);
    assertThat(timeline.periods())
        .extracting(ControlPeriod::began)
        .containsExactly(id("control-north"), id("taken"), id("retaken"));
    assertThat(timeline.periods())
        .extracting(ControlPeriod::from)
        .containsExactly(when(1, 0), FIFTH_OR_SIXTH, when(9, 12));
  }

  @Test
  void eachPeriodButTheLastEndsWhereTheNextBegins() {
    ImmutableList<ControlPeriod> periods = ControlTimeline.of(ledger(), NORTH_JAIL).periods();

    for (int i = 0; i + 1 < periods.size(); i++) {
      assertThat(periods.get(i).ended()).contains(periods.get(i + 1).began());
      assertThat(periods.get(i).until()).contains(periods.get(i + 1).from());
      assertThat(periods.get(i).isCurrent()).isFalse();
    }
    ControlPeriod last = periods.get(periods.size() - 1);
    assertThat(last.ended()).isEmpty();
    assertThat(last.until()).isEmpty();
    assertThat(last.isCurrent()).isTrue();
  }

  @Test
  void currentIsTheLastPeriod() {
    ControlTimeline timeline = ControlTimeline.of(ledger(), NORTH_JAIL);

    assertThat(timeline.current()).contains(timeline.periods().get(2));
    assertThat(ControlTimeline.of(ledger(), EAST_CAMP).current().flatMap(ControlPeriod::controller))
        .contains(RIVAL);
  }

  @Test
  void controllerAtAgreesWithTheLedger() {
    Ledger ledger = ledger();
    ControlTimeline timeline = ControlTimeline.of(ledger, NORTH_JAIL);

    for (Instant instant :
        List.of(
            at(1, 0).minusSeconds(1),
            at(1, 0),
            at(5, 12),
            at(6, 23),
            at(7, 0),
            at(9, 11),
            at(9, 12),
            at(20, 0))) {
      assertThat(timeline.controllerAt(instant))
          .as("%s", instant)
          .isEqualTo(ledger.controllerAt(NORTH_JAIL, instant));
    }
  }

  @Test
  void controllerAtIsTheControllerAfterTheLastChangeCertainlyDone() {
    ControlTimeline timeline = ControlTimeline.of(ledger(), NORTH_JAIL);

    assertThat(timeline.controllerAt(at(1, 0).minusSeconds(1))).isEmpty();
    assertThat(timeline.periodAt(at(1, 0).minusSeconds(1))).isEmpty();
    assertThat(timeline.controllerAt(at(1, 0))).contains(KEEPER);
    // the takeover on the 5th or 6th is certain only once the 6th is over
    assertThat(timeline.controllerAt(at(6, 23))).contains(KEEPER);
    assertThat(timeline.controllerAt(at(7, 0))).contains(RIVAL);
    assertThat(timeline.periodAt(at(7, 0)).map(ControlPeriod::began)).contains(id("taken"));
    assertThat(timeline.controllerAt(at(9, 12))).contains(KEEPER);
  }

  @Test
  void aFacilityWithoutRecordedControlHasAnEmptyTimeline() {
    ControlTimeline timeline = ControlTimeline.of(ledger(), SOUTH_SITE);

    assertThat(timeline.periods()).isEmpty();
    assertThat(timeline.current()).isEmpty();
    assertThat(timeline.controllerAt(at(20, 0))).isEmpty();
    assertThat(timeline.controllerAt(at(20, 0)))
        .isEqualTo(ledger().controllerAt(SOUTH_SITE, at(20, 0)));
    assertThat(timeline).hasToString("control of south-site: not recorded");
  }

  @Test
  void toStringIsOneLinePerPeriod() {
    assertThat(ControlTimeline.of(ledger(), NORTH_JAIL))
        .hasToString(
            "control of north-jail\n"
                + "  keeper from 2030-03-01T00:00:00Z until 2030-03-05 to 2030-03-06 (Z)\n"
                + "  rival from 2030-03-05 to 2030-03-06 (Z) until 2030-03-09T12:00:00Z\n"
                + "  keeper from 2030-03-09T12:00:00Z, current");
  }
}
