package dev.custody.flink;

import java.time.Instant;

/**
 * What the rules said of one event when its theatre's ledger took it in or refused it, in the words
 * of {@code Verdict.toString()}.
 *
 * <p>An event may be given a later verdict, which replaces the earlier: when a report inserted
 * before it (late, or after waiting for a referent) changes what the rules say of it, and when it
 * is a census taken strictly inside the period of a movement that arrives after it, since the
 * library compares the census with any share of the movement. A later verdict is never {@code
 * late}: the event it judges came in time.
 *
 * @param theatre the theatre
 * @param eventId the event's id
 * @param time the end of the event's time, its event time
 * @param accepted true when the ledger took the event in
 * @param late true when the event arrived behind the watermark, within the allowed lateness, and
 *     was inserted in its place at once
 * @param verdict the verdict's text: "accepted", "accepted with 1 warning" or "rejected: 1 error",
 *     then one violation a line
 */
public record EventVerdict(
    String theatre, String eventId, Instant time, boolean accepted, boolean late, String verdict) {

  /**
   * Returns the verdict as "northeast-syria-2026 first-batch-to-iraq: accepted".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return theatre + " " + eventId + (late ? " (late)" : "") + ": " + verdict;
  }
}
