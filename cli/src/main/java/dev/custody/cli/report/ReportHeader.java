package dev.custody.examples.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.aggregate.Readings;
import dev.custody.model.Reading;
import dev.custody.rules.Verdict;
import java.time.Instant;

/**
 * The head of a {@link Report}: what it is of, when, under which reading, and whether the ledger
 * breaks any rule under that reading.
 *
 * @param title the title, such as "Custody report"
 * @param asOf the instant the report describes
 * @param reading the reading of the balances, totals and plans
 * @param defaultReading true if no reading was asked for, so that {@code reading} is the envelope
 * @param readings the readings the ledger supports, which the per-reading sections show
 * @param actors how many actors the ledger's world knows
 * @param facilities how many facilities the ledger's world knows
 * @param events how many events the ledger holds
 * @param eventsByAsOf how many of them had certainly happened by {@code asOf}
 * @param verdict every event checked again under {@code reading}
 */
public record ReportHeader(
    String title,
    Instant asOf,
    Reading reading,
    boolean defaultReading,
    Readings readings,
    int actors,
    int facilities,
    int events,
    int eventsByAsOf,
    Verdict verdict) {

  /**
   * Checks the header's parts.
   *
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a count is negative or more events are done by the instant
   *     than the ledger holds
   */
  public ReportHeader {
    checkNotNull(title, "title");
    checkNotNull(asOf, "asOf");
    checkNotNull(reading, "reading");
    checkNotNull(readings, "readings");
    checkNotNull(verdict, "verdict");
    checkArgument(
        actors >= 0 && facilities >= 0 && events >= 0,
        "ReportHeader counts (%s actors, %s facilities, %s events) must not be negative",
        actors,
        facilities,
        events);
    checkArgument(
        eventsByAsOf >= 0 && eventsByAsOf <= events,
        "ReportHeader eventsByAsOf (%s) must be from 0 to events (%s)",
        eventsByAsOf,
        events);
  }

  /**
   * Returns the reading as a reader would name it: "envelope (the default)" or "according to sdf".
   *
   * @return the text
   */
  public String readingText() {
    return defaultReading ? reading + " (the default)" : reading.toString();
  }

  /**
   * Returns the verdict in a few words: "no errors, no warnings" or "1 error, 2 warnings".
   *
   * @return the text
   */
  public String verdictText() {
    return count(verdict.errors().size(), "error", "errors")
        + ", "
        + count(verdict.warnings().size(), "warning", "warnings");
  }

  private static String count(int n, String one, String many) {
    return n == 0 ? "no " + many : Texts.count(n, one, many);
  }
}
