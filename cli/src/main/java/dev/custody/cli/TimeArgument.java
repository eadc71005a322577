package dev.custody.examples.cli;

import dev.custody.event.Event;
import dev.custody.json.CustodyDocument;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Instants on the command line: an instant, or a date read as the start or end of that UTC day. */
final class Times {
  private Times() {}

  static Instant parse(String text, boolean endOfDay) {
    try {
      return Instant.parse(text);
    } catch (DateTimeException notAnInstant) {
      try {
        LocalDate date = LocalDate.parse(text);
        return (endOfDay ? date.plusDays(1) : date).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeException notADate) {
        throw new TypeConversionException(
            "'"
                + text
                + "' is neither an instant like 2026-01-23T09:00:00Z nor a date like 2026-01-23");
      }
    }
  }

  /** The end of the last event: the instant at which everything the document says is done. */
  static Instant afterLastEvent(CustodyDocument document) {
    return document.events().stream()
        .map(e -> e.when().end())
        .max(Comparator.naturalOrder())
        .orElse(Instant.EPOCH);
  }

  /** Reads a date as the end of that day, so that "--at 2026-01-22" includes the 22nd. */
  static final class EndOfDay implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value, true);
    }
  }

  /** Reads a date as the start of that day, for the first instant of a chart. */
  static final class StartOfDay implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
      return parse(value, false);
    }
  }

  /** Whether an event moves or counts people: what a chart of balances is about. */
  static boolean concernsBalances(Event event) {
    return !event.movements().isEmpty() || event instanceof dev.custody.event.CensusTaken;
  }
}
