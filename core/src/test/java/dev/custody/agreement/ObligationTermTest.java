package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.ActorId;
import dev.custody.model.ObligationId;
import dev.custody.model.Source;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Obligations that run for a term ("pause operations for 120 hours"), breaches, and deadlines
 * brought forward: their invariants and their status at any instant.
 */
class ObligationTermTest {
  private static final ZoneId DAMASCUS = ZoneId.of("Asia/Damascus");
  private static final ObligationId PAUSE = ObligationId.of("pause-operations");
  private static final ActorId SDF = ActorId.of("sdf");
  private static final ActorId SYRIA = ActorId.of("syria-gov");

  /** 120 hours from the ceasefire on 2026-01-20: to the end of 2026-01-25 in Damascus. */
  private static final Obligation PAUSING =
      Obligation.builder()
          .id(PAUSE)
          .obligor(SDF)
          .description("pause operations")
          .term(Term.of(day(20), Duration.ofHours(120)))
          .build();

  private static final Deadline JAN_24 = Deadline.on(LocalDate.of(2026, 1, 24), DAMASCUS);
  private static final Obligation DECIDE =
      Obligation.of(ObligationId.of("decide"), SDF, "decide on integration", JAN_24);

  private static When day(int dayOfMonth) {
    return When.on(LocalDate.of(2026, 1, dayOfMonth), DAMASCUS);
  }

  private static Instant at(int dayOfMonth, int hour) {
    return ZonedDateTime.of(2026, 1, dayOfMonth, hour, 0, 0, 0, DAMASCUS).toInstant();
  }

  @Nested
  class Terms {

    @Test
    void inForceWhileTheTermRunsThenKept() {
      DeadlineStatus running = PAUSING.statusAt(at(22, 12));
      DeadlineStatus kept = PAUSING.statusAt(at(30, 0));

      assertThat(running.state()).isEqualTo(State.IN_FORCE);
      assertThat(running.isOpen()).isTrue();
      assertThat(running.timeLeft()).isEqualTo(Duration.ofHours(84));
      assertThat(running.begins()).contains(day(20));
      assertThat(running.hasTerm()).isTrue();
      assertThat(running)
          .hasToString("in force, 3 days 12 hours left (end of 2026-01-25 (Asia/Damascus))");
      assertThat(kept.state()).isEqualTo(State.KEPT);
      assertThat(kept.isOpen()).isFalse();
      assertThat(kept).hasToString("kept (end of 2026-01-25 (Asia/Damascus))");
      assertThat(PAUSING.statusAt(at(26, 0)).state()).isEqualTo(State.KEPT);
      assertThat(PAUSING.statusAt(at(25, 23)).state()).isEqualTo(State.IN_FORCE);
    }

    @Test
    void neverLapsedNorOverdue() {
      // the issue this answers: a 120-hour pause read nine days later showed "lapsed, 9 days
      // overdue"
      DeadlineStatus later = PAUSING.statusAt(at(31, 0));

      assertThat(later.state()).isEqualTo(State.KEPT);
      assertThatThrownBy(later::overdue).isInstanceOf(IllegalStateException.class);
      assertThat(later.toString()).doesNotContain("lapsed", "overdue");
    }

    @Test
    void scheduledBeforeTheTermBegins() {
      Instant eight = at(21, 20);
      Obligation fromEvening =
          Obligation.builder()
              .id(PAUSE)
              .obligor(SDF)
              .description("pause operations")
              .term(Term.of(When.at(eight, DAMASCUS), Duration.ofHours(72)))
              .build();

      DeadlineStatus before = fromEvening.statusAt(at(21, 17));

      assertThat(before.state()).isEqualTo(State.SCHEDULED);
      assertThat(before.isOpen()).isTrue();
      assertThat(before.timeToStart()).isEqualTo(Duration.ofHours(3));
      assertThat(before)
          .hasToString("scheduled, begins in 3 hours (2026-01-21T20:00+03:00[Asia/Damascus])");
      assertThatThrownBy(before::timeLeft).isInstanceOf(IllegalStateException.class);
      assertThat(fromEvening.statusAt(eight).state()).isEqualTo(State.IN_FORCE);
    }

