package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.ControlChanged;
import dev.custody.event.DetaineesTakenIntoCustody;
import dev.custody.event.Event;
import dev.custody.event.IntakeKind;
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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Intakes} on a small world: fighters surrender to a keeper at its camp in two waves,
 * children are born there, and a rival arrests some somewhere in Norway, as a monitor reports.
 */
class IntakesTest {

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");
  static final ActorId MONITOR = ActorId.of("monitor");
  static final ActorId BAND = ActorId.of("band");
  static final CountryCode NO = CountryCode.of("NO");
  static final FacilityId CAMP = FacilityId.of("camp");

  static final Cohort FIGHTERS = Cohort.of(CohortCategory.FIGHTERS, BAND);
  static final Cohort MINORS = Cohort.of(CohortCategory.MINORS, BAND);

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(MONITOR, "Monitor", ActorKind.NGO),
              Actor.of(BAND, "Band", ActorKind.DESIGNATED_ORGANISATION)),
          List.of(Facility.of(CAMP, "Camp", FacilityKind.DETENTION_CAMP, Location.in(NO))));

  static Instant at(int day) {
    return Instant.parse(String.format("2030-03-%02dT12:00:00Z", day));
  }

  static Figure by(ActorId source, long count) {
    return Figure.of(Claim.of(Estimate.exactly(count), Source.of(source), When.at(at(1))));
  }

  static DetaineesTakenIntoCustody intake(
      String id, int day, Account into, IntakeKind how, Figure size) {
    return DetaineesTakenIntoCustody.of(EventId.of(id), When.at(at(day)), into, how, size);
  }

  static final Account KEEPER_CAMP = Account.heldAt(KEEPER, CAMP, FIGHTERS);
  static final Account KEEPER_CAMP_MINORS = Account.heldAt(KEEPER, CAMP, MINORS);
  static final Account RIVAL_NO = Account.heldIn(RIVAL, NO, FIGHTERS);

  static final ImmutableList<Event> EVENTS =
      ImmutableList.of(
          ControlChanged.first(EventId.of("control-camp"), When.at(at(1)), CAMP, KEEPER),
          intake("surrender-1", 2, KEEPER_CAMP, IntakeKind.SURRENDER, by(KEEPER, 500)),
          intake("born", 3, KEEPER_CAMP_MINORS, IntakeKind.BIRTH, by(KEEPER, 12)),
          intake("surrender-2", 4, KEEPER_CAMP, IntakeKind.SURRENDER, by(KEEPER, 200)),
          intake("arrests", 5, RIVAL_NO, IntakeKind.ARREST, by(MONITOR, 30)));

  static Ledger ledger() {
    AppendResult result = Ledger.of(WORLD).appendAll(EVENTS);
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static final Ledger LEDGER = ledger();
  static final Intakes LATE = Intakes.of(LEDGER, at(10));

  @Test
  void countsEachWayIntoEachAccountWithItsEvents() {
    assertThat(LATE.intakes())
        .extracting(Intake::how, Intake::count)
        .containsExactly(
            tuple(IntakeKind.SURRENDER, Estimate.exactly(700)),
            tuple(IntakeKind.BIRTH, Estimate.exactly(12)),
            tuple(IntakeKind.ARREST, Estimate.exactly(30)));
    assertThat(LATE.intakes().get(0).events())
        .containsExactly(EventId.of("surrender-1"), EventId.of("surrender-2"));
    assertThat(LATE.intakes().get(0).custodian()).isEqualTo(KEEPER);
  }

  @Test
  void totalsByKindAndByCustodian() {
    assertThat(LATE.byKind())
        .containsExactly(
            entry(IntakeKind.ARREST, Estimate.exactly(30)),
            entry(IntakeKind.SURRENDER, Estimate.exactly(700)),
            entry(IntakeKind.BIRTH, Estimate.exactly(12)));
    assertThat(LATE.byCustodian())
        .containsExactly(entry(KEEPER, Estimate.exactly(712)), entry(RIVAL, Estimate.exactly(30)));
    assertThat(LATE.total()).contains(Estimate.exactly(742));
  }

  @Test
  void countsOnlyWhatHadCertainlyHappenedByTheInstant() {
    Intakes third = Intakes.of(LEDGER, at(3));

    assertThat(third.byKind()).containsOnlyKeys(IntakeKind.SURRENDER, IntakeKind.BIRTH);
    assertThat(third.total()).contains(Estimate.exactly(512));
  }

  @Test
  void noIntakeRecordedIsNoTotalNotZero() {
    Intakes first = Intakes.of(LEDGER, at(1));

    assertThat(first.intakes()).isEmpty();
    assertThat(first.byKind()).isEmpty();
    assertThat(first.total()).isEmpty();
    assertThat(first.toString())
        .isEqualTo("intakes by 2030-03-01T12:00:00Z (envelope)\n  total: none recorded");
  }

  @Test
  void aFigureFromAnotherSourceIsAFallbackOfTheReadingThatPrefersTheKeeper() {
    Intakes keeper = Intakes.of(LEDGER.withReading(Reading.preferring(KEEPER)), at(10));

    assertThat(keeper.fallbacks()).containsExactly(EventId.of("arrests"));
    assertThat(keeper.reading()).isEqualTo(Reading.preferring(KEEPER));
    assertThat(LATE.fallbacks()).isEmpty();
  }

  @Test
  void theTextHasOneLinePerIntakeAndTheTotal() {
    assertThat(LATE.toString())
        .isEqualTo(
            "intakes by 2030-03-10T12:00:00Z (envelope)\n"
                + "  surrender into held by keeper at camp: fighters affiliated with band:"
                + " exactly 700 by surrender-1, surrender-2\n"
                + "  birth into held by keeper at camp: minors affiliated with band: exactly 12"
                + " by born\n"
                + "  arrest into held by rival in NO: fighters affiliated with band: exactly 30"
                + " by arrests\n"
                + "  total: exactly 742");
  }

  @Test
  void anIntakeIsIntoAHeldAccountByAtLeastOneEvent() {
    assertThatThrownBy(
            () ->
                Intake.create(
                    Account.released(FIGHTERS),
                    IntakeKind.ARREST,
                    Estimate.exactly(1),
                    List.of(EventId.of("a"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Intake.into (released: fighters affiliated with band) must be a held account");
    assertThatThrownBy(
            () -> Intake.create(KEEPER_CAMP, IntakeKind.ARREST, Estimate.exactly(1), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Intake.events ([]) must name at least one event");
  }
}
