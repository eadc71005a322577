package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.testkit.CustodyAssertions.describe;
import static dev.custody.testkit.CustodyAssertions.describedLike;
import static dev.custody.testkit.CustodyAssertions.list;

import com.google.common.collect.ImmutableList;
import dev.custody.event.Account;
import dev.custody.event.Event;
import dev.custody.ledger.AppendResult;
import dev.custody.ledger.Ledger;
import dev.custody.model.Estimate;
import dev.custody.model.EventId;
import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import java.time.Instant;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a {@link Ledger}: its events, what it would accept or reject, the rules its
 * events break, and its situation at any instant.
 *
 * <p>A ledger is immutable, so {@link #accepts(Event)} and {@link #rejects(Event)} try the append
 * and leave the ledger under test as it was; they say whether the next event would be recorded.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(Ledger)}. Every assertion throws an {@link
 * AssertionError} when the ledger is null or the check fails; the message names the event, lists
 * every violation with its rule code, and gives the instant and the reading of balances.
 */
public final class LedgerAssert extends AbstractAssert<LedgerAssert, Ledger> {

  LedgerAssert(@Nullable Ledger actual) {
    super(actual, LedgerAssert.class);
  }

  /**
   * Checks the number of events.
   *
   * @param size the expected number of events
   * @return this assertion
   * @throws AssertionError if the ledger holds another number, listing the events' ids
   */
  public LedgerAssert hasSize(int size) {
    isNotNull();
    if (actual.size() != size) {
      failWithActualExpectedAndMessage(
          actual.size(),
          size,
          "Expected the ledger to hold %s events but it holds %s: %s",
          size,
          actual.size(),
          ids());
    }
    return myself;
  }

  /**
   * Checks that the ledger holds an event with id {@code id}.
   *
   * @param id the event's id
   * @return this assertion
   * @throws AssertionError if no event has that id, listing the events' ids
   * @throws NullPointerException if {@code id} is null
   */
  public LedgerAssert containsEvent(EventId id) {
    checkNotNull(id, "id");
    isNotNull();
    if (actual.event(id).isEmpty()) {
      failWithMessage("Expected the ledger to contain event %s but its events are %s", id, ids());
    }
    return myself;
  }

  /**
   * Checks that the ledger holds no event with id {@code id}.
   *
   * @param id the event's id
   * @return this assertion
   * @throws AssertionError if an event has that id, printing it
   * @throws NullPointerException if {@code id} is null
   */
  public LedgerAssert doesNotContainEvent(EventId id) {
    checkNotNull(id, "id");
    isNotNull();
    Optional<Event> found = actual.event(id);
    if (found.isPresent()) {
      failWithMessage(
          "Expected the ledger not to contain event %s but it holds %s", id, found.get());
    }
    return myself;
  }

  /**
   * Checks that appending {@code event} would be accepted: the verdict holds no error, though it
   * may hold warnings.
   *
   * @param event the event to try
   * @return this assertion, still about the ledger without the event
   * @throws AssertionError if the event would be rejected, listing the violations with their rule
   *     codes
   * @throws NullPointerException if {@code event} is null
   */
  public LedgerAssert accepts(Event event) {
    checkNotNull(event, "event");
    isNotNull();
    Verdict verdict = actual.append(event).verdict();
    if (!verdict.isAccepted()) {
      failWithMessage(
          "Expected the ledger to accept %s but it was rejected:%s",
          event, list(verdict.violations()));
    }
    return myself;
  }

  /**
   * Checks that appending {@code event} would be rejected, and returns an assertion about the
   * verdict.
   *
   * @param event the event to try
   * @return an assertion about the rejection's verdict, with this assertion's description
   * @throws AssertionError if the event would be accepted, listing any warnings
   * @throws NullPointerException if {@code event} is null
   */
  public VerdictAssert rejects(Event event) {
    checkNotNull(event, "event");
    isNotNull();
    Verdict verdict = actual.append(event).verdict();
    if (verdict.isAccepted()) {
      failWithMessage(
          "Expected the ledger to reject %s but it was accepted%s", event, with(verdict));
    }
    return describedLike(new VerdictAssert(verdict), this);
  }

  /**
   * Checks that appending {@code event} would be rejected with an error of {@code rule}, and
   * returns an assertion about the verdict.
   *
   * @param event the event to try
   * @param rule the rule the event must break with an error
   * @return an assertion about the rejection's verdict, with this assertion's description
   * @throws AssertionError if the event would be accepted, or rejected without an error of {@code
   *     rule}, listing the violations found
   * @throws NullPointerException if an argument is null
   */
  public VerdictAssert rejects(Event event, Rule rule) {
    checkNotNull(event, "event");
    checkNotNull(rule, "rule");
    isNotNull();
    Verdict verdict = actual.append(event).verdict();
    if (verdict.isAccepted()) {
      failWithMessage(
          "Expected the ledger to reject %s for %s but it was accepted%s",
          event, describe(rule), with(verdict));
    }
    if (verdict.errors().stream().noneMatch(v -> v.rule() == rule)) {
      failWithMessage(
          "Expected the ledger to reject %s for %s but it was rejected for other rules:%s",
          event, describe(rule), list(verdict.violations()));
    }
    return describedLike(new VerdictAssert(verdict), this);
  }

