package dev.custody.testkit;

import dev.custody.model.FacilityId;
import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import org.jspecify.annotations.Nullable;

/**
 * The time of a {@link ScenarioBuilder} as the steps go: the zone that dates its days, the time set
 * for the next steps, and the last event written, which no later step may precede. It also
 * remembers the earliest moment named, since facilities declared before any date open just before
 * it.
 */
final class ScenarioClock {
  /** The ledger's own order: by the end of an event's time, then by its start. */
  private static final Comparator<When> ORDER =
      Comparator.comparing(When::end).thenComparing(When::start);

  private ZoneId zone = ZoneOffset.UTC;
  private @Nullable When current;
  private @Nullable Instant earliest;
  private @Nullable When last;
  private int lastDated;

  ZoneId zone() {
    return zone;
  }

  /** Sets the zone, refused once a date or time is set, since it would date them otherwise. */
  void zone(ZoneId zone) {
    if (current != null || earliest != null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario zone (%s) must be set before the first date or time; %s is already"
                  + " set, in zone %s",
              zone, current != null ? current : earliest, this.zone));
    }
    this.zone = zone;
  }

  void on(LocalDate date) {
    set(When.on(date, zone), "date");
  }

  void at(Instant instant) {
    set(When.at(instant, zone), "time");
  }

  void during(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          String.format("Scenario during last (%s) must not come before first (%s)", last, first));
    }
    set(When.between(first, last, zone), "period");
  }

  private void set(When when, String what) {
    inOrder(when, what);
    current = when;
    seen(when);
  }

  /** The day {@code days} after the current date, which must be set. */
  LocalDate plusDays(long days) {
    if (days < 1) {
      throw new IllegalArgumentException(
          String.format("Scenario plusDays (%d) must be at least 1", days));
    }
    When now = current;
    if (now == null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario plusDays (%d) needs a date to move on from: call on(LocalDate) or"
                  + " at(Instant) first",
              days));
    }
    return now.start().atZone(zone).toLocalDate().plusDays(days);
  }

  /** The current time, for a step that needs one; checked, since an event may have passed it. */
  When dated(String what) {
    When when = current;
    if (when == null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario %s needs a date: call on(LocalDate) or at(Instant) before it", what));
    }
    inOrder(when, what);
    return when;
  }

  /**
   * The time of a facility declared now: the current time, or null for the opening when no time is
   * set, which is refused once a dated event is written.
   */
  @Nullable When declaring(FacilityId facility) {
    When when = current != null ? dated("facility " + facility) : null;
    if (when == null && last != null) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario facility (%s) needs a date: step %d is already dated %s, so call"
                  + " on(LocalDate) or at(Instant) before declaring it",
              facility, lastDated, last));
    }
    return when;
  }

  /** Refuses {@code when} if it comes before the last event written. */
  void inOrder(When when, String what) {
    When before = last;
    if (before != null && ORDER.compare(when, before) < 0) {
      throw new IllegalArgumentException(
          String.format(
              "Scenario %s (%s) must not come before the last event written (%s, step %d):"
                  + " write steps in time order",
              what, when, before, lastDated));
    }
  }

  /** Remembers that step {@code number} wrote events at {@code when}, which later steps follow. */
  void written(When when, int number) {
    last = when;
    lastDated = number;
  }

  /** Remembers the earliest moment of the scenario, which the opening must precede. */
  void seen(When when) {
    Instant start = earliest;
    if (start == null || when.start().isBefore(start)) {
      earliest = when.start();
    }
  }

  /**
   * The time of the steps written before any date: the whole day before the earliest day named
   * ({@code 1970-01-01} when none is), so that it sorts before every event.
   */
  When opening() {
    LocalDate openingDay =
        earliest == null ? LocalDate.EPOCH : earliest.atZone(zone).toLocalDate().minusDays(1);
    return When.on(openingDay, zone);
  }
}
