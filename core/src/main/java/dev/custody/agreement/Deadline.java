package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.CustodyStyle;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * The time by which an obligation must be met: a day in a time zone, or an instant.
 *
 * <p><b>The convention for a day.</b> "By the 24th" includes the 24th: a deadline {@link
 * #on(LocalDate, ZoneId) on} a day runs to the end of that day in its zone and {@linkplain
 * #lapsesAt() lapses} at the first instant of the next day there. The four-day deadline set by the
 * ceasefire of 2026-01-20 in Damascus is {@code Deadline.daysAfter(concluded, 4, Asia/Damascus)}:
 * due on 2026-01-24, lapsing at 2026-01-25T00:00+03:00 (2026-01-24T21:00Z). A deadline {@link
 * #at(Instant, ZoneId) at} an instant lapses at that instant. Either way an obligation is still
 * pending at every instant before {@link #lapsesAt()} and has lapsed (unless met) from it on.
 *
 * <p>Day arithmetic is done on local dates, so a deadline lands on the same local date whatever
 * offset changes (summer time) lie between its start and its end.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Deadline implements Comparable<Deadline> {

  Deadline() {}

  /**
   * Obtains a deadline that runs to the end of {@code date} in {@code zone}.
   *
   * @param date the last day on which the obligation may be met
   * @param zone the zone whose calendar the deadline follows
   * @return the deadline
   * @throws IllegalArgumentException if the zone's calendar skips that day, or it lies outside the
   *     years 1 to 9999 ({@link When#MIN_DATE} to {@link When#MAX_DATE})
   */
  public static Deadline on(LocalDate date, ZoneId zone) {
    return ImmutableDeadline.of(When.on(date, zone));
  }

  /**
   * Obtains a deadline that lapses at {@code instant}.
   *
   * @param instant the moment the deadline lapses
   * @param zone the zone in which to show it and read its date
   * @return the deadline
   * @throws IllegalArgumentException if its date in {@code zone} lies outside the years 1 to 9999
   */
  public static Deadline at(Instant instant, ZoneId zone) {
    return ImmutableDeadline.of(When.at(instant, zone));
  }

  /**
   * Obtains a deadline that lapses at the instant {@code dateTime} denotes.
   *
   * @param dateTime the moment, in the zone the deadline follows
   * @return the deadline
   * @throws IllegalArgumentException if its date lies outside the years 1 to 9999
   */
  public static Deadline at(ZonedDateTime dateTime) {
    checkNotNull(dateTime, "dateTime");
    return at(dateTime.toInstant(), dateTime.getZone());
  }

  /**
   * Obtains the deadline {@code days} whole days after {@code from}, in {@code zone}: due on the
   * day {@code days} after the last day {@code from} may denote there.
   *
   * <p>A ceasefire agreed on 2026-01-20 with a four-day deadline gives {@code daysAfter(agreed, 4,
   * Asia/Damascus)}, due on 2026-01-24 and running to the end of that day. When {@code from} spans
   * several days, counting starts from its last day, so the deadline is never earlier than a reader
   * of any day in the span would compute.
   *
   * @param from when the deadline was set, such as the day an agreement was concluded
   * @param days the number of days allowed, zero or more
   * @param zone the zone whose calendar the deadline follows
   * @return the deadline
   * @throws IllegalArgumentException if {@code days} is negative, or the zone's calendar skips the
   *     due day, or it lies outside the years 1 to 9999
   */
  public static Deadline daysAfter(When from, int days, ZoneId zone) {
    checkNotNull(from, "from");
    if (days < 0) {
      throw new IllegalArgumentException(
          String.format("Deadline.days (%d) must not be negative", days));
    }
    Instant last = from.isInstant() ? from.start() : from.end().minusNanos(1);
    return on(last.atZone(zone).toLocalDate().plusDays(days), zone);
  }

  /**
   * Returns the day or instant the deadline falls on.
   *
   * @return a day-precision {@link When} of one day, or an instant
   */
  @Value.Parameter
  public abstract When due();

  @Value.Check
  final void check() {
    boolean oneDay =
        due().precision() == When.Precision.DAY && due().firstDate().equals(due().lastDate());
    if (!oneDay && !due().isInstant()) {
      throw new IllegalArgumentException(
          String.format("Deadline.due (%s) must be one day or an instant", due()));
    }
  }

  /**
   * Checks if the deadline is a whole day rather than an instant.
   *
   * @return true if it runs to the end of a day
   */
  public final boolean isDay() {
    return !due().isInstant();
  }

  /**
   * Returns the day the deadline falls on, in its zone.
   *
   * @return the due date
   */
  public final LocalDate dueDate() {
    return due().firstDate();
  }

  /**
   * Returns the zone whose calendar the deadline follows.
   *
   * @return the zone
   */
  public final ZoneId zone() {
    return due().zone();
  }

  /**
   * Returns the first instant at which the deadline has lapsed: the start of the next day for a
   * day, the instant itself otherwise.
   *
   * @return the lapse instant
   */
  public final Instant lapsesAt() {
    return due().end();
  }

  /**
   * Checks if the deadline has lapsed at {@code instant}.
   *
   * @param instant the moment to test
   * @return true if {@code instant} is not before {@link #lapsesAt()}
   */
  public final boolean hasLapsedAt(Instant instant) {
    checkNotNull(instant, "instant");
    return !instant.isBefore(lapsesAt());
  }

  /**
   * Returns the time from {@code instant} until the deadline lapses, negative once it has.
   *
   * @param instant the moment to measure from
   * @return the duration to {@link #lapsesAt()}
   */
  public final Duration timeLeftAt(Instant instant) {
    checkNotNull(instant, "instant");
    return Duration.between(instant, lapsesAt());
  }

  /**
   * Returns a copy moved {@code days} later, on local dates in its zone.
   *
   * @param days the number of days to add, may be negative
   * @return the moved deadline
   * @throws IllegalArgumentException if the moved deadline would fall outside the years 1 to 9999
   *     ({@link When#MIN_DATE} to {@link When#MAX_DATE}), naming the days and the deadline
   */
  public final Deadline plusDays(long days) {
    long span = ChronoUnit.DAYS.between(When.MIN_DATE, When.MAX_DATE);
    if (days < -span || days > span) {
      // further than the whole calendar: no date arithmetic needed to know, and none to overflow
      throw new IllegalArgumentException(
          String.format(
              "Deadline.plusDays days (%d) must keep the deadline (%s) in the years 1 to 9999 (%s"
                  + " to %s)",
              days, this, When.MIN_DATE, When.MAX_DATE));
    }
    return isDay()
        ? on(dueDate().plusDays(days), zone())
        : at(due().start().atZone(zone()).plusDays(days));
  }

  /**
   * Checks if this deadline lapses before {@code other} does.
   *
   * @param other the other deadline
   * @return true if {@code lapsesAt()} is earlier
   */
  public final boolean isBefore(Deadline other) {
    checkNotNull(other, "other");
    return lapsesAt().isBefore(other.lapsesAt());
  }

  /**
   * Compares deadlines by the instant they lapse, then an instant deadline before a day deadline
   * that lapses at the same moment, then by zone id: consistent with {@code equals}.
   *
   * @param other the other deadline
   * @return negative, zero or positive as this lapses earlier, together or later
   */
  @Override
  public final int compareTo(Deadline other) {
    checkNotNull(other, "other");
    int byLapse = lapsesAt().compareTo(other.lapsesAt());
    if (byLapse != 0) {
      return byLapse;
    }
    int byKind = Boolean.compare(isDay(), other.isDay());
    return byKind != 0 ? byKind : zone().getId().compareTo(other.zone().getId());
  }

  /**
   * Returns the deadline as "end of 2026-01-24 (Asia/Damascus)" or
   * "2026-01-24T12:00+03:00[Asia/Damascus]".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return isDay() ? "end of " + due() : due().toString();
  }
}
