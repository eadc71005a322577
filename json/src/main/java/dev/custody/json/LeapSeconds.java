package dev.custody.json;

import dev.custody.model.When;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The leap seconds there have been ({@link When#hadLeapSecond}): {@code java.time} reads "23:59:60"
 * on any day as the second before midnight, so the reader checks that a time written with one names
 * a day that had one. There were 27, at the end of 30 June or 31 December in UTC, from 1972 to
 * 2016; none has been announced since, and the General Conference on Weights and Measures decided
 * in 2022 to stop adding them by 2035.
 */
final class LeapSeconds {
  /** What a time with a leap second on another day is told. */
  static final String RULE =
      "a leap second (23:59:60) ends only the 27 days that had one, from 1972-06-30 to"
          + " 2016-12-31, in UTC";

  private LeapSeconds() {}

  /**
   * Checks if {@code second}, which {@code java.time} read from a time written with "23:59:60" as
   * the second before, was a leap second: the last second of a day that had one, in UTC.
   */
  static boolean wasOne(Instant second) {
    return LocalTime.ofInstant(second, ZoneOffset.UTC)
            .truncatedTo(ChronoUnit.SECONDS)
            .equals(LocalTime.of(23, 59, 59))
        && When.hadLeapSecond(LocalDate.ofInstant(second, ZoneOffset.UTC));
  }
}
