package dev.custody.cli;

import dev.custody.agreement.Agreement;
import dev.custody.agreement.DeadlineExtension;
import dev.custody.agreement.Obligation;
import dev.custody.event.AgreementConcluded;
import dev.custody.event.CensusTaken;
import dev.custody.event.DeadlineExtended;
import dev.custody.event.Event;
import dev.custody.event.RunningTotalReported;
import dev.custody.event.TransferPlanned;
import dev.custody.json.CustodyDocument;
import dev.custody.model.Claim;
import dev.custody.model.Figure;
import dev.custody.model.When;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Optional;

/**
 * The times the report and the chart can show: those in the years 1 to 9999, in UTC.
 *
 * <p>java.time and the format allow times a billion years away, which no clock can tell and no
 * chart can draw. Rather than fail deep inside a report, {@code report} and {@code chart} refuse a
 * scenario with such a time, naming the JSON path where it is written; {@code check}, which only
 * validates the format, accepts it. Only the years are bounded, so that a time a few days outside
 * them, such as a chart's margin or the end of 9999-12-31 west of Greenwich, is still shown.
 */
final class ShowableTimes {

  /** The years, as the messages give them. */
  static final String YEARS = "1 to 9999";

  private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
  private static final Instant AFTER_LAST = Instant.parse("+10000-01-01T00:00:00Z");

  private ShowableTimes() {}

  /** Whether {@code instant} falls in the years shown, in UTC. */
  static boolean contains(Instant instant) {
    return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
  }

  /** Whether every moment {@code when} may denote falls in the years shown. */
  static boolean contains(When when) {
    return contains(when.start()) && contains(when.isInstant() ? when.end() : last(when));
  }

  private static Instant last(When when) {
    return when.end().minusNanos(1);
  }

  /**
   * Refuses a document with a time outside the years shown.
   *
   * @throws CommandFailedException naming the file, the JSON path and the time
   */
  static void check(Path file, CustodyDocument document) {
    for (int i = 0; i < document.events().size(); i++) {
      Event event = document.events().get(i);
      String path = "$.events[" + i + "]";
      Optional<String> outside =
          event instanceof AgreementConcluded concluded
              ? outside(path + ".agreement", concluded.agreement())
              : outside(path + ".when", event.when());
      if (outside.isEmpty() && event instanceof DeadlineExtended extended) {
        outside = outside(path + ".deadline", extended.deadline().due());
      }
      if (outside.isEmpty()) {
        outside = outside(path, event);
      }
      if (outside.isPresent()) {
        throw new CommandFailedException(
            Custody.UNREADABLE, file.getFileName() + ": " + outside.get());
      }
    }
  }

  /** The claims of the event's figure, in the field that holds them. */
  private static Optional<String> outside(String path, Event event) {
    Optional<Figure> figure;
    String field;
    if (event instanceof CensusTaken census) {
      figure = Optional.of(census.count());
      field = "count";
    } else if (event instanceof RunningTotalReported total) {
      figure = Optional.of(total.total());
      field = "total";
    } else if (event instanceof TransferPlanned plan) {
      figure = Optional.of(plan.size());
      field = "size";
    } else {
      figure = event.movements().stream().findFirst().map(m -> m.size());
      field = "size";
    }
    if (figure.isEmpty()) {
      return Optional.empty();
    }
    for (int k = 0; k < figure.get().claims().size(); k++) {
      Claim claim = figure.get().claims().get(k);
      Optional<String> outside =
          outside(path + "." + field + "[" + k + "].reported", claim.reported());
      if (outside.isPresent()) {
        return outside;
      }
    }
    return Optional.empty();
  }

  private static Optional<String> outside(String path, Agreement agreement) {
    Optional<String> outside = outside(path + ".concluded", agreement.concluded());
    for (int j = 0; j < agreement.obligations().size() && outside.isEmpty(); j++) {
      Obligation obligation = agreement.obligations().get(j);
      String at = path + ".obligations[" + j + "]";
      if (obligation.deadline().isPresent()) {
        outside = outside(at + ".deadline", obligation.deadline().get().due());
      }
      for (int k = 0; k < obligation.extensions().size() && outside.isEmpty(); k++) {
        DeadlineExtension extension = obligation.extensions().get(k);
        outside = outside(at + ".extensions[" + k + "].deadline", extension.deadline().due());
        if (outside.isEmpty()) {
          outside = outside(at + ".extensions[" + k + "].decided", extension.decided());
        }
      }
      if (outside.isEmpty() && obligation.met().isPresent()) {
        outside = outside(at + ".met", obligation.met().get());
      }
      if (outside.isEmpty() && obligation.waived().isPresent()) {
        outside = outside(at + ".waived", obligation.waived().get());
      }
      if (outside.isEmpty() && obligation.term().isPresent()) {
        outside = outside(at + ".term.start", obligation.term().get().start());
        if (outside.isEmpty()) {
          outside = outside(at + ".term", obligation.term().get().end().due());
        }
      }
      for (int k = 0; k < obligation.breaches().size() && outside.isEmpty(); k++) {
        outside = outside(at + ".breaches[" + k + "].when", obligation.breaches().get(k).when());
      }
    }
    return outside;
  }

  private static Optional<String> outside(String path, When when) {
    if (contains(when)) {
      return Optional.empty();
    }
    return Optional.of(
        path
            + ": time ("
            + text(when)
            + ") must fall in the years "
            + YEARS
            + ", which a report and a chart show");
  }

  /** The time as the reader wrote it, or as instants where its zone's calendar cannot tell it. */
  private static String text(When when) {
    try {
      return when.toString();
    } catch (DateTimeException beyondTheCalendar) {
      return when.isInstant() ? when.start().toString() : when.start() + " to " + when.end();
    }
  }
}
