package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.ActorId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ObligationTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ObligationId DECIDE = ObligationId.of("decide-integration");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final String WHAT =
      "decide how to integrate its military and civilian institutions into the Damascus"
          + " administration";
  private static final Deadline JAN_24 = Deadline.on(day(24).firstDate(), DAMASCUS);
  private static final Deadline JAN_28 = Deadline.on(day(28).firstDate(), DAMASCUS);
  private static final Deadline JAN_31 = Deadline.on(day(31).firstDate(), DAMASCUS);

  /** The first instant of 2026-01-25 in Damascus, when the original deadline lapses. */
  private static final Instant LAPSE = Instant.parse("2026-01-24T21:00:00Z");

  private static final Obligation OPEN = Obligation.of(DECIDE, SDF, WHAT, JAN_24);

  /** 2026-01-{dayOfMonth} in Damascus. */
  private static When day(int dayOfMonth) {
    return When.on(LocalDate.of(2026, 1, dayOfMonth), DAMASCUS);
  }

  /** {@code hour}:00 on 2026-01-{dayOfMonth} in Damascus. */
  private static Instant at(int dayOfMonth, int hour) {
    return ZonedDateTime.of(2026, 1, dayOfMonth, hour, 0, 0, 0, DAMASCUS).toInstant();
  }

  @Nested
  class Construction {

    @Test
    void ofSetsADeadlineAndNothingElse() {
      assertThat(OPEN.id()).isEqualTo(DECIDE);
      assertThat(OPEN.obligor()).isEqualTo(SDF);
      assertThat(OPEN.description()).isEqualTo(WHAT);
      assertThat(OPEN.deadline()).contains(JAN_24);
      assertThat(OPEN.extensions()).isEmpty();
      assertThat(OPEN.met()).isEmpty();
      assertThat(OPEN.waived()).isEmpty();
    }

    @Test
    void withoutDeadlineHasNone() {
      Obligation quickly = Obligation.of(DECIDE, SDF, "complete the transfer quickly");

      assertThat(quickly.deadline()).isEmpty();
      assertThat(quickly.deadlineAt(LAPSE)).isEmpty();
      assertThat(quickly.description()).isEqualTo("complete the transfer quickly");
    }

    @Test
    void theBuilderRecordsHistory() {
      Obligation recorded =
          Obligation.builder()
              .id(DECIDE)
              .obligor(SDF)
              .description(WHAT)
              .deadline(JAN_24)
              .addExtensions(DeadlineExtension.of(JAN_28, day(24)))
              .met(day(27))
              .build();

      assertThat(recorded).isEqualTo(OPEN.withExtension(JAN_28, day(24)).withMet(day(27)));
    }

    @Test
    void rejectsABlankDescription() {
      assertThatThrownBy(() -> Obligation.of(DECIDE, SDF, " ", JAN_24))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Obligation.description (\" \") must not be blank");
      assertThatThrownBy(() -> Obligation.of(DECIDE, SDF, " decide"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Obligation.description (\" decide\") must not begin or end with whitespace");
    }
  }

  @Nested
  class Invariants {

    @Test
    void notBothMetAndWaived() {
      assertThatThrownBy(
              () ->
                  Obligation.builder()
                      .id(DECIDE)
                      .obligor(SDF)
                      .description(WHAT)
                      .met(day(23))
                      .waived(day(22))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Obligation.waived (2026-01-22 (Asia/Damascus)) must be empty when met"
                  + " (2026-01-23 (Asia/Damascus)) is present, for decide-integration");
    }

    @Test
    void metOrWaivedAloneIsFine() {
      assertThat(OPEN.withMet(day(23)).met()).contains(day(23));
      assertThat(OPEN.withWaived(day(23)).waived()).contains(day(23));
    }

    @Test
    void anExtensionNeedsAnOriginalDeadline() {
      Obligation quickly = Obligation.of(DECIDE, SDF, WHAT);

      assertThatThrownBy(() -> quickly.withExtension(JAN_28, day(24)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Obligation.extensions ([to end of 2026-01-28 (Asia/Damascus), decided 2026-01-24"
                  + " (Asia/Damascus)]) need an original deadline or a term, for"
                  + " decide-integration");
    }

    @Test
    void aRevisionMayBringTheDeadlineForward() {
      Deadline jan23 = Deadline.on(LocalDate.of(2026, 1, 23), DAMASCUS);

      assertThat(OPEN.withRevision(jan23, day(22)).extensions())
          .containsExactly(DeadlineExtension.of(jan23, day(22)));
      assertThat(OPEN.withRevision(jan23, day(22)).deadlineAt(at(23, 0))).contains(jan23);
    }

    @Test
    void anExtensionLapsingOneNanosecondLaterIsLater() {
      Deadline justAfter = Deadline.at(LAPSE.plusNanos(1), DAMASCUS);

      assertThat(OPEN.withExtension(justAfter, day(24)).extensions())
          .containsExactly(DeadlineExtension.of(justAfter, day(24)));
    }

    @Test
    void aRevisionToTheSameLapseIsRecorded() {
      // rule CUS-013 warns that it changes nothing; the obligation records it as reported
      assertThat(OPEN.withRevision(Deadline.at(LAPSE, DAMASCUS), day(24)).extensions())
          .containsExactly(DeadlineExtension.of(Deadline.at(LAPSE, DAMASCUS), day(24)));
    }

    @Test
    void revisionsGoEitherWayInTurn() {
      Obligation revised = OPEN.withExtension(JAN_31, day(24)).withRevision(JAN_28, day(26));

      assertThat(revised.extensions())
          .containsExactly(
              DeadlineExtension.of(JAN_31, day(24)), DeadlineExtension.of(JAN_28, day(26)));
      assertThat(revised.latestDeadline()).contains(JAN_28);
      assertThat(revised.deadlineAt(at(25, 12))).contains(JAN_31);
      assertThat(revised.deadlineAt(at(27, 0))).contains(JAN_28);
    }

    @Test
    void theBuilderChecksRevisionsOfATerm() {
      Term pause = Term.of(day(20), Duration.ofHours(120));

      assertThatThrownBy(
              () ->
                  Obligation.builder()
                      .id(DECIDE)
                      .obligor(SDF)
                      .description(WHAT)
                      .term(pause)
                      .addExtensions(DeadlineExtension.of(JAN_24, day(20)))
                      .addExtensions(
                          DeadlineExtension.of(
                              Deadline.on(LocalDate.of(2026, 1, 19), DAMASCUS), day(21)))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Obligation.extensions deadline (end of 2026-01-19 (Asia/Damascus)) must lapse after"
                  + " the term begins (2026-01-20 (Asia/Damascus)), for decide-integration");
    }
  }

  @Nested
  class With {

    @Test
    void withMetLeavesTheOriginalUnchanged() {
      Obligation met = OPEN.withMet(day(23));

      assertThat(met.met()).contains(day(23));
      assertThat(OPEN.met()).isEmpty();
      assertThat(met.deadline()).isEqualTo(OPEN.deadline());
    }

    @Test
    void cannotBeMetTwice() {
      Obligation met = OPEN.withMet(day(23));

      assertThatThrownBy(() -> met.withMet(day(24)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide-integration is already met (2026-01-23 (Asia/Damascus)); cannot"
                  + " meet it 2026-01-24 (Asia/Damascus)");
    }

    @Test
    void cannotBeWaivedTwice() {
      Obligation waived = OPEN.withWaived(day(23));

      assertThatThrownBy(() -> waived.withWaived(day(24)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide-integration is already waived (2026-01-23 (Asia/Damascus));"
                  + " cannot waive it 2026-01-24 (Asia/Damascus)");
    }

    @Test
    void aMetObligationCannotBeWaivedNorAWaivedOneMet() {
      assertThatThrownBy(() -> OPEN.withMet(day(23)).withWaived(day(24)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide-integration is already met (2026-01-23 (Asia/Damascus)); cannot"
                  + " waive it 2026-01-24 (Asia/Damascus)");
      assertThatThrownBy(() -> OPEN.withWaived(day(23)).withMet(day(24)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide-integration is already waived (2026-01-23 (Asia/Damascus));"
                  + " cannot meet it 2026-01-24 (Asia/Damascus)");
    }

    @Test
    void withExtensionAppendsAndLeavesTheOriginalUnchanged() {
      Obligation extended = OPEN.withExtension(JAN_28, day(24));

      assertThat(extended.extensions()).containsExactly(DeadlineExtension.of(JAN_28, day(24)));
      assertThat(extended.deadline()).contains(JAN_24);
      assertThat(OPEN.extensions()).isEmpty();
    }
  }

  @Nested
  class DeadlineAt {
    private final Obligation extendedTwice =
        OPEN.withExtension(JAN_28, day(24)).withExtension(JAN_31, day(28));

    @Test
    void isTheOriginalUntilAnExtensionIsCertainlyDecided() {
      assertThat(extendedTwice.deadlineAt(at(20, 0))).contains(JAN_24);
      // the extension was decided "on the 24th": only certain once that day is over
      assertThat(extendedTwice.deadlineAt(at(24, 23))).contains(JAN_24);
      assertThat(extendedTwice.deadlineAt(LAPSE.minusNanos(1))).contains(JAN_24);
      assertThat(extendedTwice.deadlineAt(LAPSE)).contains(JAN_28);
    }

    @Test
    void isTheLatestExtensionDecidedByThen() {
      assertThat(extendedTwice.deadlineAt(at(28, 12))).contains(JAN_28);
      assertThat(extendedTwice.deadlineAt(at(29, 0))).contains(JAN_31);
      assertThat(extendedTwice.deadlineAt(at(31, 12))).contains(JAN_31);
    }

    @Test
    void anExtensionDecidedAtAnInstantAppliesFromThatInstant() {
      Obligation extended = OPEN.withExtension(JAN_28, When.at(at(24, 18)));

      assertThat(extended.deadlineAt(at(24, 18).minusNanos(1))).contains(JAN_24);
      assertThat(extended.deadlineAt(at(24, 18))).contains(JAN_28);
    }
  }

  @Nested
  class StatusAt {

    @Test
    void pendingBeforeTheDeadlineLapses() {
      DeadlineStatus status = OPEN.statusAt(at(22, 12));

      assertThat(status.state()).isEqualTo(State.PENDING);
      assertThat(status.asOf()).isEqualTo(at(22, 12));
      assertThat(status.deadline()).contains(JAN_24);
      assertThat(status.settled()).isEmpty();
      assertThat(status.isOpen()).isTrue();
      assertThat(status.timeLeft()).isEqualTo(Duration.ofDays(2).plusHours(12));
      assertThat(OPEN.statusAt(LAPSE.minusNanos(1)).state()).isEqualTo(State.PENDING);
    }

    @Test
    void lapsedFromTheFirstInstantOfTheNextDay() {
      DeadlineStatus atLapse = OPEN.statusAt(LAPSE);
      DeadlineStatus later = OPEN.statusAt(at(25, 3));

      assertThat(atLapse.state()).isEqualTo(State.LAPSED);
      assertThat(atLapse.overdue()).isZero();
      assertThat(atLapse.isOpen()).isTrue();
      assertThat(later.state()).isEqualTo(State.LAPSED);
      assertThat(later.overdue()).isEqualTo(Duration.ofHours(3));
      assertThat(later.deadline()).contains(JAN_24);
    }

    @Test
    void extendedOnceTheExtensionIsCertainlyDecided() {
      Obligation extended = OPEN.withExtension(JAN_28, day(24));

      assertThat(extended.statusAt(at(24, 12)).state()).isEqualTo(State.PENDING);
      assertThat(extended.statusAt(at(24, 12)).deadline()).contains(JAN_24);

      DeadlineStatus status = extended.statusAt(LAPSE);
      assertThat(status.state()).isEqualTo(State.EXTENDED);
      assertThat(status.deadline()).contains(JAN_28);
      assertThat(status.isOpen()).isTrue();
      assertThat(status.timeLeft()).isEqualTo(Duration.ofDays(4));
    }

    @Test
    void anExtensionDecidedAfterTheLapseReopensTheObligation() {
      Obligation extended = OPEN.withExtension(JAN_28, day(25));

      assertThat(extended.statusAt(at(25, 12)).state()).isEqualTo(State.LAPSED);
      assertThat(extended.statusAt(at(26, 0)).state()).isEqualTo(State.EXTENDED);
    }

    @Test
    void lapsedWhenTheExtendedDeadlineLapsesToo() {
      Obligation extended = OPEN.withExtension(JAN_28, day(24));
      DeadlineStatus status = extended.statusAt(at(29, 2));

      assertThat(status.state()).isEqualTo(State.LAPSED);
      assertThat(status.deadline()).contains(JAN_28);
      assertThat(status.overdue()).isEqualTo(Duration.ofHours(2));
    }

    @Test
    void metOnTimeFromTheEndOfTheDayItWasMet() {
      Obligation met = OPEN.withMet(day(23));

      assertThat(met.statusAt(at(23, 12)).state()).isEqualTo(State.PENDING);
      DeadlineStatus status = met.statusAt(at(24, 0));
      assertThat(status.state()).isEqualTo(State.MET);
      assertThat(status.settled()).contains(day(23));
      assertThat(status.deadline()).contains(JAN_24);
      assertThat(status.isOpen()).isFalse();
      assertThat(status.isLate()).isFalse();
      // still met, on time, long after the deadline
      assertThat(met.statusAt(at(30, 0)).state()).isEqualTo(State.MET);
      assertThat(met.statusAt(at(30, 0)).isLate()).isFalse();
    }

    @Test
    void metLate() {
      Obligation met = OPEN.withMet(day(26));

      assertThat(met.statusAt(at(26, 12)).state()).isEqualTo(State.LAPSED);
      DeadlineStatus status = met.statusAt(at(27, 0));
      assertThat(status.state()).isEqualTo(State.MET);
      assertThat(status.isLate()).isTrue();
      assertThat(status.isOpen()).isFalse();
    }

    @Test
    void metAtTheLapseInstantIsLateAndJustBeforeIsNot() {
      assertThat(OPEN.withMet(When.at(LAPSE)).statusAt(LAPSE).isLate()).isTrue();
      DeadlineStatus justInTime = OPEN.withMet(When.at(LAPSE.minusNanos(1))).statusAt(LAPSE);
      assertThat(justInTime.state()).isEqualTo(State.MET);
      assertThat(justInTime.isLate()).isFalse();
    }

    @Test
    void metOnTheDueDayOrTheDayAfterCannotBeToldLate() {
      Obligation met =
          OPEN.withMet(When.between(day(24).firstDate(), day(25).firstDate(), DAMASCUS));

      assertThat(met.statusAt(at(25, 12)).state()).isEqualTo(State.LAPSED);
      assertThat(met.statusAt(at(26, 0)).state()).isEqualTo(State.MET);
      assertThat(met.statusAt(at(26, 0)).isLate()).isFalse();
    }

    @Test
    void metBeforeTheExtendedDeadlineIsNotLate() {
      Obligation met = OPEN.withExtension(JAN_28, day(24)).withMet(day(26));
      DeadlineStatus status = met.statusAt(at(27, 0));

      assertThat(status.state()).isEqualTo(State.MET);
      assertThat(status.deadline()).contains(JAN_28);
      assertThat(status.isLate()).isFalse();
    }

    @Test
    void waivedFromTheMomentOfTheWaiver() {
      Obligation waived = OPEN.withWaived(When.at(at(23, 12), DAMASCUS));

      assertThat(waived.statusAt(at(23, 12).minusNanos(1)).state()).isEqualTo(State.PENDING);
      DeadlineStatus status = waived.statusAt(at(23, 12));
      assertThat(status.state()).isEqualTo(State.WAIVED);
      assertThat(status.settled()).contains(When.at(at(23, 12), DAMASCUS));
      assertThat(status.isOpen()).isFalse();
      assertThat(status.isLate()).isFalse();
      assertThat(waived.statusAt(at(30, 0)).state()).isEqualTo(State.WAIVED);
    }

    @Test
    void withoutADeadlinePendingUntilMet() {
      Obligation quickly = Obligation.of(DECIDE, SDF, WHAT);

      DeadlineStatus status = quickly.statusAt(Instant.parse("2099-01-01T00:00:00Z"));
      assertThat(status.state()).isEqualTo(State.PENDING);
      assertThat(status.deadline()).isEmpty();
      assertThat(status.isOpen()).isTrue();

      DeadlineStatus met = quickly.withMet(day(23)).statusAt(at(24, 0));
      assertThat(met.state()).isEqualTo(State.MET);
      assertThat(met.deadline()).isEmpty();
      assertThat(met.isLate()).isFalse();

      assertThat(quickly.withWaived(day(23)).statusAt(at(24, 0)).state()).isEqualTo(State.WAIVED);
    }

    @Test
    void doesNotDependOnTheZoneOfTheCaller() {
      Instant instant = ZonedDateTime.of(2026, 1, 24, 23, 30, 0, 0, ZoneId.of("UTC")).toInstant();

      // 23:30 UTC on the 24th is 02:30 on the 25th in Damascus: lapsed
      assertThat(OPEN.statusAt(instant).state()).isEqualTo(State.LAPSED);
      assertThat(OPEN.statusAt(instant).overdue()).isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void wrongStateAccessorsThrow() {
      DeadlineStatus pending = OPEN.statusAt(at(22, 12));
      DeadlineStatus lapsed = OPEN.statusAt(at(25, 3));

      assertThatThrownBy(pending::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "DeadlineStatus (pending, 2 days 12 hours left (end of 2026-01-24 (Asia/Damascus)))"
                  + " is not overdue");
      assertThatThrownBy(lapsed::timeLeft)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "DeadlineStatus (lapsed 3 hours ago (end of 2026-01-24 (Asia/Damascus))) has no time"
                  + " left to report");
    }
  }

  @Nested
  class Texts {

    @Test
    void withADeadline() {
      assertThat(Obligation.of(DECIDE, SDF, "decide on integration", JAN_24))
          .hasToString(
              "decide-integration: sdf to decide on integration (by end of 2026-01-24"
                  + " (Asia/Damascus))");
    }

    @Test
    void withoutADeadline() {
      assertThat(Obligation.of(DECIDE, SDF, "decide on integration"))
          .hasToString("decide-integration: sdf to decide on integration");
    }

    @Test
    void withHistory() {
      Obligation decide = Obligation.of(DECIDE, SDF, "decide on integration", JAN_24);

      assertThat(decide.withExtension(JAN_28, day(24)).withMet(day(27)))
          .hasToString(
              "decide-integration: sdf to decide on integration (by end of 2026-01-24"
                  + " (Asia/Damascus)), revised [to end of 2026-01-28 (Asia/Damascus), decided"
                  + " 2026-01-24 (Asia/Damascus)], met 2026-01-27 (Asia/Damascus)");
      assertThat(decide.withWaived(day(23)))
          .hasToString(
              "decide-integration: sdf to decide on integration (by end of 2026-01-24"
                  + " (Asia/Damascus)), waived 2026-01-23 (Asia/Damascus)");
    }

    @Test
    void anExtension() {
      assertThat(DeadlineExtension.of(JAN_28, day(24)))
          .hasToString("to end of 2026-01-28 (Asia/Damascus), decided 2026-01-24 (Asia/Damascus)");
      assertThat(DeadlineExtension.of(JAN_28, day(24)).deadline()).isEqualTo(JAN_28);
      assertThat(DeadlineExtension.of(JAN_28, day(24)).decided()).isEqualTo(day(24));
    }
  }
}
