package dev.custody.model;

import com.google.common.collect.ImmutableSet;
import dev.custody.internal.Checks;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text {@link When#toString()} writes, for {@link When#parse(CharSequence)}: kept apart
 * from {@code When} because reading has rules of its own (leap seconds, zone ids) that the value
 * does not need.
 *
 * <p><b>Leap seconds.</b> {@code java.time} reads "23:59:60" on any day as 23:59:59 of that day, so
 * it would accept a leap second that never was. Here a leap second is accepted only at the end of a
 * UTC day on which one was inserted (the 27 of 1972 to 2016 that IERS Bulletin C lists; none has
 * been inserted since), written in UTC ({@code Z}); it is read, as {@code java.time} reads it, as
 * 23:59:59 of that day. Any other second 60 is refused.
 */
final class WhenText {
  private static final String DATE = "([+-]?\\d{4,9}-\\d{2}-\\d{2})";
  private static final String ZONE = " \\(([^()]+)\\)";
  private static final Pattern DAY = Pattern.compile(DATE + ZONE);
  private static final Pattern DAYS = Pattern.compile(DATE + " to " + DATE + ZONE);
  private static final Pattern WEEK = Pattern.compile("week " + DATE + " to " + DATE + ZONE);
  private static final Pattern MONTH = Pattern.compile("([+-]?\\d{4,9}-\\d{2})" + ZONE);

  /** A second 60 anywhere in a date-time: a leap second, real or not. */
  private static final Pattern SECOND_60 = Pattern.compile("T(\\d{2}):(\\d{2}):60");

  /** The one form in which a real leap second may be written: at the end of a UTC day. */
  private static final Pattern LEAP_SECOND =
      Pattern.compile("([+-]?\\d{4,9}-\\d{2}-\\d{2})T23:59:60(\\.\\d{1,9})?Z");

  /** The UTC days at whose end a leap second was inserted, from IERS Bulletin C. */
  static final ImmutableSet<LocalDate> LEAP_SECOND_DAYS =
      ImmutableSet.of(
          LocalDate.of(1972, 6, 30),
          LocalDate.of(1972, 12, 31),
          LocalDate.of(1973, 12, 31),
          LocalDate.of(1974, 12, 31),
          LocalDate.of(1975, 12, 31),
          LocalDate.of(1976, 12, 31),
          LocalDate.of(1977, 12, 31),
          LocalDate.of(1978, 12, 31),
          LocalDate.of(1979, 12, 31),
          LocalDate.of(1981, 6, 30),
          LocalDate.of(1982, 6, 30),
          LocalDate.of(1983, 6, 30),
          LocalDate.of(1985, 6, 30),
          LocalDate.of(1987, 12, 31),
          LocalDate.of(1989, 12, 31),
          LocalDate.of(1990, 12, 31),
          LocalDate.of(1992, 6, 30),
          LocalDate.of(1993, 6, 30),
          LocalDate.of(1994, 6, 30),
          LocalDate.of(1995, 12, 31),
          LocalDate.of(1997, 6, 30),
          LocalDate.of(1998, 12, 31),
          LocalDate.of(2005, 12, 31),
          LocalDate.of(2008, 12, 31),
          LocalDate.of(2012, 6, 30),
          LocalDate.of(2015, 6, 30),
          LocalDate.of(2016, 12, 31));

  private WhenText() {}

  /** The value {@code text} denotes; see {@link When#parse(CharSequence)}. */
  static When parse(String text) {
    Matcher m;
    if ((m = DAY.matcher(text)).matches()) {
      return When.on(date(text, m.group(1)), zone(text, m.group(2)));
    } else if ((m = DAYS.matcher(text)).matches()) {
      return When.between(date(text, m.group(1)), date(text, m.group(2)), zone(text, m.group(3)));
    } else if ((m = WEEK.matcher(text)).matches()) {
      return week(text, date(text, m.group(1)), date(text, m.group(2)), zone(text, m.group(3)));
    } else if ((m = MONTH.matcher(text)).matches()) {
      return When.inMonth(month(text, m.group(1)), zone(text, m.group(2)));
    }
    return instant(text);
  }

  private static When week(String text, LocalDate first, LocalDate last, ZoneId zone) {
    if (!last.equals(first.plusDays(6))) {
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) must name a week of seven days; %s to %s is not",
              Checks.quote(text), first, last));
    }
    return When.weekStarting(first, zone);
  }

  private static When instant(String text) {
    String readable = text;
    Matcher second60 = SECOND_60.matcher(text);
    if (second60.find()) {
      readable = withoutLeapSecond(text);
    }
    try {
      if (readable.endsWith("Z")) {
        return When.at(DateTimeFormatter.ISO_INSTANT.parse(readable, Instant::from));
      }
      return When.at(ZonedDateTime.parse(readable, DateTimeFormatter.ISO_ZONED_DATE_TIME));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) must read like \"2026-01-21T09:00:00Z\","
                  + " \"2026-01-21T12:00+03:00[Asia/Damascus]\", \"2026-01-20 (Asia/Damascus)\","
                  + " \"2026-01-20 to 2026-01-21 (Asia/Damascus)\", \"week 2026-01-13 to"
                  + " 2026-01-19 (Asia/Damascus)\" or \"2026-01 (Asia/Damascus)\"",
              Checks.quote(text)),
          e);
    }
  }

  /** The text with a real leap second read as the second before it; any other refused. */
  private static String withoutLeapSecond(String text) {
    Matcher leap = LEAP_SECOND.matcher(text);
    if (leap.matches()) {
      LocalDate day = date(text, leap.group(1));
      if (LEAP_SECOND_DAYS.contains(day)) {
        return text.replace("T23:59:60", "T23:59:59");
      }
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) has a leap second on %s, a day without one: leap seconds were"
                  + " inserted only at the end of 27 UTC days from 1972-06-30 to 2016-12-31",
              Checks.quote(text), day));
    }
    throw new IllegalArgumentException(
        String.format(
            "When text (%s) has a second 60, which only a leap second has: written at 23:59:60Z"
                + " on a UTC day that had one",
            Checks.quote(text)));
  }

  private static LocalDate date(String text, String date) {
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) has a date (%s) that is not a day of the calendar",
              Checks.quote(text), date),
          e);
    }
  }

  private static YearMonth month(String text, String month) {
    try {
      return YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) has a month (%s) that is not a month of the calendar",
              Checks.quote(text), month),
          e);
    }
  }

  private static ZoneId zone(String text, String zone) {
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          String.format(
              "When text (%s) has a zone (%s) that is not a time zone id like \"Asia/Damascus\""
                  + " or \"+03:00\"",
              Checks.quote(text), Checks.quote(zone)),
          e);
    }
  }
}
