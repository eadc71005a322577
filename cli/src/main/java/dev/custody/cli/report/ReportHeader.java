package dev.custody.cli.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.aggregate.Readings;
import dev.custody.cli.internal.Counted;
import dev.custody.cli.internal.TimeWording;
import dev.custody.model.Reading;
import dev.custody.rules.Verdict;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The head of a {@link Report}: what it is of, when, under which reading, and whether the ledger
 * breaks any rule under that reading.
 *
 * @param title the title, such as "Custody report"
 * @param asOf the instant the report describes
 * @param zone the zone in which the report tells the time: the {@linkplain ScenarioZone scenario's
 *     zone}
 * @param reading the reading of the balances, totals and plans
 * @param defaultReading true if no reading was asked for, so that {@code reading} is the envelope
 * @param readings the readings the ledger supports, which the per-reading sections show
 * @param actors how many actors the ledger's world knows
 * @param facilities how many facilities the ledger's world knows
 * @param events how many events the ledger holds
 * @param eventsByAsOf how many of them had certainly happened by {@code asOf}
 * @param verdict every event checked again under {@code reading}
 * @param knownAt the knowledge time: the report uses only what had been reported by then ({@link
 *     dev.custody.ledger.Ledger#asKnownAt(Instant)}); empty when it uses everything recorded
 */
public record ReportHeader(
    String title,
    Instant asOf,
    ZoneId zone,
    Reading reading,
    boolean defaultReading,
    Readings readings,
    int actors,
    int facilities,
    int events,
    int eventsByAsOf,
    Verdict verdict,
    Optional<Instant> knownAt) {

  /**
   * Checks the header's parts.
   *
   * @param title the title
   * @param asOf the instant
   * @param zone the zone of the report
   * @param reading the reading
   * @param defaultReading true if no reading was asked for
   * @param readings the readings the ledger supports
   * @param actors how many actors
   * @param facilities how many facilities
   * @param events how many events
   * @param eventsByAsOf how many events were certainly done by the instant
   * @param verdict the verdict under the reading
   * @param knownAt the knowledge time, or empty for everything recorded
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a count is negative or more events are done by the instant
   *     than the ledger holds
   */
  public ReportHeader {
    checkNotNull(title, "title");
    checkNotNull(asOf, "asOf");
    checkNotNull(zone, "zone");
    checkNotNull(reading, "reading");
    checkNotNull(readings, "readings");
    checkNotNull(verdict, "verdict");
    checkNotNull(knownAt, "knownAt");
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
   * Checks the header's parts, for a report that uses everything recorded: no knowledge time.
   *
   * @param title the title
   * @param asOf the instant
   * @param zone the zone of the report
   * @param reading the reading
   * @param defaultReading true if no reading was asked for
   * @param readings the readings the ledger supports
   * @param actors how many actors
   * @param facilities how many facilities
   * @param events how many events
   * @param eventsByAsOf how many events were certainly done by the instant
   * @param verdict the verdict under the reading
   * @throws NullPointerException if a part is null
   * @throws IllegalArgumentException if a count is negative or more events are done by the instant
   *     than the ledger holds
   */
  public ReportHeader(
      String title,
      Instant asOf,
      ZoneId zone,
      Reading reading,
      boolean defaultReading,
      Readings readings,
      int actors,
      int facilities,
      int events,
      int eventsByAsOf,
      Verdict verdict) {
    this(
        title,
        asOf,
        zone,
        reading,
        defaultReading,
        readings,
        actors,
        facilities,
        events,
        eventsByAsOf,
        verdict,
        Optional.empty());
  }

  /**
   * Returns which knowledge time the report used, as a reader would say it: "everything recorded"
   * when none was given, else "what was reported by 2026-01-20 24:00 Damascus time
   * (2026-01-20T21:00:00Z)".
   *
   * @return the text
   */
  public String knownText() {
    return knownAt
        .map(k -> "what was reported by " + TimeWording.atWithInstant(k, zone))
        .orElse("everything recorded");
  }

  /**
   * Returns the instant of the report as people tell the time in its zone, then in UTC: "2026-01-23
   * 12:00 Damascus time (2026-01-23T09:00:00Z)", "2026-01-22 24:00 Damascus time
   * (2026-01-22T21:00:00Z)" at the end of the 22nd.
   *
   * @return the text
   */
  public String asOfText() {
    return TimeWording.atWithInstant(asOf, zone);
  }

  /**
   * Returns the instant of the report as people tell the time in its zone: "2026-01-23 12:00
   * Damascus time".
   *
   * @return the text
   */
  public String asOfLocalText() {
    return TimeWording.at(asOf, zone);
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
    return n == 0 ? "no " + many : Counted.of(n, one, many);
  }
}
