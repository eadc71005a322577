package dev.custody.flink;

import java.time.Instant;

/**
 * Something a monitor must look at: an event the rules rejected, a deadline that lapsed unmet, or a
 * population that moved past the threshold set for the job.
 *
 * @param theatre the theatre
 * @param kind what happened
 * @param at the event time it refers to: the rejected event's time, the instant the deadline
 *     lapsed, the snapshot instant at which the population was found past the threshold
 * @param subject what it is about: an event id, "agreement/obligation", an account
 * @param message the alert in words
 */
public record Alert(String theatre, Kind kind, Instant at, String subject, String message) {

  /** The kinds of alert. */
  public enum Kind {
    /** The rules rejected an event: the message lists its errors. */
    RULE_ERROR,
    /**
     * An obligation's deadline in force lapsed and the obligation was not met or waived by then.
     */
    DEADLINE_LAPSED,
    /** The best value of an account's balance reached the threshold from below. */
    POPULATION_ROSE,
    /** The best value of an account's balance fell below the threshold. */
    POPULATION_FELL
  }

  /**
   * Returns the alert as "2026-01-24T21:00:00Z northeast-syria-2026 DEADLINE_LAPSED
   * ceasefire-2026-01-20/decide-integration: ...".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return at + " " + theatre + " " + kind + " " + subject + ": " + message;
  }
}
