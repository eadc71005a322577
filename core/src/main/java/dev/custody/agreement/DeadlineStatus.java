package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.CustodyStyle;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an {@link Obligation} stands at one instant: pending with time left, extended or brought
 * forward with time left, lapsed and how long ago, met, waived or breached; for an obligation with
 * a {@link Term}, scheduled, in force with time left, or kept.
 *
 * <p>Obtained from {@link Obligation#statusAt(Instant)}. The {@linkplain #deadline() deadline} is
 * the one in force at {@link #asOf()}: the latest revision decided by then, or the original, or for
 * an obligation with a term the end of its term. An obligation with no deadline and no term is
 * pending until it is met, waived or breached, and has no time left to report. An obligation with a
 * term never lapses: it is kept once its term has ended, unless it was breached.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class DeadlineStatus {

  /**
   * The states an obligation can be in. The first five are those of the first model; the others
   * follow them so that the order of the old ones stays as it was.
   */
  public enum State {
    /** Not met, and its original deadline (if any) has not lapsed. */
    PENDING,
    /** Not met; its deadline was revised to a later one, which has not lapsed. */
    EXTENDED,
    /** Not met, and the deadline in force has lapsed. */
    LAPSED,
    /** Met; see {@link DeadlineStatus#isLate()}. */
    MET,
    /** Released from the obligation by the other parties. */
    WAIVED,
    /** Not met; its deadline was revised to an earlier one, which has not lapsed. */
    BROUGHT_FORWARD,
    /** Breached on a date: see {@link DeadlineStatus#settled()}. */
    BREACHED,
    /** An obligation with a term that has not begun yet. */
    SCHEDULED,
    /** An obligation with a term that is running, not breached so far. */
    IN_FORCE,
    /** An obligation with a term that has ended without a breach. */
    KEPT;

    /**
     * Checks if the obligation is still owed in this state.
     *
     * @return true for pending, extended, brought forward, lapsed, scheduled and in force
     */
    public boolean isOpen() {
      return this == PENDING
          || this == EXTENDED
          || this == BROUGHT_FORWARD
          || this == LAPSED
          || this == SCHEDULED
          || this == IN_FORCE;
    }

    /**
     * Checks if the obligation has an end still ahead in this state, so that a status has {@link
     * DeadlineStatus#timeLeft()} to report when it has a deadline.
     *
     * @return true for pending, extended, brought forward and in force
     */
    public boolean isRunning() {
      return this == PENDING || this == EXTENDED || this == BROUGHT_FORWARD || this == IN_FORCE;
    }

    /**
     * Checks if the obligation was settled at a recorded time in this state.
     *
     * @return true for met, waived and breached
     */
    public boolean isSettled() {
      return this == MET || this == WAIVED || this == BREACHED;
    }

    /**
     * Returns the state as a reader would say it: "pending", "brought forward", "in force".
     *
     * @return the words
     */
    public String words() {
      return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
  }

  DeadlineStatus() {}

  static DeadlineStatus create(
      State state, Instant asOf, Optional<Deadline> deadline, Optional<When> settled) {
    return create(state, asOf, deadline, settled, Optional.empty());
  }

  static DeadlineStatus create(
      State state,
      Instant asOf,
      Optional<Deadline> deadline,
      Optional<When> settled,
      Optional<When> begins) {
    return ImmutableDeadlineStatus.of(state, asOf, deadline, settled, begins);
  }

  /**
   * Returns the state.
   *
   * @return the state
   */
  @Value.Parameter(order = 0)
  public abstract State state();

  /**
   * Returns the instant the status describes.
   *
   * @return the instant
   */
  @Value.Parameter(order = 1)
  public abstract Instant asOf();

  /**
   * Returns the deadline in force at {@link #asOf()}, or for an obligation with a term the end of
   * its term in force; for a met or breached obligation, the one in force when it was met or first
   * breached, so that a revision decided afterwards does not make a late meeting timely.
   *
   * @return the deadline, or empty for an obligation with neither a deadline nor a term
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Deadline> deadline();

  /**
   * Returns when the obligation was met, waived or first breached.
   *
   * @return the time, present exactly when the state is {@link State#MET}, {@link State#WAIVED} or
   *     {@link State#BREACHED}
   */
  @Value.Parameter(order = 3)
  public abstract Optional<When> settled();

  /**
   * Returns when the term of an obligation with a term begins.
   *
   * @return the start of the term, or empty for an obligation without a term
   */
  @Value.Parameter(order = 4)
  public abstract Optional<When> begins();

  @Value.Check
  final void check() {
    if (state().isSettled() != settled().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "DeadlineStatus.settled (%s) must be present exactly when the state (%s) is MET,"
                  + " WAIVED or BREACHED",
              settled().map(When::toString).orElse("empty"), state()));
    }
    boolean needsDeadline =
        state() == State.LAPSED
            || state() == State.EXTENDED
            || state() == State.BROUGHT_FORWARD
            || state() == State.SCHEDULED
            || state() == State.IN_FORCE
            || state() == State.KEPT;
    if (needsDeadline && deadline().isEmpty()) {
      throw new IllegalArgumentException(
          String.format("DeadlineStatus.deadline (empty) is required in state %s", state()));
    }
    boolean ofTerm =
        state() == State.SCHEDULED || state() == State.IN_FORCE || state() == State.KEPT;
    if (ofTerm && begins().isEmpty()) {
      throw new IllegalArgumentException(
          String.format("DeadlineStatus.begins (empty) is required in state %s", state()));
    }
    if (begins().isPresent()
        && (state() == State.LAPSED
            || state() == State.EXTENDED
            || state() == State.BROUGHT_FORWARD
            || state() == State.PENDING)) {
      throw new IllegalArgumentException(
          String.format(
              "DeadlineStatus.begins (%s) must be empty in state %s: an obligation with a term"
                  + " is scheduled, in force or kept",
              begins().get(), state()));
    }
  }

  /**
   * Checks if the obligation is still owed.
   *
   * @return true when pending, extended, brought forward, lapsed, scheduled or in force
   */
  public final boolean isOpen() {
    return state().isOpen();
  }

  /**
   * Checks if the obligation runs for a term rather than to a deadline.
   *
   * @return true if {@link #begins()} is present
   */
  public final boolean hasTerm() {
    return begins().isPresent();
  }

  /**
   * Returns how long is left until the deadline in force lapses, or the term in force ends.
   *
   * @return a positive duration
   * @throws IllegalStateException unless the state is {@link State#PENDING}, {@link
   *     State#EXTENDED}, {@link State#BROUGHT_FORWARD} or {@link State#IN_FORCE} with a deadline
   */
  public final Duration timeLeft() {
    if (!state().isRunning() || deadline().isEmpty()) {
      throw new IllegalStateException(
          String.format("DeadlineStatus (%s) has no time left to report", this));
    }
    return deadline().get().timeLeftAt(asOf());
  }

  /**
   * Returns how long is left until the term of a scheduled obligation begins.
   *
   * @return a positive duration
   * @throws IllegalStateException unless the state is {@link State#SCHEDULED}
   */
  public final Duration timeToStart() {
    if (state() != State.SCHEDULED) {
      throw new IllegalStateException(
          String.format("DeadlineStatus (%s) has no start ahead to report", this));
    }
    return Duration.between(asOf(), begins().orElseThrow().start());
  }

  /**
   * Returns how long ago the deadline in force lapsed.
   *
   * @return a duration of zero or more
   * @throws IllegalStateException unless the state is {@link State#LAPSED}
   */
  public final Duration overdue() {
    if (state() != State.LAPSED) {
      throw new IllegalStateException(String.format("DeadlineStatus (%s) is not overdue", this));
    }
    return deadline().orElseThrow().timeLeftAt(asOf()).negated();
  }

  /**
   * Checks if the obligation was met certainly after its deadline in force had lapsed: every moment
   * the meeting may denote is at or after the lapse. An obligation with a term is never late.
   *
   * @return true if met late; false when met on time, when it cannot be told, when it has a term,
   *     or when not met
   */
  public final boolean isLate() {
    return state() == State.MET
        && begins().isEmpty()
        && deadline().isPresent()
        && !settled().orElseThrow().start().isBefore(deadline().get().lapsesAt());
  }

  /**
   * Returns the status as "pending, 2 days 9 hours left (end of 2026-01-24 (Asia/Damascus))",
   * "lapsed 3 hours ago (...)", "met 2026-01-23 (Asia/Damascus)", "in force, 3 days left (...)",
   * "kept (...)", "breached 2026-01-22 (Asia/Damascus) (...)" and so on.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String by = deadline().map(d -> " (" + d + ")").orElse("");
    switch (state()) {
      case PENDING:
      case EXTENDED:
      case BROUGHT_FORWARD:
      case IN_FORCE:
        return deadline().isEmpty()
            ? state().words() + ", no deadline"
            : state().words() + ", " + describe(timeLeft()) + " left" + by;
      case LAPSED:
        return "lapsed " + describe(overdue()) + " ago" + by;
      case MET:
        return "met " + settled().orElseThrow() + (isLate() ? ", late" : "") + by;
      case WAIVED:
        return "waived " + settled().orElseThrow() + by;
      case BREACHED:
        return "breached " + settled().orElseThrow() + by;
      case SCHEDULED:
        return "scheduled, begins in " + describe(timeToStart()) + " (" + begins().get() + ")";
      case KEPT:
        return "kept" + by;
    }
    throw new AssertionError(state());
  }

  /**
   * Returns a duration as a reader would say it, to the minute, as a status's text gives the time
   * left or overdue: "2 days 9 hours", "1 day", "3 hours 20 minutes", "45 minutes", "0 minutes".
   * Minutes are left out once a duration runs to days.
   *
   * @param duration a duration, not negative
   * @return the text
   * @throws IllegalArgumentException if {@code duration} is negative
   */
  public static String describe(Duration duration) {
    checkNotNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException(
          String.format("DeadlineStatus duration (%s) must not be negative", duration));
    }
    long days = duration.toDays();
    long hours = duration.toHoursPart();
    long minutes = duration.toMinutesPart();
    StringBuilder text = new StringBuilder();
    if (days > 0) {
      text.append(days).append(days == 1 ? " day" : " days");
    }
    if (hours > 0) {
      text.append(text.length() > 0 ? " " : "")
          .append(hours)
          .append(hours == 1 ? " hour" : " hours");
    }
    if (days == 0 && (minutes > 0 || hours == 0)) {
      text.append(text.length() > 0 ? " " : "")
          .append(minutes)
          .append(minutes == 1 ? " minute" : " minutes");
    }
    return text.toString();
  }
}
