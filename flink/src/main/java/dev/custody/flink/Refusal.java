package dev.custody.flink;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A line the job did not give to any ledger, and why: it could not be read as a report, it names a
 * theatre the job has no world for, or its event came later than the allowed lateness allows.
 *
 * @param theatre the theatre named, or empty when the line names none
 * @param reason why the line was refused
 * @param time the end of the event's time, or null when the event could not be read
 * @param message what is wrong, in words (for an unreadable event, every problem with its path)
 * @param line the line as it arrived
 */
public record Refusal(
    String theatre, Reason reason, @Nullable Instant time, String message, String line) {

  /** Why a line was refused. */
  public enum Reason {
    /** Not a JSON object with a theatre and a valid custody-json event. */
    UNREADABLE,
    /** The theatre has no world document in the job. */
    UNKNOWN_THEATRE,
    /** The event's time is further behind the watermark than the allowed lateness. */
    TOO_LATE
  }

  /**
   * Returns the refusal as "TOO_LATE northeast-syria-2026: ...".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return reason + (theatre.isEmpty() ? "" : " " + theatre) + ": " + message;
  }
}
