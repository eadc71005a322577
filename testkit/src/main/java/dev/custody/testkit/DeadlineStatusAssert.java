package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;

import dev.custody.agreement.DeadlineStatus;
import dev.custody.agreement.DeadlineStatus.State;
import java.time.Duration;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a {@link DeadlineStatus}: where an obligation stands at one instant.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(DeadlineStatus)} or {@link
 * SituationAssert#obligation(dev.custody.model.AgreementId, dev.custody.model.ObligationId)}. Every
 * assertion throws an {@link AssertionError} when the status is null or the check fails, with a
 * message giving the instant and the status as it reads ("lapsed 3 hours ago (end of 2026-01-24
 * (Asia/Damascus))").
 */
public final class DeadlineStatusAssert
    extends AbstractAssert<DeadlineStatusAssert, DeadlineStatus> {

  DeadlineStatusAssert(@Nullable DeadlineStatus actual) {
    super(actual, DeadlineStatusAssert.class);
  }

  /**
   * Checks that the obligation is pending: not met, and its original deadline (if any) has not
   * lapsed.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isPending() {
    return isIn(State.PENDING);
  }

  /**
   * Checks that the obligation's deadline was extended and the extended deadline has not lapsed.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isExtended() {
    return isIn(State.EXTENDED);
  }

  /**
   * Checks that the obligation is not met and the deadline in force has lapsed.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isLapsed() {
    return isIn(State.LAPSED);
  }

  /**
   * Checks that the obligation is met, on time or late.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isMet() {
    return isIn(State.MET);
  }

  /**
   * Checks that the obligation was waived.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isWaived() {
    return isIn(State.WAIVED);
  }

  /**
   * Checks that the obligation's deadline was brought forward and the earlier deadline has not
   * lapsed.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isBroughtForward() {
    return isIn(State.BROUGHT_FORWARD);
  }

  /**
   * Checks that the obligation was breached.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isBreached() {
    return isIn(State.BREACHED);
  }

  /**
   * Checks that the obligation runs for a term that is running, not breached so far.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isInForce() {
    return isIn(State.IN_FORCE);
  }

  /**
   * Checks that the obligation ran for a term that has ended without a breach.
   *
   * @return this assertion
   * @throws AssertionError if it is in another state
   */
  public DeadlineStatusAssert isKept() {
    return isIn(State.KEPT);
  }

  private DeadlineStatusAssert isIn(State state) {
    isNotNull();
    if (actual.state() != state) {
      failWithActualExpectedAndMessage(
          actual.state(),
          state,
          "Expected the obligation to be %s at %s but it was %s",
          name(state),
          actual.asOf(),
          actual);
    }
    return myself;
  }

  /**
   * Checks that the obligation is still owed: pending, extended, brought forward, lapsed, scheduled
   * or in force.
   *
   * @return this assertion
   * @throws AssertionError if it is met, waived, breached or kept
   */
  public DeadlineStatusAssert isOpen() {
    isNotNull();
    if (!actual.isOpen()) {
      failWithMessage(
          "Expected the obligation to be open (pending, extended or lapsed) at %s but it was %s",
          actual.asOf(), actual);
    }
    return myself;
  }

  /**
   * Checks that the obligation was met certainly after its deadline in force had lapsed.
   *
   * @return this assertion
   * @throws AssertionError if it is not met, met on time, or met at a time that may have been
   *     before the lapse
   */
  public DeadlineStatusAssert isLate() {
    isNotNull();
    if (!actual.isLate()) {
      failWithMessage(
          "Expected the obligation to have been met late at %s but it was %s",
          actual.asOf(), actual);
    }
    return myself;
  }

  /**
   * Checks that the obligation was met, and not {@linkplain DeadlineStatus#isLate() late}.
   *
   * @return this assertion
   * @throws AssertionError if it is not met, or met late
   */
  public DeadlineStatusAssert isMetOnTime() {
    isNotNull();
    if (actual.state() != State.MET || actual.isLate()) {
      failWithMessage(
          "Expected the obligation to have been met on time at %s but it was %s",
          actual.asOf(), actual);
    }
    return myself;
  }

  /**
   * Checks how long is left until the deadline in force lapses.
   *
   * @param expected the expected time left
   * @return this assertion
   * @throws AssertionError if the obligation is not pending or extended with a deadline, or the
   *     time left differs
   * @throws NullPointerException if {@code expected} is null
   */
  public DeadlineStatusAssert hasTimeLeft(Duration expected) {
    checkNotNull(expected, "expected");
    isNotNull();
    boolean running =
        (actual.state() == State.PENDING || actual.state() == State.EXTENDED)
            && actual.deadline().isPresent();
    if (!running) {
      failWithMessage(
          "Expected the obligation to have %s left at %s but it has no time left to report: it"
              + " was %s",
          expected, actual.asOf(), actual);
    }
    Duration timeLeft = actual.timeLeft();
    if (!timeLeft.equals(expected)) {
      failWithActualExpectedAndMessage(
          timeLeft,
          expected,
          "Expected the obligation to have %s left at %s but it had %s left: it was %s",
          expected,
          actual.asOf(),
          timeLeft,
          actual);
    }
    return myself;
  }

  /**
   * Checks how long ago the deadline in force lapsed.
   *
   * @param expected the expected time overdue
   * @return this assertion
   * @throws AssertionError if the obligation has not lapsed, or lapsed another time ago
   * @throws NullPointerException if {@code expected} is null
   */
  public DeadlineStatusAssert isOverdueBy(Duration expected) {
    checkNotNull(expected, "expected");
    isNotNull();
    if (actual.state() != State.LAPSED) {
      failWithMessage(
          "Expected the obligation to be overdue by %s at %s but it was %s",
          expected, actual.asOf(), actual);
    }
    Duration overdue = actual.overdue();
    if (!overdue.equals(expected)) {
      failWithActualExpectedAndMessage(
          overdue,
          expected,
          "Expected the obligation to be overdue by %s at %s but it was overdue by %s: %s",
          expected,
          actual.asOf(),
          overdue,
          actual);
    }
    return myself;
  }

  private static String name(State state) {
    return state.words();
  }
}