    @Test
    void aRevisionExtendsOrCutsTheTermShortFromItsDecision() {
      Deadline jan31 = Deadline.on(LocalDate.of(2026, 1, 31), DAMASCUS);
      Deadline jan22 = Deadline.on(LocalDate.of(2026, 1, 22), DAMASCUS);

      Obligation renewed = PAUSING.withRevision(jan31, day(25));
      Obligation cut = PAUSING.withRevision(jan22, day(21));

      assertThat(renewed.statusAt(at(25, 12)).deadline())
          .contains(Deadline.on(LocalDate.of(2026, 1, 25), DAMASCUS));
      assertThat(renewed.statusAt(at(28, 0)).state()).isEqualTo(State.IN_FORCE);
      assertThat(renewed.statusAt(at(28, 0)).deadline()).contains(jan31);
      assertThat(cut.statusAt(at(23, 0)).state()).isEqualTo(State.KEPT);
      assertThat(cut.latestDeadline()).contains(jan22);
    }

    @Test
    void metIsNeverLateForATerm() {
      DeadlineStatus met = PAUSING.withMet(day(27)).statusAt(at(28, 0));

      assertThat(met.state()).isEqualTo(State.MET);
      assertThat(met.isLate()).isFalse();
    }

    @Test
    void notBothADeadlineAndATerm() {
      assertThatThrownBy(
              () ->
                  Obligation.builder()
                      .id(PAUSE)
                      .obligor(SDF)
                      .description("pause operations")
                      .deadline(JAN_24)
                      .term(Term.of(day(20), Duration.ofHours(120)))
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Obligation.term (120 hours from 2026-01-20 (Asia/Damascus)) must be empty when a"
                  + " deadline (end of 2026-01-24 (Asia/Damascus)) is set, for pause-operations");
    }

    @Test
    void textShowsTheTerm() {
      assertThat(PAUSING)
          .hasToString(
              "pause-operations: sdf to pause operations (for 120 hours from 2026-01-20"
                  + " (Asia/Damascus))");
      assertThat(PAUSING.deadline()).isEmpty();
      assertThat(PAUSING.deadlineAt(at(21, 0)))
          .contains(Deadline.on(LocalDate.of(2026, 1, 25), DAMASCUS));
    }
  }

  @Nested
  class Breaches {
    private final Breach shelling =
        Breach.builder()
            .when(day(22))
            .description("shelling of the town")
            .addSources(Source.of(SYRIA))
            .build();

    @Test
    void breachedFromTheFirstBreachThatHasCertainlyHappened() {
      Obligation breached = PAUSING.withBreach(shelling).withBreach(Breach.on(day(21)));

      assertThat(breached.isBreached()).isTrue();
      assertThat(breached.breaches()).containsExactly(shelling, Breach.on(day(21)));
      assertThat(breached.statusAt(at(21, 12)).state()).isEqualTo(State.IN_FORCE);
      DeadlineStatus status = breached.statusAt(at(23, 0));
      assertThat(status.state()).isEqualTo(State.BREACHED);
      assertThat(status.settled()).contains(day(21));
      assertThat(status.isOpen()).isFalse();
      assertThat(status)
          .hasToString("breached 2026-01-21 (Asia/Damascus) (end of 2026-01-25 (Asia/Damascus))");
      assertThat(breached.statusAt(at(31, 0)).state()).isEqualTo(State.BREACHED);
    }

    @Test
    void aDeadlineObligationMayBeBreachedToo() {
      DeadlineStatus refused = DECIDE.withBreach(Breach.on(day(26))).statusAt(at(27, 0));

      assertThat(refused.state()).isEqualTo(State.BREACHED);
      assertThat(refused.deadline()).contains(JAN_24);
      assertThat(refused.hasTerm()).isFalse();
    }

