package dev.custody.cli.chart;

import static com.google.common.base.Preconditions.checkNotNull;

import java.time.Instant;

/**
 * A moment a {@link Timeline} marks, with its label: a change of control or a deadline.
 *
 * @param at the moment
 * @param kind what it marks
 * @param label its label, such as "al-hol: sdf → syria-gov" or "deadline: decide-integration (sdf)"
 */
public record TimelineMarker(Instant at, Kind kind, String label) {

  /** What a marker marks. */
  public enum Kind {
    /** A change of control of a facility, at the end of its time, when it is certainly done. */
    CONTROL_CHANGE,
    /** The lapse of the deadline in force of an obligation. */
    DEADLINE
  }

  /**
   * Checks the parts.
   *
   * @param at the moment
   * @param kind what it marks
   * @param label its label
   * @throws NullPointerException if a part is null
   */
  public TimelineMarker {
    checkNotNull(at, "at");
    checkNotNull(kind, "kind");
    checkNotNull(label, "label");
  }
}
