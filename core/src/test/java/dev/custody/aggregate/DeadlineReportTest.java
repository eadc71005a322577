package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import dev.custody.agreement.Agreement;
import dev.custody.agreement.AgreementKind;
import dev.custody.agreement.Deadline;
import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.agreement.Obligation;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.ObligationMet;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.World;
import dev.custody.model.Actor;
import dev.custody.model.ActorId;
import dev.custody.model.ActorKind;
import dev.custody.model.AgreementId;
import dev.custody.model.EventId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link DeadlineReport} on a small synthetic world: a truce concluded on 2 March 2030 binds the
 * keeper to hand over a jail by the end of 5 March (met on the 4th) and the rival to withdraw by
 * the end of the 3rd (extended on the 6th to the end of the 9th), to talk with no deadline, and to
 * disarm (waived at once); an exchange concluded some time on 8 March binds the keeper to swap
 * prisoners by the end of the 12th.
 */
class DeadlineReportTest {

  // ------------------------------------------------------------------------------------------
  // the fixture

  static final ActorId KEEPER = ActorId.of("keeper");
  static final ActorId RIVAL = ActorId.of("rival");

  static final World WORLD =
      World.of(
          List.of(
              Actor.of(KEEPER, "Keeper", ActorKind.STATE),
              Actor.of(RIVAL, "Rival", ActorKind.NON_STATE_ARMED_GROUP)),
          List.of());

  static final AgreementId TRUCE = AgreementId.of("truce");
  static final AgreementId EXCHANGE = AgreementId.of("exchange");

  static final ObligationId HAND_OVER = ObligationId.of("hand-over");
  static final ObligationId WITHDRAW = ObligationId.of("withdraw");
  static final ObligationId TALK = ObligationId.of("talk");
  static final ObligationId DISARM = ObligationId.of("disarm");
  static final ObligationId SWAP = ObligationId.of("swap");

  static Instant at(int day, int hour) {
    return Instant.parse(String.format("2030-03-%02dT%02d:00:00Z", day, hour));
  }

  static When when(int day, int hour) {
    return When.at(at(day, hour));
  }

  static LocalDate date(int day) {
    return LocalDate.of(2030, 3, day);
  }

  static Deadline endOf(int day) {
    return Deadline.on(date(day), ZoneOffset.UTC);
  }

  static EventId id(String value) {
    return EventId.of(value);
  }

  static final Agreement TRUCE_AGREEMENT =
      Agreement.builder()
          .id(TRUCE)
          .kind(AgreementKind.CEASEFIRE)
          .title("Truce between the keeper and the rival")
          .addParties(KEEPER, RIVAL)
          .concluded(when(2, 0))
          .addObligations(
              Obligation.of(HAND_OVER, KEEPER, "hand over the north jail", endOf(5)),
              Obligation.of(WITHDRAW, RIVAL, "withdraw from the road", endOf(3)),
              Obligation.of(TALK, RIVAL, "keep talking"),
              Obligation.builder()
                  .id(DISARM)
                  .obligor(RIVAL)
                  .description("disarm")
                  .waived(when(2, 1))
                  .build())
          .build();

  static final Agreement EXCHANGE_AGREEMENT =
      Agreement.builder()
          .id(EXCHANGE)
          .kind(AgreementKind.TRANSFER_ARRANGEMENT)
          .title("Exchange of prisoners")
          .addParties(KEEPER, RIVAL)
          .concluded(When.on(date(8), ZoneOffset.UTC))
          .addObligations(Obligation.of(SWAP, KEEPER, "swap prisoners", endOf(12)))
          .build();

  static final ImmutableList<Event> EVENTS =
      ImmutableList.of(
          AgreementConcluded.of(id("truce-signed"), TRUCE_AGREEMENT),
          ObligationMet.of(id("handed-over"), when(4, 0), TRUCE, HAND_OVER),
          DeadlineExtended.of(id("more-time"), when(6, 0), TRUCE, WITHDRAW, endOf(9)),
          AgreementConcluded.of(id("exchange-signed"), EXCHANGE_AGREEMENT));

  static Ledger accepted(AppendResult result) {
    assertThat(result.isAccepted()).as("%s", result.verdict()).isTrue();
    return result.ledger();
  }

  static Ledger ledger() {
    return accepted(Ledger.of(WORLD).appendAll(EVENTS));
  }

  static State stateOf(DeadlineReport report, AgreementId agreement, ObligationId obligation) {
    return report.obligation(agreement, obligation).orElseThrow().status().state();
  }

  // ------------------------------------------------------------------------------------------