    @Test
    void aBreachedObligationCannotBeMetOrWaived() {
      Obligation breached = DECIDE.withBreach(shelling);

      assertThatThrownBy(() -> breached.withMet(day(23)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide is already breached (2026-01-22 (Asia/Damascus)); cannot meet it"
                  + " 2026-01-23 (Asia/Damascus)");
      assertThatThrownBy(() -> breached.withWaived(day(23)))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot waive it");
    }

    @Test
    void aMetOrWaivedObligationCannotBeBreached() {
      assertThatThrownBy(() -> DECIDE.withMet(day(21)).withBreach(shelling))
          .isInstanceOf(IllegalStateException.class)
          .hasMessage(
              "Obligation decide is already met (2026-01-21 (Asia/Damascus)); cannot breach it"
                  + " 2026-01-22 (Asia/Damascus)");
      assertThatThrownBy(
              () ->
                  Obligation.builder()
                      .id(DECIDE.id())
                      .obligor(SDF)
                      .description("decide on integration")
                      .waived(day(21))
                      .addBreaches(shelling)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Obligation.breaches ([2026-01-22 (Asia/Damascus): shelling of the town (per"
                  + " syria-gov)]) must be empty when waived (2026-01-21 (Asia/Damascus)), for"
                  + " decide");
    }

    @Test
    void textShowsTheBreaches() {
      assertThat(DECIDE.withBreach(shelling))
          .hasToString(
              "decide: sdf to decide on integration (by end of 2026-01-24 (Asia/Damascus)),"
                  + " breached [2026-01-22 (Asia/Damascus): shelling of the town (per syria-gov)]");
      assertThat(Breach.on(day(22))).hasToString("2026-01-22 (Asia/Damascus)");
      assertThatThrownBy(() -> Breach.builder().when(day(22)).description("").build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Breach.description (\"\") must not be blank");
    }
  }

  @Nested
  class BroughtForward {

    @Test
    void aDeadlineBroughtForwardReadsSo() {
      Deadline jan22 = Deadline.on(LocalDate.of(2026, 1, 22), DAMASCUS);
      Obligation forward = DECIDE.withRevision(jan22, day(21));

      DeadlineStatus status = forward.statusAt(at(22, 0));

      assertThat(status.state()).isEqualTo(State.BROUGHT_FORWARD);
      assertThat(status.isOpen()).isTrue();
      assertThat(status.timeLeft()).isEqualTo(Duration.ofHours(24));
      assertThat(status)
          .hasToString("brought forward, 1 day left (end of 2026-01-22 (Asia/Damascus))");
      assertThat(forward.statusAt(at(21, 12)).state()).isEqualTo(State.PENDING);
      assertThat(forward.statusAt(at(23, 0)).state()).isEqualTo(State.LAPSED);
      assertThat(forward.statusAt(at(23, 0)).deadline()).contains(jan22);
    }

    @Test
    void aRevisionBackToTheOriginalIsPendingAgain() {
      Deadline jan28 = Deadline.on(LocalDate.of(2026, 1, 28), DAMASCUS);
      Obligation back = DECIDE.withRevision(jan28, day(21)).withRevision(JAN_24, day(22));

      assertThat(back.statusAt(at(22, 12)).state()).isEqualTo(State.EXTENDED);
      assertThat(back.statusAt(at(23, 0)).state()).isEqualTo(State.PENDING);
    }

    @Test
    void stateWords() {
      assertThat(State.BROUGHT_FORWARD.words()).isEqualTo("brought forward");
      assertThat(State.IN_FORCE.words()).isEqualTo("in force");
      assertThat(State.PENDING.words()).isEqualTo("pending");
      assertThat(State.IN_FORCE.isRunning()).isTrue();
      assertThat(State.SCHEDULED.isRunning()).isFalse();
      assertThat(State.BREACHED.isSettled()).isTrue();
      assertThat(State.KEPT.isSettled()).isFalse();
      assertThat(State.KEPT.isOpen()).isFalse();
    }
  }
}
