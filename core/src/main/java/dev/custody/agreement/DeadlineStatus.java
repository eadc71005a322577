package dev.custody.agreement;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.model.CustodyStyle;
import dev.custody.model.When;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an {@link Obligation} stands at one instant: pending with time left, extended with time
 * left, lapsed and how long ago, met, or waived.
 *
 * <p>Obtained from {@link Obligation#statusAt(Instant)}. The {@linkplain #deadline() deadline} is
 * the one in force at {@link #asOf()}: the latest extension decided by then, or the original. An
 * obligation with no deadline is pending until it is met or waived, and has no time left to report.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class DeadlineStatus {

  /** The states an obligation can be in. */
  public enum State {
    /** Not met, and its original deadline (if any) has not lapsed. */
    PENDING,
    /** Not met; its deadline was extended and the extended deadline has not lapsed. */
    EXTENDED,
    /** Not met, and the deadline in force has lapsed. */
    LAPSED,
    /** Met; see {@link DeadlineStatus#isLate()}. */
    MET,
    /** Released from the obligation by the other parties. */
    WAIVED;

    /**
     * Checks if the obligation is still owed in this state.
     *
     * @return true for pending, extended and lapsed
     */
    public boolean isOpen() {
      return this == PENDING || this == EXTENDED || this == LAPSED;
    }
  }

  DeadlineStatus() {}

  static DeadlineStatus create(
      State state, Instant asOf, Optional<Deadline> deadline, Optional<When> settled) {
    return ImmutableDeadlineStatus.of(state, asOf, deadline, settled);
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
   * Returns the deadline in force at {@link #asOf()}; for a met obligation, the one in force when
   * it was met, so that an extension decided afterwards does not make a late meeting timely.
   *
   * @return the deadline, or empty for an obligation without one
   */
  @Value.Parameter(order = 2)
  public abstract Optional<Deadline> deadline();

  /**
   * Returns when the obligation was met or waived.
   *
   * @return the time, present exactly when the state is {@link State#MET} or {@link State#WAIVED}
   */
  @Value.Parameter(order = 3)
  public abstract Optional<When> settled();

  @Value.Check
  final void check() {
    boolean settles = state() == State.MET || state() == State.WAIVED;
    if (settles != settled().isPresent()) {
      throw new IllegalArgumentException(
          String.format(
              "DeadlineStatus.settled (%s) must be present exactly when the state (%s) is MET or"
                  + " WAIVED",
              settled().map(When::toString).orElse("empty"), state()));
    }
    if ((state() == State.LAPSED || state() == State.EXTENDED) && deadline().isEmpty()) {
      throw new IllegalArgumentException(
          String.format("DeadlineStatus.deadline (empty) is required in state %s", state()));
    }
  }

  /**
   * Checks if the obligation is still owed.
   *
   * @return true when pending, extended or lapsed
   */
  public final boolean isOpen() {
    return state().isOpen();
  }

  /**
   * Returns how long is left until the deadline in force lapses.
   *
   * @return a positive duration
   * @throws IllegalStateException unless the state is {@link State#PENDING} or {@link
   *     State#EXTENDED} with a deadline
   */
  public final Duration timeLeft() {
    if ((state() != State.PENDING && state() != State.EXTENDED) || deadline().isEmpty()) {
      throw new IllegalStateException(
          String.format("DeadlineStatus (%s) has no time left to report", this));
    }
    return deadline().get().timeLeftAt(asOf());
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
   * the meeting may denote is at or after the lapse.
   *
   * @return true if met late; false when met on time, when it cannot be told, or when not met
   */
  public final boolean isLate() {
    return state() == State.MET
        && deadline().isPresent()
        && !settled().orElseThrow().start().isBefore(deadline().get().lapsesAt());
  }

  /**
   * Returns the status as "pending, 2 days 9 hours left (end of 2026-01-24 (Asia/Damascus))",
   * "lapsed 3 hours ago (...)", "met 2026-01-23 (Asia/Damascus)" and so on.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    String by = deadline().map(d -> " (" + d + ")").orElse("");
    switch (state()) {
      case PENDING:
      case EXTENDED:
        String name = state() == State.PENDING ? "pending" : "extended";
        return deadline().isEmpty()
            ? name + ", no deadline"
            : name + ", " + describe(timeLeft()) + " left" + by;
      case LAPSED:
        return "lapsed " + describe(overdue()) + " ago" + by;
      case MET:
        return "met " + settled().orElseThrow() + (isLate() ? ", late" : "") + by;
      case WAIVED:
        return "waived " + settled().orElseThrow() + by;
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