  @Test
  void listsTheObligationsOfEveryAgreementConcludedByTheInstant() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(5, 0));

    assertThat(report.asOf()).isEqualTo(at(5, 0));
    assertThat(report.obligations())
        .extracting(o -> o.agreement() + "/" + o.obligation().id())
        .containsExactly("truce/hand-over", "truce/withdraw", "truce/talk", "truce/disarm");
  }

  @Test
  void anAgreementNotCertainlyConcludedByTheInstantIsAbsent() {
    // concluded some time on the 8th: not certainly by noon
    DeadlineReport report = DeadlineReport.of(ledger(), at(8, 12));

    assertThat(report.obligation(EXCHANGE, SWAP)).isEmpty();
    assertThat(report.obligations()).extracting(ObligationReport::agreement).containsOnly(TRUCE);
  }

  @Test
  void agreementsAreInIdOrderNotTheOrderConcluded() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(9, 0));

    assertThat(report.obligations())
        .extracting(o -> o.agreement() + "/" + o.obligation().id())
        .containsExactly(
            "exchange/swap", "truce/hand-over", "truce/withdraw", "truce/talk", "truce/disarm");
  }

  @Test
  void aMetObligationIsNotOpen() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(5, 0));

    ObligationReport handOver = report.obligation(TRUCE, HAND_OVER).orElseThrow();
    assertThat(handOver.status().state()).isEqualTo(State.MET);
    assertThat(handOver.isOpen()).isFalse();
    assertThat(handOver.obligation().met()).contains(when(4, 0));
    assertThat(report.open()).extracting(o -> o.obligation().id()).containsExactly(WITHDRAW, TALK);
  }

  @Test
  void aWaivedObligationIsNotOpen() {
    ObligationReport disarm =
        DeadlineReport.of(ledger(), at(5, 0)).obligation(TRUCE, DISARM).orElseThrow();

    assertThat(disarm.status().state()).isEqualTo(State.WAIVED);
    assertThat(disarm.isOpen()).isFalse();
  }

  @Test
  void aMeetingRecordedAfterTheInstantIsNotApplied() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(3, 12));

    ObligationReport handOver = report.obligation(TRUCE, HAND_OVER).orElseThrow();
    assertThat(handOver.status().state()).isEqualTo(State.PENDING);
    assertThat(handOver.isOpen()).isTrue();
    assertThat(handOver.obligation().met()).isEmpty();
    // until the end of the 5th
    assertThat(handOver.status().timeLeft()).isEqualTo(Duration.ofHours(60));
  }

  @Test
  void aLapsedObligationIsOpenAndOverdue() {
    ObligationReport withdraw =
        DeadlineReport.of(ledger(), at(5, 0)).obligation(TRUCE, WITHDRAW).orElseThrow();

    assertThat(withdraw.status().state()).isEqualTo(State.LAPSED);
    assertThat(withdraw.isOpen()).isTrue();
    // the end of the 3rd is the start of the 4th
    assertThat(withdraw.status().overdue()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void anExtensionAppliesOnlyOnceRecorded() {
    assertThat(stateOf(DeadlineReport.of(ledger(), at(5, 23)), TRUCE, WITHDRAW))
        .isEqualTo(State.LAPSED);
    assertThat(stateOf(DeadlineReport.of(ledger(), at(6, 0)), TRUCE, WITHDRAW))
        .isEqualTo(State.EXTENDED);
    assertThat(stateOf(DeadlineReport.of(ledger(), at(10, 0)), TRUCE, WITHDRAW))
        .isEqualTo(State.LAPSED);
  }

  @Test
  void anObligationWithoutDeadlineStaysPending() {
    assertThat(stateOf(DeadlineReport.of(ledger(), at(31, 0)), TRUCE, TALK))
        .isEqualTo(State.PENDING);
  }

  @Test
  void obligationLookupIsByAgreementAndObligation() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(9, 0));

    assertThat(report.obligation(EXCHANGE, SWAP)).isPresent();
    assertThat(report.obligation(TRUCE, SWAP)).isEmpty();
    assertThat(report.obligation(EXCHANGE, HAND_OVER)).isEmpty();
    assertThat(report.obligation(AgreementId.of("no-such"), SWAP)).isEmpty();
  }

  @Test
  void beforeAnyAgreementThereIsNothingToReport() {
    DeadlineReport report = DeadlineReport.of(ledger(), at(1, 0));

    assertThat(report.obligations()).isEmpty();
    assertThat(report.open()).isEmpty();
    assertThat(report).hasToString("obligations at 2030-03-01T00:00:00Z: none");
  }

  @Test
  void toStringIsOneLinePerObligation() {
    assertThat(DeadlineReport.of(ledger(), at(5, 0)))
        .hasToString(
            "obligations at 2030-03-05T00:00:00Z\n"
                + "  truce/hand-over (keeper): met 2030-03-04T00:00:00Z (end of 2030-03-05 (Z))\n"
                + "  truce/withdraw (rival): lapsed 1 day ago (end of 2030-03-03 (Z))\n"
                + "  truce/talk (rival): pending, no deadline\n"
                + "  truce/disarm (rival): waived 2030-03-02T01:00:00Z");
  }

  @Test
  void toStringOfAnObligationWithTimeLeft() {
    assertThat(DeadlineReport.of(ledger(), at(9, 0)).obligation(EXCHANGE, SWAP).orElseThrow())
        .hasToString("exchange/swap (keeper): pending, 4 days left (end of 2030-03-12 (Z))");
  }
}
