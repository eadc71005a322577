package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.CustodyStyle;
import dev.custody.model.When;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The time an obligation runs for, such as "pause operations for 120 hours" from the ceasefire: a
 * start and a length, either a {@link Duration} (hours, or days of 24 hours) or a calendar {@link
 * Period} (months and years, whose days follow the calendar of the start's zone).
 *
 * <p>An obligation with a term is not met by a deadline: it is in force while the term runs, and
 * kept once the term has ended unless it was breached. {@link #end()} is when the term ends, as a
 * {@link Deadline}, so that a revision can move it like any deadline.
 *
 * <p><b>Imprecise starts.</b> A term is never shorter than its length for any moment its start may
 * denote: it ends at its length after the last moment of its start. A term of whole days (or of a
 * period) that starts on a day runs to the end of the day that many days after it: 120 hours from a
 * ceasefire on 2026-01-20 run to the end of 2026-01-25 in the ceasefire's zone (or, when a change
 * to summer time shortens those days, to the instant that length after the start's end). A term of
 * another length from an imprecise start ends at that length after the start's end, as an instant.
 *
 * <p>Invariants, checked at construction: exactly one of duration and period, positive, and an end
 * within the years 1 to 9999.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Term {

  Term() {}

  /**
   * Obtains a term that runs for {@code duration} from {@code start}.
   *
   * @param start when the term begins, such as the agreement's conclusion
   * @param duration how long it runs, positive
   * @return the term
   * @throws IllegalArgumentException if {@code duration} is not positive, or the term would end
   *     after the year 9999
   */
  public static Term of(When start, Duration duration) {
    checkNotNull(duration, "duration");
    return ImmutableTerm.of(start, Optional.of(duration), Optional.empty());
  }

  /**
   * Obtains a term that runs for the calendar period {@code period} from {@code start}.
   *
   * @param start when the term begins, such as the agreement's conclusion
   * @param period how long it runs, such as six months; positive in every unit
   * @return the term
   * @throws IllegalArgumentException if {@code period} is zero or has a negative unit, or the term
   *     would end after the year 9999
   */
  public static Term of(When start, Period period) {
    checkNotNull(period, "period");
    return ImmutableTerm.of(start, Optional.empty(), Optional.of(period));
  }

  /**
   * Returns when the term begins.
   *
   * @return the start
   */
  @Value.Parameter(order = 0)
  public abstract When start();

  /**
   * Returns the length of the term when it is given in hours (or days of 24 hours).
   *
   * @return the duration, or empty when the term is a calendar period
   */
  @Value.Parameter(order = 1)
  public abstract Optional<Duration> duration();

  /**
   * Returns the length of the term when it is a calendar period.
   *
   * @return the period, or empty when the term is a duration
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Period> period();

  @Value.Check
  final void check() {
    if (duration().isPresent() == period().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "Term.duration (%s) and period (%s) must be exactly one",
              duration().map(Duration::toString).orElse("empty"),
              period().map(Period::toString).orElse("empty")));
    }
    if (duration().isPresent() && (duration().get().isNegative() || duration().get().isZero())) {
      throw new IllegalArgumentException(
          String.format("Term.duration (%s) must be positive", duration().get()));
    }
    if (period().isPresent() && (period().get().isNegative() || period().get().isZero())) {
      throw new IllegalArgumentException(
          String.format(
              "Term.period (%s) must be positive, with no negative unit", period().get()));
    }
    try {
      end();
    } catch (DateTimeException | ArithmeticException | IllegalArgumentException beyond) {
      throw new IllegalArgumentException(
          String.format(
              "Term.%s (%s) must end the term from %s within the years 1 to 9999 (%s to %s)",
              duration().isPresent() ? "duration" : "period",
              duration().map(Duration::toString).orElseGet(() -> period().get().toString()),
              start(),
              When.MIN_DATE,
              When.MAX_DATE),
          beyond);
    }
  }

  /**
   * Returns when the term ends, as the deadline that a revision of the obligation replaces: the
   * first instant from which the obligation has been kept.
   *
   * @return the end, a day for whole days or periods from a start of day precision or coarser, an
   *     instant otherwise
   */
  public final Deadline end() {
    ZoneId zone = start().zone();
    if (start().isInstant()) {
      return Deadline.at(
          duration().isPresent()
              ? start().start().plus(duration().get())
              : start().start().atZone(zone).plus(period().get()).toInstant(),
          zone);
    }
    LocalDate last = start().lastDate();
    if (period().isPresent()) {
      return Deadline.on(last.plus(period().get()), zone);
    }
    Duration length = duration().get();
    Instant latest = start().end().plus(length);
    if (length.toSeconds() % 86_400 == 0 && length.toNanosPart() == 0) {
      Deadline onDay = Deadline.on(last.plusDays(length.toDays()), zone);
      // a day shortened by a change to summer time would make the term an hour short
      if (!onDay.lapsesAt().isBefore(latest)) {
        return onDay;
      }
    }
    return Deadline.at(latest, zone);
  }

  /**
   * Returns the length as a reader would say it: "120 hours", "54 hours 30 minutes", "6 months", "1
   * year 2 months 3 days"; a duration of less than a second as its ISO-8601 text.
   *
   * @return the text
   */
  public final String length() {
    if (duration().isPresent()) {
      Duration length = duration().get();
      StringBuilder text = new StringBuilder();
      unit(text, length.toHours(), "hour");
      unit(text, length.toMinutesPart(), "minute");
      unit(text, length.toSecondsPart(), "second");
      return text.length() == 0 ? length.toString() : text.toString();
    }
    Period period = period().get();
    StringBuilder text = new StringBuilder();
    unit(text, period.getYears(), "year");
    unit(text, period.getMonths(), "month");
    unit(text, period.getDays(), "day");
    return text.toString();
  }

  private static void unit(StringBuilder text, long count, String name) {
    if (count != 0) {
      text.append(text.length() > 0 ? " " : "")
          .append(count)
          .append(' ')
          .append(name)
          .append(count == 1 ? "" : "s");
    }
  }

  /**
   * Returns the term as "120 hours from 2026-01-20 (Asia/Damascus)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    return length() + " from " + start();
  }
}
