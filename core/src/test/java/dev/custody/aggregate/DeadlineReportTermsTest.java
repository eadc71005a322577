package dev.custody.aggregate;

import static dev.custody.aggregate.DeadlineReportTest.KEEPER;
import static dev.custody.aggregate.DeadlineReportTest.RIVAL;
import static dev.custody.aggregate.DeadlineReportTest.accepted;
import static dev.custody.aggregate.DeadlineReportTest.at;
import static dev.custody.aggregate.DeadlineReportTest.endOf;
import static dev.custody.aggregate.DeadlineReportTest.id;
import static dev.custody.aggregate.DeadlineReportTest.stateOf;
import static dev.custody.aggregate.DeadlineReportTest.when;
import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.agreement.Obligation;
import dev.custody.agreement.Term;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.ObligationBreached;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.ObligationId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadlineReport} over obligations of the second model: a pause of 120 hours from a truce
 * concluded at midnight on 2 March 2030, breached on the 4th; a pause of 48 hours, kept; a deadline
 * brought forward; and an obligation of a monitor that is not a party.
 */
class DeadlineReportTermsTest {
  static final ActorId MONITOR = ActorId.of("monitor");
  static final AgreementId PAUSE = AgreementId.of("pause");
  static final ObligationId HOLD_FIRE = ObligationId.of("hold-fire");
  static final ObligationId STAY_OUT = ObligationId.of("stay-out");
  static final ObligationId LEAVE = ObligationId.of("leave");
  static final ObligationId OBSERVE = ObligationId.of("observe");

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP),
              Actor.of(MONITOR, "Monitor", ActorKind.INTERNATIONAL_ORGANISATION)),
          List.of());

  static Obligation term(ObligationId id, ActorId obligor, int hours) {
    return Obligation.builder()
        .id(id)
        .obligor(obligor)
        .description("pause operations")
        .term(Term.of(when(2, 0), Duration.ofHours(hours)))
        .build();
  }

  static Ledger ledger() {
    Agreement pause =
        Agreement.builder()
            .id(PAUSE)
            .kind(AgreementKind.CEASEFIRE)
            .title("Pause")
            .addParties(KEEPER, RIVAL)
            .concluded(when(2, 0))
            .addObligations(
                term(HOLD_FIRE, RIVAL, 120),
                term(STAY_OUT, KEEPER, 48),
                Obligation.of(LEAVE, RIVAL, "leave the road", endOf(9)),
                Obligation.of(OBSERVE, MONITOR, "observe the pause"))
            .build();
    return accepted(
        Ledger.of(WORLD)
            .appendAll(
                List.of(
                    AgreementConcluded.of(id("pause-agreed"), pause),
                    ObligationBreached.of(id("shelling"), when(4, 6), PAUSE, HOLD_FIRE),
                    DeadlineExtended.of(id("sooner"), when(3, 0), PAUSE, LEAVE, endOf(5)))));
  }

  @Test
  void termsAreInForceThenKeptOrBreached() {
    DeadlineReport third = DeadlineReport.of(ledger(), at(3, 0));
    DeadlineReport tenth = DeadlineReport.of(ledger(), at(10, 0));

    assertThat(stateOf(third, PAUSE, HOLD_FIRE)).isEqualTo(State.IN_FORCE);
    assertThat(stateOf(third, PAUSE, STAY_OUT)).isEqualTo(State.IN_FORCE);
    assertThat(stateOf(tenth, PAUSE, HOLD_FIRE)).isEqualTo(State.BREACHED);
    assertThat(stateOf(tenth, PAUSE, STAY_OUT)).isEqualTo(State.KEPT);
    assertThat(tenth.open()).extracting(o -> o.obligation().id()).containsExactly(LEAVE, OBSERVE);
  }

  @Test
  void aDeadlineBroughtForwardLapsesSooner() {
    assertThat(stateOf(DeadlineReport.of(ledger(), at(4, 0)), PAUSE, LEAVE))
        .isEqualTo(State.BROUGHT_FORWARD);
    assertThat(stateOf(DeadlineReport.of(ledger(), at(6, 0)), PAUSE, LEAVE))
        .isEqualTo(State.LAPSED);
  }

  @Test
  void thirdPartiesAreToldFromParties() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(3, 12));

    assertThat(report.obligation(PAUSE, OBSERVE).orElseThrow().thirdParty()).isTrue();
    assertThat(report.obligation(PAUSE, HOLD_FIRE).orElseThrow().thirdParty()).isFalse();
    assertThat(report.toString())
        .contains(
            "pause/observe (monitor, third party): pending, no deadline",
            "pause/hold-fire (rival): in force, 3 days 12 hours left (2030-03-07T00:00:00Z)",
            "pause/leave (rival): brought forward, 2 days 12 hours left (end of 2030-03-05 (Z))");
  }
}
