package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.function.Supplier;
import org.immutables.value.Value;

/**
 * When something happened, as precisely as it was reported: an instant, or a day, several days, a
 * week or a month in a time zone.
 *
 * <p>A {@code When} denotes the span of time known to contain the event: from {@link #start()}
 * inclusive to {@link #end()} exclusive, or the single instant {@code start() == end()} when the
 * {@link #precision()} is {@link Precision#INSTANT}. Days, weeks and months begin at the start of a
 * day in {@link #zone()}, so "2026-01-24 in Damascus" is the 24 hours that began at midnight there,
 * whatever the offset of the machine that reads it.
 *
 * <p>Comparisons are honest: {@link #isBefore(When)} holds only when every moment this may denote
 * precedes every moment the other may denote. "The week before 2026-01-20" is neither before nor
 * after 2026-01-16, which lies inside it; it {@linkplain #overlaps(When) overlaps} it. For any two
 * values exactly one of {@code isBefore}, {@code isAfter} and {@code overlaps} holds. {@link
 * #byStart()} gives a total order for sorting, which is not a claim about which happened first.
 *
 * <p><b>The range of times.</b> Every day a {@code When} may denote lies in the years 1 to 9999 of
 * its zone's calendar, from {@link #MIN_DATE} to {@link #MAX_DATE}, as in the JSON format: an
 * instant whose date in its zone, or a span whose first or last day, falls outside them is refused
 * at construction with an {@link IllegalArgumentException} naming the value and the range. So every
 * {@code When} can be printed, and its dates read, whatever its zone; {@code java.time}'s own ends
 * ({@code Instant.MAX}, {@code LocalDate.MAX}) are never accepted.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class When {

  /** How precisely a time was reported. */
  public enum Precision {
    /** A moment, such as a timestamped announcement. */
    INSTANT,
    /** One or more whole days in a zone, such as "on 2026-01-20" or "on the 20th or 21st". */
    DAY,
    /** Seven whole days, such as "the week before 2026-01-20". */
    WEEK,
    /** A whole calendar month, such as "in January 2026". */
    MONTH
  }

  /** The first day a {@code When} may denote: 0001-01-01, in its zone. */
  public static final LocalDate MIN_DATE = LocalDate.of(1, 1, 1);

  /** The last day a {@code When} may denote: 9999-12-31, in its zone. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /**
   * Instants safely inside {@code java.time}'s range of local date-times in any zone, and beyond
   * the accepted dates in every zone: an instant outside them is refused before it is converted.
   */
  private static final Instant CONVERTIBLE_FROM = Instant.parse("0000-01-01T00:00:00Z");

  private static final Instant CONVERTIBLE_UNTIL = Instant.parse("+10001-01-01T00:00:00Z");

  private static final Comparator<When> BY_START =
      Comparator.comparing(When::start)
          .thenComparing(When::end)
          .thenComparing(When::precision)
          .thenComparing(w -> w.zone().getId());

  When() {}

  /**
   * Obtains the instant {@code instant}, with UTC as its zone.
   *
   * @param instant the moment
   * @return a {@code When} of precision {@link Precision#INSTANT}
   * @throws IllegalArgumentException if its date in UTC lies outside {@link #MIN_DATE} to {@link
   *     #MAX_DATE}
   */
  public static When at(Instant instant) {
    return at(instant, ZoneOffset.UTC);
  }

  /**
   * Obtains the instant {@code instant}, shown in {@code zone}.
   *
   * @param instant the moment
   * @param zone the zone whose calendar gives its date
   * @return a {@code When} of precision {@link Precision#INSTANT}
   * @throws IllegalArgumentException if its date in {@code zone} lies outside {@link #MIN_DATE} to
   *     {@link #MAX_DATE}
   */
  public static When at(Instant instant, ZoneId zone) {
    return ImmutableWhen.of(Precision.INSTANT, zone, instant, instant);
  }

  /**
   * Obtains the instant that {@code dateTime} denotes, in its zone.
   *
   * @param dateTime a date and time in a zone
   * @return a {@code When} of precision {@link Precision#INSTANT}
   * @throws IllegalArgumentException if its date lies outside {@link #MIN_DATE} to {@link
   *     #MAX_DATE}
   */
  public static When at(ZonedDateTime dateTime) {
    checkNotNull(dateTime, "dateTime");
    return at(dateTime.toInstant(), dateTime.getZone());
  }

  /**
   * Obtains the whole day {@code date} in {@code zone}.
   *
   * @param date the day
   * @param zone the zone in which the day begins and ends
   * @return a {@code When} of precision {@link Precision#DAY}
   * @throws IllegalArgumentException if the zone's calendar skips that day, or it lies outside
   *     {@link #MIN_DATE} to {@link #MAX_DATE}
   */
  public static When on(LocalDate date, ZoneId zone) {
    checkDate("When.date", date);
    return days(Precision.DAY, date, date.plusDays(1), zone);
  }

  /**
   * Obtains the days from {@code first} to {@code last}, both inclusive, in {@code zone}: an event
   * known only to lie on one of them.
   *
   * @param first the first day
   * @param last the last day, {@code first} or later
   * @param zone the zone in which the days begin and end
   * @return a {@code When} of precision {@link Precision#DAY}
   * @throws IllegalArgumentException if {@code last} is before {@code first}, or either lies
   *     outside {@link #MIN_DATE} to {@link #MAX_DATE}
   */
  public static When between(LocalDate first, LocalDate last, ZoneId zone) {
    checkDate("When.first", first);
    checkDate("When.last", last);
    if (last.isBefore(first)) {
      throw new IllegalArgumentException(
          String.format("When.last (%s) must not be before first (%s)", last, first));
    }
    return days(Precision.DAY, first, last.plusDays(1), zone);
  }

  /**
   * Obtains the seven days that begin on {@code first}, in {@code zone}.
   *
   * @param first the first day of the week, any day of the week
   * @param zone the zone in which the days begin and end
   * @return a {@code When} of precision {@link Precision#WEEK}
   * @throws IllegalArgumentException if a day of the week lies outside {@link #MIN_DATE} to {@link
   *     #MAX_DATE}
   */
  public static When weekStarting(LocalDate first, ZoneId zone) {
    checkDate("When.first", first);
    return days(Precision.WEEK, first, first.plusDays(7), zone);
  }

  /**
   * Obtains the seven days that end the day before {@code date}, in {@code zone}: "the week before
   * 2026-01-20" is 2026-01-13 to 2026-01-19.
   *
   * @param date the day after the week
   * @param zone the zone in which the days begin and end
   * @return a {@code When} of precision {@link Precision#WEEK}
   * @throws IllegalArgumentException if a day of the week lies outside {@link #MIN_DATE} to {@link
   *     #MAX_DATE}
   */
  public static When weekBefore(LocalDate date, ZoneId zone) {
    checkDate("When.date", date);
    return days(Precision.WEEK, date.minusDays(7), date, zone);
  }

  /**
   * Obtains the whole calendar month {@code month}, in {@code zone}.
   *
   * @param month the month
   * @param zone the zone in which the month begins and ends
   * @return a {@code When} of precision {@link Precision#MONTH}
   * @throws IllegalArgumentException if the month lies outside the years 1 to 9999
   */
  public static When inMonth(YearMonth month, ZoneId zone) {
    checkNotNull(month, "month");
    checkDate("When.month", month.atDay(1));
    return days(Precision.MONTH, month.atDay(1), month.plusMonths(1).atDay(1), zone);
  }

  private static When days(
      Precision precision, LocalDate first, LocalDate endExclusive, ZoneId zone) {
    Instant start = first.atStartOfDay(zone).toInstant();
    Instant end = endExclusive.atStartOfDay(zone).toInstant();
    if (!start.isBefore(end)) {
      // a zone may skip a whole calendar day, as Pacific/Apia skipped 2011-12-30
      throw new IllegalArgumentException(
          String.format(
              "When days (%s to %s) do not exist in zone %s: its calendar skips them",
              first, endExclusive.minusDays(1), zone));
    }
    return ImmutableWhen.of(precision, zone, start, end);
  }

  /**
   * Checks if a leap second ended {@code utcDay}: one of the 27 days, from 1972-06-30 to
   * 2016-12-31, at whose end in UTC the IERS inserted a second 23:59:60. {@code java.time} reads
   * "23:59:60" on any day as the second before midnight, so a reader that meets one asks here.
   *
   * @param utcDay a day in UTC
   * @return true if that day ended with a leap second
   */
  public static boolean hadLeapSecond(LocalDate utcDay) {
    return WhenText.LEAP_SECOND_DAYS.contains(checkNotNull(utcDay, "utcDay"));
  }

  /**
   * Obtains a {@code When} from its text, the inverse of {@link #toString()}.
   *
   * <p>Accepted forms: an instant in UTC as {@code Instant.toString()} writes it, {@code
   * "2026-01-21T09:00:00Z"} (or with an offset, {@code "2026-01-21T12:00:00+03:00"}, read in that
   * offset); an instant in a zone as {@code ZonedDateTime.toString()} writes it, {@code
   * "2026-01-21T12:00+03:00[Asia/Damascus]"}; a day {@code "2026-01-20 (Asia/Damascus)"}; days
   * {@code "2026-01-20 to 2026-01-21 (Asia/Damascus)"}; a week {@code "week 2026-01-13 to
   * 2026-01-19 (Asia/Damascus)"}; and a month {@code "2026-01 (Asia/Damascus)"}.
   *
   * <p>A second 60 is a leap second. {@code java.time} reads one on any day as the second before
   * it; this method accepts it only at {@code 23:59:60Z} of a UTC day at whose end a leap second
   * was inserted (the 27 days from 1972-06-30 to 2016-12-31 that IERS Bulletin C lists), read as
   * 23:59:59 of that day, and refuses any other, such as {@code "2026-01-20T23:59:60Z"}.
   *
   * @param text the text to parse
   * @return the time
   * @throws IllegalArgumentException if the text has none of these forms, names no time zone, has a
   *     leap second on a day without one, or denotes a time outside the years 1 to 9999; the
   *     message shows the text with its control and invisible characters escaped
   */
  public static When parse(CharSequence text) {
    return WhenText.parse(checkNotNull(text, "text").toString());
  }

  /**
   * Returns a comparator that orders by {@link #start()}, then by {@link #end()}, then by precision
   * and zone id: a total order consistent with {@code equals}, for sorting, and consistent with
   * {@link #isBefore(When)} (whatever is before sorts first), but not a claim that an
   * earlier-sorting span happened first.
   *
   * @return the comparator
   */
  public static Comparator<When> byStart() {
    return BY_START;
  }

  /**
   * Returns how precisely the time was reported.
   *
   * @return the precision
   */
  @Value.Parameter(order = 0)
  public abstract Precision precision();

  /**
   * Returns the zone whose calendar defines the days, weeks and months, and in which an instant is
   * shown.
   *
   * @return the zone
   */
  @Value.Parameter(order = 1)
  public abstract ZoneId zone();

  /**
   * Returns the earliest moment this may denote.
   *
   * @return the start, inclusive
   */
  @Value.Parameter(order = 2)
  public abstract Instant start();

  /**
   * Returns the end of the span, exclusive; for an instant, the instant itself.
   *
   * @return the end
   */
  @Value.Parameter(order = 3)
  public abstract Instant end();

  @Value.Check
  final void check() {
    checkConvertible("start", start());
    checkConvertible("end", end());
    if (precision() == Precision.INSTANT) {
      if (!start().equals(end())) {
        throw new IllegalArgumentException(
            String.format("When.end (%s) must equal start (%s) for an instant", end(), start()));
      }
      return;
    }
    if (!start().isBefore(end())) {
      throw new IllegalArgumentException(
          String.format("When.end (%s) must be after start (%s)", end(), start()));
    }
    checkDate("When.firstDate", firstDate(), () -> firstDate() + " in " + zone());
    checkDate("When.lastDate", lastDate(), () -> lastDate() + " in " + zone());
  }

  /**
   * Refuses an instant so far from the accepted years that converting it to a date in a zone would
   * fail; an instant nearer them is judged by its date in the zone.
   */
  private void checkConvertible(String field, Instant instant) {
    if (instant.isBefore(CONVERTIBLE_FROM) || !instant.isBefore(CONVERTIBLE_UNTIL)) {
      throw new IllegalArgumentException(
          String.format(
              "When.%s (%s) must lie in the years 1 to 9999 (%s to %s) in its zone (%s)",
              field, instant, MIN_DATE, MAX_DATE, zone()));
    }
    if (precision() == Precision.INSTANT) {
      LocalDate date = instant.atZone(zone()).toLocalDate();
      checkDate("When." + field, date, () -> instant + ", " + date + " in " + zone());
    }
  }

  /**
   * Checks that {@code date} lies from {@link #MIN_DATE} to {@link #MAX_DATE}, the days every time
   * of the model falls on.
   *
   * @param field such as {@code "Alias.from"}, for the message
   * @param date the date to check
   * @return {@code date}
   * @throws IllegalArgumentException if it lies outside
   */
  static LocalDate checkDate(String field, LocalDate date) {
    checkNotNull(date, field);
    return checkDate(field, date, date::toString);
  }

  private static LocalDate checkDate(String field, LocalDate date, Supplier<String> value) {
    if (date.isBefore(MIN_DATE) || date.isAfter(MAX_DATE)) {
      throw new IllegalArgumentException(
          String.format(
              "%s (%s) must lie in the years 1 to 9999 (%s to %s)",
              field, value.get(), MIN_DATE, MAX_DATE));
    }
    return date;
  }

  /**
   * Checks if this is a single instant rather than a span.
   *
   * @return true if the precision is {@link Precision#INSTANT}
   */
  public final boolean isInstant() {
    return precision() == Precision.INSTANT;
  }

  /**
   * Returns the first day this may denote, in {@link #zone()}.
   *
   * @return the first date
   */
  public final LocalDate firstDate() {
    return start().atZone(zone()).toLocalDate();
  }

  /**
   * Returns the last day this may denote, in {@link #zone()}.
   *
   * @return the last date, {@link #firstDate()} or later
   */
  public final LocalDate lastDate() {
    Instant last = isInstant() ? end() : end().minusNanos(1);
    return last.atZone(zone()).toLocalDate();
  }

  /**
   * Checks if {@code instant} is a moment this may denote.
   *
   * @param instant the instant to test
   * @return true if it is this instant, or lies from {@link #start()} inclusive to {@link #end()}
   *     exclusive
   */
  public final boolean contains(Instant instant) {
    checkNotNull(instant, "instant");
    return isInstant()
        ? start().equals(instant)
        : !instant.isBefore(start()) && instant.isBefore(end());
  }

  /**
   * Checks if every moment this may denote precedes every moment {@code other} may denote.
   *
   * @param other the other time
   * @return true if this is certainly before the other
   */
  public final boolean isBefore(When other) {
    checkNotNull(other, "other");
    return isInstant() ? start().isBefore(other.start()) : !end().isAfter(other.start());
  }

  /**
   * Checks if every moment this may denote follows every moment {@code other} may denote.
   *
   * @param other the other time
   * @return true if this is certainly after the other
   */
  public final boolean isAfter(When other) {
    checkNotNull(other, "other");
    return other.isBefore(this);
  }

  /**
   * Checks if this and {@code other} may denote the same moment, so that neither is certainly
   * before the other. Symmetric.
   *
   * @param other the other time
   * @return true if neither {@link #isBefore(When)} nor {@link #isAfter(When)} holds
   */
  public final boolean overlaps(When other) {
    checkNotNull(other, "other");
    return !isBefore(other) && !isAfter(other);
  }

  /**
   * Checks if every moment this may denote precedes {@code instant}.
   *
   * @param instant the instant to compare with
   * @return true if this is certainly before the instant
   */
  public final boolean isBefore(Instant instant) {
    checkNotNull(instant, "instant");
    return isInstant() ? start().isBefore(instant) : !end().isAfter(instant);
  }

  /**
   * Checks if every moment this may denote follows {@code instant}.
   *
   * @param instant the instant to compare with
   * @return true if this is certainly after the instant
   */
  public final boolean isAfter(Instant instant) {
    checkNotNull(instant, "instant");
    return start().isAfter(instant);
  }

  /**
   * Checks if every moment this may denote is at or before {@code instant}: by then, whatever this
   * dates has certainly happened.
   *
   * @param instant the instant to compare with
   * @return true if this is an instant not after {@code instant}, or a span whose end is not after
   *     it
   */
  public final boolean isCertainlyBy(Instant instant) {
    checkNotNull(instant, "instant");
    return !end().isAfter(instant);
  }

  /**
   * Returns the time as a reader would write it: "2026-01-21T09:00:00Z" for an instant (in its zone
   * when that is not UTC), "2026-01-20 (Asia/Damascus)" for a day, "2026-01-20 to 2026-01-21
   * (Asia/Damascus)" for several days, "week 2026-01-13 to 2026-01-19 (Asia/Damascus)" for a week
   * and "2026-01 (Asia/Damascus)" for a month.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    switch (precision()) {
      case INSTANT:
        return zone().equals(ZoneOffset.UTC)
            ? start().toString()
            : start().atZone(zone()).toString();
      case DAY:
        return firstDate().equals(lastDate())
            ? firstDate() + " (" + zone() + ")"
            : firstDate() + " to " + lastDate() + " (" + zone() + ")";
      case WEEK:
        return "week " + firstDate() + " to " + lastDate() + " (" + zone() + ")";
      case MONTH:
        return YearMonth.from(firstDate()) + " (" + zone() + ")";
    }
    throw new AssertionError(precision());
  }
}
