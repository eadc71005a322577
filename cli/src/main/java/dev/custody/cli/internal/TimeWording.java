package dev.custody.cli.internal;

import dev.custody.agreement.Deadline;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Times as people write them: "2026-01-24 24:00 Damascus time", not {@code
 * 2026-01-25T00:00+03:00[Asia/Damascus]}.
 *
 * <p>A time at midnight is written as 24:00 of the day it ends, as a deadline "by the 24th" is met
 * until the 24th is over. A zone is named by the city of its id ({@code Asia/Damascus} is "Damascus
 * time", {@code America/New_York} "New York time"), a fixed offset as "UTC+03:00", and UTC as
 * "UTC". Seconds are written only when there are some.
 */
public final class TimeWording {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT);

  private TimeWording() {}

  /**
   * Returns {@code instant} as a date and time in {@code zone}, with the zone's name: "2026-01-23
   * 12:00 Damascus time", "2026-01-24 24:00 Damascus time" for midnight at the end of the 24th. An
   * instant beyond the calendar's last year (which {@link Instant} allows) is written as the
   * instant, "+1000000000-01-01T00:00:00Z".
   *
   * @param instant the instant
   * @param zone the zone whose clock tells the time
   * @return the text
   */
  public static String at(Instant instant, ZoneId zone) {
    LocalDateTime local;
    try {
      local = LocalDateTime.ofInstant(instant, zone);
    } catch (DateTimeException beyondTheCalendar) {
      return instant.toString();
    }
    String time;
    if (local.toLocalTime().equals(LocalTime.MIDNIGHT)
        && local.toLocalDate().isAfter(LocalDate.MIN)) {
      time = DATE.format(local.toLocalDate().minusDays(1)) + " 24:00";
    } else if (local.getSecond() == 0 && local.getNano() == 0) {
      time = MINUTES.format(local);
    } else {
      time = SECONDS.format(local);
    }
    return time + " " + zoneName(zone);
  }

  /**
   * Returns {@code instant} as {@link #at(Instant, ZoneId)} writes it, followed by the instant in
   * UTC: "2026-01-25 24:00 Damascus time (2026-01-25T21:00:00Z)".
   *
   * @param instant the instant
   * @param zone the zone whose clock tells the time
   * @return the text
   */
  public static String atWithInstant(Instant instant, ZoneId zone) {
    String local = at(instant, zone);
    return local.equals(instant.toString()) ? local : local + " (" + instant + ")";
  }

  /**
   * Returns the time a deadline lapses as people write it: "2026-01-24 24:00 Damascus time" for a
   * deadline on the 24th, in the deadline's own zone.
   *
   * @param deadline the deadline
   * @return the text
   */
  public static String deadline(Deadline deadline) {
    return deadline.isDay()
        ? DATE.format(deadline.dueDate()) + " 24:00 " + zoneName(deadline.zone())
        : at(deadline.lapsesAt(), deadline.zone());
  }

  /**
   * Returns the name of a zone as people say it: "Damascus time" for {@code Asia/Damascus}, "UTC"
   * for UTC, "UTC+03:00" for a fixed offset; a zone of no city and no fixed offset, such as {@code
   * CET}, is its id followed by "time".
   *
   * @param zone the zone
   * @return the name
   */
  public static String zoneName(ZoneId zone) {
    String id = zone.getId();
    int slash = id.lastIndexOf('/');
    if (slash >= 0 && !id.startsWith("Etc/") && !id.startsWith("SystemV/")) {
      return id.substring(slash + 1).replace('_', ' ') + " time";
    }
    if (zone.normalized() instanceof ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId();
    }
    return id + " time";
  }
}
