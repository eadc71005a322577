package dev.custody.cli;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * An instant or a date given on the command line ({@code 2026-01-23T09:00:00Z}, {@code
 * 2026-01-23}), read as an instant once the scenario, and so its zone, is known: a date is the
 * start or the end of that day in the scenario's zone.
 *
 * @param instant the instant, when an instant was given
 * @param date the date, when a date was given
 */
record TimeArgument(Optional<Instant> instant, Optional<LocalDate> date) {

  /** Reads {@code text}, refusing a time outside the years the command shows. */
  static TimeArgument parse(String text) {
    try {
      Instant instant = Instant.parse(text);
      if (!ShowableTimes.contains(instant)) {
        throw outside(text);
      }
      return new TimeArgument(Optional.of(instant), Optional.empty());
    } catch (DateTimeException notAnInstant) {
      // perhaps a date
    }
    try {
      LocalDate date = LocalDate.parse(text);
      if (!ShowableTimes.contains(date.atStartOfDay(ZoneOffset.UTC).toInstant())) {
        throw outside(text);
      }
      return new TimeArgument(Optional.empty(), Optional.of(date));
    } catch (DateTimeException notADate) {
      throw new TypeConversionException(
          "'"
              + text
              + "' is neither an instant like 2026-01-23T09:00:00Z nor a date like 2026-01-23");
    }
  }

  private static TypeConversionException outside(String text) {
    return new TypeConversionException(
        "'"
            + text
            + "' must fall in the years "
            + ShowableTimes.YEARS
            + ", which the command shows");
  }

  /** The instant itself, or the start of the date in {@code zone}. */
  Instant startIn(ZoneId zone) {
    return instant.orElseGet(() -> date.orElseThrow().atStartOfDay(zone).toInstant());
  }

  /** The instant itself, or the end of the date in {@code zone}: the start of the next day. */
  Instant endIn(ZoneId zone) {
    return instant.orElseGet(() -> date.orElseThrow().plusDays(1).atStartOfDay(zone).toInstant());
  }

  /** Reads an instant or a date for picocli. */
  static final class Converter implements ITypeConverter<TimeArgument> {
    @Override
    public TimeArgument convert(String value) {
      return parse(value);
    }
  }
}
