package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlineStatusTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final Deadline JAN_24 = Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS);
  private static final When JAN_23 = When.on(LocalDate.of(2026, 1, 23), DAMASCUS);
  private static final When JAN_26 = When.on(LocalDate.of(2026, 1, 26), DAMASCUS);

  /** 2026-01-22T12:00+03:00. */
  private static final Instant NOON_22 =
      ZonedDateTime.of(2026, 1, 22, 12, 0, 0, 0, DAMASCUS).toInstant();

  /** 2026-01-25T03:00+03:00, three hours after the deadline lapsed. */
  private static final Instant THREE_AM_25 =
      ZonedDateTime.of(2026, 1, 25, 3, 0, 0, 0, DAMASCUS).toInstant();

  private static DeadlineStatus status(State state, Instant asOf, Deadline deadline, When settled) {
    return DeadlineStatus.create(
        state, asOf, Optional.ofNullable(deadline), Optional.ofNullable(settled));
  }

  @Test
  void openStates() {
    assertThat(State.PENDING.isOpen()).isTrue();
    assertThat(State.EXTENDED.isOpen()).isTrue();
    assertThat(State.LAPSED.isOpen()).isTrue();
    assertThat(State.MET.isOpen()).isFalse();
    assertThat(State.WAIVED.isOpen()).isFalse();
  }

  @Test
  void isOpenFollowsTheState() {
    assertThat(status(State.PENDING, NOON_22, JAN_24, null).isOpen()).isTrue();
    assertThat(status(State.LAPSED, THREE_AM_25, JAN_24, null).isOpen()).isTrue();
    assertThat(status(State.MET, THREE_AM_25, JAN_24, JAN_23).isOpen()).isFalse();
    assertThat(status(State.WAIVED, THREE_AM_25, JAN_24, JAN_23).isOpen()).isFalse();
  }

  @Nested
  class Invariants {

    @Test
    void metAndWaivedNeedASettledTime() {
      assertThatThrownBy(() -> status(State.MET, THREE_AM_25, JAN_24, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DeadlineStatus.settled (empty) must be present exactly when the state (MET) is MET,"
                  + " WAIVED or BREACHED");
      assertThatThrownBy(() -> status(State.WAIVED, THREE_AM_25, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DeadlineStatus.settled (empty) must be present exactly when the state (WAIVED) is"
                  + " MET, WAIVED or BREACHED");
    }

    @Test
    void openStatesHaveNoSettledTime() {
      assertThatThrownBy(() -> status(State.PENDING, NOON_22, JAN_24, JAN_23))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "DeadlineStatus.settled (2026-01-23 (Asia/Damascus)) must be present exactly when"
                  + " the state (PENDING) is MET, WAIVED or BREACHED");
      assertThatThrownBy(() -> status(State.LAPSED, THREE_AM_25, JAN_24, JAN_23))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("the state (LAPSED)");
    }

    @Test
    void lapsedAndExtendedNeedADeadline() {
      assertThatThrownBy(() -> status(State.LAPSED, THREE_AM_25, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("DeadlineStatus.deadline (empty) is required in state LAPSED");
      assertThatThrownBy(() -> status(State.EXTENDED, NOON_22, null, null))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("DeadlineStatus.deadline (empty) is required in state EXTENDED");
    }

    @Test
    void pendingMetAndWaivedMayHaveNoDeadline() {
      assertThat(status(State.PENDING, NOON_22, null, null).deadline()).isEmpty();
      assertThat(status(State.MET, NOON_22, null, JAN_23).deadline()).isEmpty();
      assertThat(status(State.WAIVED, NOON_22, null, JAN_23).deadline()).isEmpty();
    }
  }

  @Nested
  class TimeLeft {

    @Test
    void pendingAndExtendedReportTheTimeToTheLapse() {
      assertThat(status(State.PENDING, NOON_22, JAN_24, null).timeLeft())
          .isEqualTo(Duration.ofDays(2).plusHours(12));
      assertThat(status(State.EXTENDED, NOON_22, JAN_24, null).timeLeft())
          .isEqualTo(Duration.ofDays(2).plusHours(12));
    }

    @Test
    void throwsWithoutADeadline() {
      DeadlineStatus noDeadline = status(State.PENDING, NOON_22, null, null);

      assertThatThrownBy(noDeadline::timeLeft)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("DeadlineStatus (pending, no deadline) has no time left to report");
    }

    @Test
    void throwsWhenLapsedMetOrWaived() {
      assertThatThrownBy(status(State.LAPSED, THREE_AM_25, JAN_24, null)::timeLeft)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "DeadlineStatus (lapsed 3 hours ago (end of 2026-01-24 (Asia/Damascus))) has no"
                  + " time left to report");
      assertThatThrownBy(status(State.MET, NOON_22, JAN_24, JAN_23)::timeLeft)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "DeadlineStatus (met 2026-01-23 (Asia/Damascus) (end of 2026-01-24"
                  + " (Asia/Damascus))) has no time left to report");
      assertThatThrownBy(status(State.WAIVED, NOON_22, JAN_24, JAN_23)::timeLeft)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith("has no time left to report");
    }
  }

  @Nested
  class Overdue {

    @Test
    void lapsedReportsTheTimeSinceTheLapse() {
      assertThat(status(State.LAPSED, THREE_AM_25, JAN_24, null).overdue())
          .isEqualTo(Duration.ofHours(3));
      assertThat(status(State.LAPSED, JAN_24.lapsesAt(), JAN_24, null).overdue()).isZero();
    }

    @Test
    void throwsInEveryOtherState() {
      assertThatThrownBy(status(State.PENDING, NOON_22, JAN_24, null)::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "DeadlineStatus (pending, 2 days 12 hours left (end of 2026-01-24 (Asia/Damascus)))"
                  + " is not overdue");
      assertThatThrownBy(status(State.EXTENDED, NOON_22, JAN_24, null)::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageStartingWith("DeadlineStatus (extended, ");
      assertThatThrownBy(status(State.PENDING, NOON_22, null, null)::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("DeadlineStatus (pending, no deadline) is not overdue");
      assertThatThrownBy(status(State.MET, THREE_AM_25, JAN_24, JAN_26)::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith(" is not overdue");
      assertThatThrownBy(status(State.WAIVED, THREE_AM_25, JAN_24, JAN_23)::overdue)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageEndingWith(" is not overdue");
    }
  }

  @Nested
  class Late {

    @Test
    void metAfterTheLapseIsLate() {
      assertThat(status(State.MET, THREE_AM_25, JAN_24, JAN_26).isLate()).isTrue();
      assertThat(status(State.MET, THREE_AM_25, JAN_24, When.at(JAN_24.lapsesAt())).isLate())
          .isTrue();
    }

    @Test
    void metBeforeTheLapseOrPossiblyBeforeItIsNotLate() {
      assertThat(status(State.MET, THREE_AM_25, JAN_24, JAN_23).isLate()).isFalse();
      assertThat(
              status(State.MET, THREE_AM_25, JAN_24, When.at(JAN_24.lapsesAt().minusNanos(1)))
                  .isLate())
          .isFalse();
      When aroundTheLapse =
          When.between(LocalDate.of(2026, 1, 24), LocalDate.of(2026, 1, 26), DAMASCUS);
      assertThat(status(State.MET, THREE_AM_25, JAN_24, aroundTheLapse).isLate()).isFalse();
    }

    @Test
    void onlyMetCanBeLate() {
      assertThat(status(State.WAIVED, THREE_AM_25, JAN_24, JAN_26).isLate()).isFalse();
      assertThat(status(State.LAPSED, THREE_AM_25, JAN_24, null).isLate()).isFalse();
      assertThat(status(State.MET, THREE_AM_25, null, JAN_26).isLate()).isFalse();
    }
  }

  @Nested
  class Texts {

    @Test
    void pending() {
      assertThat(status(State.PENDING, NOON_22, JAN_24, null))
          .hasToString("pending, 2 days 12 hours left (end of 2026-01-24 (Asia/Damascus))");
      assertThat(status(State.PENDING, NOON_22, null, null)).hasToString("pending, no deadline");
    }

    @Test
    void extended() {
      assertThat(status(State.EXTENDED, NOON_22, JAN_24, null))
          .hasToString("extended, 2 days 12 hours left (end of 2026-01-24 (Asia/Damascus))");
    }

    @Test
    void lapsed() {
      assertThat(status(State.LAPSED, THREE_AM_25, JAN_24, null))
          .hasToString("lapsed 3 hours ago (end of 2026-01-24 (Asia/Damascus))");
      assertThat(status(State.LAPSED, JAN_24.lapsesAt(), JAN_24, null))
          .hasToString("lapsed 0 minutes ago (end of 2026-01-24 (Asia/Damascus))");
    }

    @Test
    void met() {
      assertThat(status(State.MET, THREE_AM_25, JAN_24, JAN_23))
          .hasToString("met 2026-01-23 (Asia/Damascus) (end of 2026-01-24 (Asia/Damascus))");
      assertThat(status(State.MET, THREE_AM_25, JAN_24, JAN_26))
          .hasToString("met 2026-01-26 (Asia/Damascus), late (end of 2026-01-24 (Asia/Damascus))");
      assertThat(status(State.MET, THREE_AM_25, null, JAN_23))
          .hasToString("met 2026-01-23 (Asia/Damascus)");
    }

    @Test
    void waived() {
      assertThat(status(State.WAIVED, THREE_AM_25, JAN_24, JAN_23))
          .hasToString("waived 2026-01-23 (Asia/Damascus) (end of 2026-01-24 (Asia/Damascus))");
      assertThat(status(State.WAIVED, THREE_AM_25, null, JAN_23))
          .hasToString("waived 2026-01-23 (Asia/Damascus)");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "P2DT12H, 2 days 12 hours",
      "P2D, 2 days",
      "P2DT30M, 2 days",
      "P1D, 1 day",
      "P1DT1H, 1 day 1 hour",
      "P1DT1H59M, 1 day 1 hour",
      "PT23H59M, 23 hours 59 minutes",
      "PT3H20M, 3 hours 20 minutes",
      "PT3H, 3 hours",
      "PT1H, 1 hour",
      "PT1H1M, 1 hour 1 minute",
      "PT45M, 45 minutes",
      "PT1M, 1 minute",
      "PT59S, 0 minutes",
      "PT0S, 0 minutes"
    })
    void durations(Duration duration, String text) {
      assertThat(DeadlineStatus.describe(duration)).isEqualTo(text);
    }
  }

  @Test
  void durations_are_described_as_a_reader_would_say_them() {
    assertThat(DeadlineStatus.describe(Duration.ofHours(60))).isEqualTo("2 days 12 hours");
    assertThat(DeadlineStatus.describe(Duration.ofDays(1))).isEqualTo("1 day");
    assertThat(DeadlineStatus.describe(Duration.ofMinutes(200))).isEqualTo("3 hours 20 minutes");
    assertThat(DeadlineStatus.describe(Duration.ofMinutes(61))).isEqualTo("1 hour 1 minute");
    assertThat(DeadlineStatus.describe(Duration.ofMinutes(45))).isEqualTo("45 minutes");
    assertThat(DeadlineStatus.describe(Duration.ofSeconds(59))).isEqualTo("0 minutes");
    assertThat(DeadlineStatus.describe(Duration.ofDays(2).plusMinutes(30))).isEqualTo("2 days");
    assertThatThrownBy(() -> DeadlineStatus.describe(Duration.ofMinutes(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("DeadlineStatus duration (PT-1M) must not be negative");
  }
}
