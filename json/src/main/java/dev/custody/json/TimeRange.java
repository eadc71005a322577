package dev.custody.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The times the format accepts: the years 1 to 9999, for every date and every instant written, and
 * for an instant's date in its zone too. {@code java.time} reaches the year 999,999,999 and an
 * instant a little beyond, but a value near those ends cannot be shown in its zone or moved by a
 * day without throwing, and no record of custody needs it: the reader refuses it at the door, so
 * that every time it accepts can be printed, compared and shifted. Four-digit years are also the
 * ones that ISO 8601 writes without a sign.
 */
final class TimeRange {
  /** The first year the format accepts. */
  static final int FIRST_YEAR = 1;

  /** The last year the format accepts. */
  static final int LAST_YEAR = 9999;

  /** The range as messages say it. */
  static final String WITHIN = "within the years " + FIRST_YEAR + " to " + LAST_YEAR;

  private static final Instant FIRST =
      LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
  private static final Instant END =
      LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

  private TimeRange() {}

  /** Checks if a date lies within the years of the format. */
  static boolean contains(LocalDate date) {
    return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
  }

  /** Checks if a month lies within the years of the format. */
  static boolean contains(YearMonth month) {
    return month.getYear() >= FIRST_YEAR && month.getYear() <= LAST_YEAR;
  }

  /** Checks if an instant lies within the years of the format, in UTC. */
  static boolean contains(Instant instant) {
    return !instant.isBefore(FIRST) && instant.isBefore(END);
  }

  /**
   * Returns the date an instant within the years of the format falls on in {@code zone}, when that
   * date is outside them: near the ends, an offset carries the date over the edge.
   */
  static Optional<LocalDate> outsideIn(Instant instant, ZoneId zone) {
    LocalDate local = LocalDate.ofInstant(instant, zone);
    return contains(local) ? Optional.empty() : Optional.of(local);
  }
}
