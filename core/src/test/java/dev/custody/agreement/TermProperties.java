package dev.custody.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.agreement.DeadlineStatus.State;
import dev.custody.model.ActorId;
import dev.custody.model.ObligationId;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * An obligation that runs for a term moves only forward through its states, scheduled, in force,
 * kept (or breached from its first breach on), and never lapses; the term is never shorter than its
 * length for any moment its start may denote.
 */
class TermProperties {
  private static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");
  private static final List<ZoneId> ZONES =
      List.of(ZoneId.of("UTC"), ZoneId.of("Asia/Damascus"), ZoneId.of("America/New_York"));

  private static When start(long minutes, boolean day, int zone) {
    Instant at = BASE.plus(Duration.ofMinutes(minutes));
    ZoneId in = ZONES.get(zone);
    return day ? When.on(at.atZone(in).toLocalDate(), in) : When.at(at, in);
  }

  @Property(tries = 500)
  void aTermNeverLapsesAndItsStatesOnlyMoveForward(
      @ForAll @LongRange(min = 0, max = 600_000) long startMinutes,
      @ForAll boolean day,
      @ForAll @IntRange(min = 0, max = 2) int zone,
      @ForAll @IntRange(min = 1, max = 2_000) int hours,
      @ForAll @IntRange(min = -1, max = 3_000) int breachHour) {
    When start = start(startMinutes, day, zone);
    Obligation pause =
        Obligation.builder()
            .id(ObligationId.of("pause"))
            .obligor(ActorId.of("sdf"))
            .description("pause operations")
            .term(Term.of(start, Duration.ofHours(hours)))
            .build();
    if (breachHour >= 0) {
      pause =
          pause.withBreach(Breach.on(When.at(start.start().plus(Duration.ofHours(breachHour)))));
    }
    List<State> order = List.of(State.SCHEDULED, State.IN_FORCE, State.KEPT);
    int reached = 0;
    boolean breached = false;
    for (long h = -48; h < hours + 72L; h += 7) {
      DeadlineStatus status = pause.statusAt(start.start().plus(Duration.ofHours(h)));
      assertThat(status.state()).isNotEqualTo(State.LAPSED);
      if (status.state() == State.BREACHED) {
        breached = true;
        continue;
      }
      assertThat(breached).as("breached, then %s", status).isFalse();
      int index = order.indexOf(status.state());
      assertThat(index).as("%s", status).isGreaterThanOrEqualTo(reached);
      reached = index;
    }
  }

  @Property(tries = 500)
  void aTermIsNeverShorterThanItsLengthFromAnyMomentOfItsStart(
      @ForAll @LongRange(min = 0, max = 600_000) long startMinutes,
      @ForAll boolean day,
      @ForAll @IntRange(min = 0, max = 2) int zone,
      @ForAll @IntRange(min = 1, max = 2_000) int hours) {
    When start = start(startMinutes, day, zone);
    Term term = Term.of(start, Duration.ofHours(hours));

    Instant latestStart = start.isInstant() ? start.start() : start.end();
    assertThat(term.end().lapsesAt()).isAfterOrEqualTo(latestStart.plus(Duration.ofHours(hours)));
  }
}