  /**
   * Checks that appending {@code event} would be rejected and would leave the ledger as it was: the
   * ledger that follows the rejection is equal to this one.
   *
   * @param event the event to try
   * @return this assertion
   * @throws AssertionError if the event would be accepted, or the ledger would change
   * @throws NullPointerException if {@code event} is null
   */
  public LedgerAssert isUnchangedAfterRejecting(Event event) {
    checkNotNull(event, "event");
    isNotNull();
    AppendResult result = actual.append(event);
    if (result.isAccepted()) {
      failWithMessage(
          "Expected the ledger to reject %s and stay unchanged but it was accepted%s",
          event, with(result.verdict()));
    }
    if (!result.ledger().equals(actual)) {
      failWithMessage(
          "Expected the ledger to stay unchanged after rejecting %s but %s followed %s; events"
              + " after: %s",
          event, result.ledger(), actual, idsOf(result.ledger()));
    }
    return myself;
  }

  /**
   * Checks that no event of the ledger breaks any rule, under the ledger's reading: {@link
   * Ledger#verdict()} holds neither error nor warning.
   *
   * @return this assertion
   * @throws AssertionError if some event breaks a rule, listing the violations
   */
  public LedgerAssert hasNoViolations() {
    isNotNull();
    Verdict verdict = actual.verdict();
    if (!verdict.violations().isEmpty()) {
      failWithMessage(
          "Expected the events of the ledger to break no rule (%s) but they break:%s",
          actual.reading(), list(verdict.violations()));
    }
    return myself;
  }

  /**
   * Checks that no event of the ledger breaks a rule with an error, under the ledger's reading:
   * {@link Ledger#verdict()} accepts. A ledger built by appending holds none under its own reading;
   * the same events {@linkplain Ledger#withReading read another way} may.
   *
   * @return this assertion
   * @throws AssertionError if some event breaks a rule with an error, listing the violations
   */
  public LedgerAssert hasNoErrors() {
    isNotNull();
    Verdict verdict = actual.verdict();
    if (!verdict.isAccepted()) {
      failWithMessage(
          "Expected the events of the ledger to break no rule with an error (%s) but they"
              + " break:%s",
          actual.reading(), list(verdict.violations()));
    }
    return myself;
  }

  /**
   * Returns an assertion about {@link Ledger#verdict()}: every violation of every event, checked
   * again under the ledger's reading.
   *
   * @return an assertion about the verdict, with this assertion's description
   * @throws AssertionError if the ledger is null
   */
  public VerdictAssert verdict() {
    isNotNull();
    return describedLike(new VerdictAssert(actual.verdict()), this);
  }

  /**
   * Checks the balance of {@code account} at {@code instant}: the same low, best and high values as
   * {@code expected}, whatever the wording.
   *
   * @param instant the instant
   * @param account the account
   * @param expected the expected balance
   * @return this assertion
   * @throws AssertionError if the balance has other numbers, naming the account, the instant and
   *     the reading
   * @throws NullPointerException if an argument is null
   * @see SituationAssert#hasBalance(Account, Estimate)
   */
  public LedgerAssert hasBalanceAt(Instant instant, Account account, Estimate expected) {
    checkNotNull(account, "account");
    checkNotNull(expected, "expected");
    situationAt(instant).hasBalance(account, expected);
    return myself;
  }

  /**
   * Returns an assertion about the situation at {@code instant}: the replay of the events that had
   * certainly happened by then.
   *
   * @param instant the instant
   * @return an assertion about the situation, with this assertion's description
   * @throws AssertionError if the ledger is null
   * @throws NullPointerException if {@code instant} is null
   */
  public SituationAssert situationAt(Instant instant) {
    checkNotNull(instant, "instant");
    isNotNull();
    return describedLike(new SituationAssert(actual.situationAt(instant)), this);
  }

  private ImmutableList<EventId> ids() {
    return idsOf(actual);
  }

  private static ImmutableList<EventId> idsOf(Ledger ledger) {
    return ledger.events().stream().map(Event::id).collect(ImmutableList.toImmutableList());
  }

  /** ", with warnings:" and the list, or nothing. */
  private static String with(Verdict verdict) {
    return verdict.violations().isEmpty() ? "" : ", with warnings:" + list(verdict.violations());
  }
}
