package dev.custody.event;

import static dev.custody.event.EventsTest.AT;
import static dev.custody.event.EventsTest.FIGHTERS;
import static dev.custody.event.EventsTest.SDF;
import static dev.custody.event.EventsTest.SDF_HASAKAH;
import static dev.custody.event.EventsTest.SHADDADI;
import static dev.custody.event.EventsTest.SY;
import static dev.custody.event.EventsTest.SYRIA;
import static dev.custody.event.EventsTest.exactly;
import static dev.custody.event.EventsTest.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.When;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The movements that bring people into custody, take them out of it by death, or pass custody. */
class MovementEventsTest {

  @Nested
  class Intakes {
    @Test
    void anIntakeMovesPeopleFromOutsideIntoAHeldAccount() {
      DetaineesTakenIntoCustody intake =
          DetaineesTakenIntoCustody.of(
              id("surrender"), AT, SDF_HASAKAH, IntakeKind.SURRENDER, exactly(3_000));

      assertThat(intake.from()).isEqualTo(Account.outside(FIGHTERS));
      assertThat(intake.to()).isEqualTo(SDF_HASAKAH);
      assertThat(intake.how()).isEqualTo(IntakeKind.SURRENDER);
      assertThat(intake.movements())
          .containsExactly(Movement.of(Account.outside(FIGHTERS), SDF_HASAKAH, exactly(3_000)));
      assertThat(intake.type()).isEqualTo("detainees-taken-into-custody");
      assertThat(intake)
          .hasToString(
              "detainees-taken-into-custody surrender 2026-01-20T10:00:00Z (surrender): exactly"
                  + " 3,000 from [outside: fighters affiliated with isis] to [held by sdf at"
                  + " hasakah-facility: fighters affiliated with isis]");
    }

    @Test
    void anIntakeIsIntoCustodyOnly() {
      assertThatThrownBy(
              () ->
                  DetaineesTakenIntoCustody.of(
                      id("in"), AT, Account.atLarge(FIGHTERS), IntakeKind.ARREST, exactly(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DetaineesTakenIntoCustody.to (at large: fighters affiliated with isis) must be a held"
                  + " account, for in");
    }
  }

  @Nested
  class Deaths {
    @Test
    void aDeathInCustodyKeepsWhereTheyDied() {
      DetaineesDied died =
          DetaineesDied.of(id("strike"), AT, SDF_HASAKAH, exactly(12), "air strike");

      assertThat(died.to()).isEqualTo(Account.deadFrom(SDF_HASAKAH));
      assertThat(died.to().facility()).contains(EventsTest.HASAKAH);
      assertThat(died.to().custodian()).contains(SDF);
      assertThat(died.diedInCustody()).isTrue();
      assertThat(died.cause()).contains("air strike");
      assertThat(died)
          .hasToString(
              "detainees-died strike 2026-01-20T10:00:00Z: exactly 12 from [held by sdf at"
                  + " hasakah-facility: fighters affiliated with isis] to [dead from"
                  + " hasakah-facility (held by sdf): fighters affiliated with isis] (\"air"
                  + " strike\")");
    }

    @Test
    void aDeathAtLargeMayBeDatedByAPeriod() {
      When years =
          When.between(LocalDate.of(2011, 1, 1), LocalDate.of(2015, 12, 31), ZoneId.of("UTC"));
      Account atLarge = Account.atLargeFrom(SHADDADI, FIGHTERS);
      DetaineesDied died = DetaineesDied.of(id("years"), years, atLarge, exactly(40));

      assertThat(died.when()).isEqualTo(years);
      assertThat(died.diedInCustody()).isFalse();
      assertThat(died.to()).isEqualTo(Account.deadFrom(atLarge));
      assertThat(died.to().custodian()).isEmpty();
      assertThat(died.cause()).isEmpty();
    }

    @Test
    void theDeadCannotDieAgainAndACauseMustBeText() {
      assertThatThrownBy(
              () -> DetaineesDied.of(id("twice"), AT, Account.dead(FIGHTERS), exactly(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DetaineesDied.from (dead: fighters affiliated with isis) must be a held or at-large"
                  + " account, for twice");
      assertThatThrownBy(() -> DetaineesDied.of(id("blank"), AT, SDF_HASAKAH, exactly(1), " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("DetaineesDied.cause");
    }
  }

  @Nested
  class Handovers {
    @Test
    void custodyPassesInPlace() {
      CustodyHandedOver handover =
          CustodyHandedOver.of(id("h"), AT, SDF_HASAKAH, SYRIA, exactly(5));

      assertThat(handover.to()).isEqualTo(Account.heldAt(SYRIA, EventsTest.HASAKAH, FIGHTERS));
      assertThat(handover.withControl()).isFalse();
      assertThat(handover.movementKind()).isEqualTo(MovementKind.HANDOVER);
      assertThat(
              CustodyHandedOver.of(
                      id("h"), AT, Account.heldIn(SDF, SY, FIGHTERS), SYRIA, exactly(5))
                  .to())
          .isEqualTo(Account.heldIn(SYRIA, SY, FIGHTERS));
      assertThat(
              CustodyHandedOver.of(id("h"), AT, Account.held(SDF, FIGHTERS), SYRIA, exactly(5))
                  .to())
          .isEqualTo(Account.held(SYRIA, FIGHTERS));
      assertThat(
              CustodyHandedOver.builder()
                  .id(id("h"))
                  .when(AT)
                  .from(SDF_HASAKAH)
                  .receiver(SYRIA)
                  .size(exactly(5))
                  .withControl(true)
                  .build())
          .hasToString(
              "custody-handed-over h 2026-01-20T10:00:00Z: exactly 5 from [held by sdf at"
                  + " hasakah-facility: fighters affiliated with isis] to [held by syria-gov at"
                  + " hasakah-facility: fighters affiliated with isis] with control of"
                  + " hasakah-facility");
    }

    @Test
    void aHandoverNeedsAnotherReceiverAndAFacilityForControl() {
      assertThatThrownBy(() -> CustodyHandedOver.of(id("h"), AT, SDF_HASAKAH, SDF, exactly(5)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CustodyHandedOver.receiver (sdf) must differ from the custodian of from, for h");
      assertThatThrownBy(
              () ->
                  CustodyHandedOver.builder()
                      .id(id("h"))
                      .when(AT)
                      .from(Account.held(SDF, FIGHTERS))
                      .receiver(SYRIA)
                      .size(exactly(5))
                      .withControl(true)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CustodyHandedOver.withControl (true) needs from (held by sdf, place not reported:"
                  + " fighters affiliated with isis) to name a facility, for h");
      assertThatThrownBy(
              () -> CustodyHandedOver.of(id("h"), AT, Account.atLarge(FIGHTERS), SYRIA, exactly(5)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "CustodyHandedOver.from (at large: fighters affiliated with isis) must be a held"
                  + " account, for h");
    }
  }
}
