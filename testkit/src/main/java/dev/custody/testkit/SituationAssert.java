package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.testkit.CustodyAssertions.describedLike;
import static dev.custody.testkit.CustodyAssertions.grouped;
import static dev.custody.testkit.CustodyAssertions.range;

import com.google.common.collect.ImmutableMap;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.event.Account;
import dev.custody.ledger.Situation;
import dev.custody.model.ActorId;
import dev.custody.model.AgreementId;
import dev.custody.model.Estimate;
import dev.custody.model.FacilityId;
import dev.custody.model.ObligationId;
import java.util.Locale;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a {@link Situation}: the balances of accounts, the controllers of facilities and
 * the obligations of agreements at one instant, under one reading.
 *
 * <p>Balances are compared by their numbers ({@link Estimate#isEqual(Estimate)}), not their
 * wording. An account that no census counted and no event touched has the balance {@link
 * Estimate#unknown()}, as {@link Situation#balance(Account)} answers; {@link
 * #hasNoBalanceFor(Account)} tells such an account from one whose balance happens to be unknown.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(Situation)} or {@link
 * LedgerAssert#situationAt(java.time.Instant)}. Every assertion throws an {@link AssertionError}
 * when the situation is null or the check fails, with a message naming the account, facility or
 * obligation, the instant and the reading.
 */
public final class SituationAssert extends AbstractAssert<SituationAssert, Situation> {

  SituationAssert(@Nullable Situation actual) {
    super(actual, SituationAssert.class);
  }

  /**
   * Checks the balance of {@code account}: the same low, best and high values as {@code expected},
   * whatever the wording.
   *
   * @param account the account
   * @param expected the expected balance
   * @return this assertion
   * @throws AssertionError if the balance has other numbers, as "Expected the balance of [account]
   *     at instant (reading) to be expected but was actual"
   * @throws NullPointerException if an argument is null
   */
  public SituationAssert hasBalance(Account account, Estimate expected) {
    checkNotNull(account, "account");
    checkNotNull(expected, "expected");
    isNotNull();
    Estimate balance = actual.balance(account);
    if (!balance.isEqual(expected)) {
      failWithActualExpectedAndMessage(
          balance,
          expected,
          "Expected the balance of [%s] at %s (%s) to be %s but was %s%s",
          account,
          actual.asOf(),
          actual.reading(),
          expected,
          balance,
          untouched(account));
    }
    return myself;
  }

  /**
   * Checks that {@code account} holds exactly {@code count} people; shorthand for {@link
   * #hasBalance(Account, Estimate) hasBalance(account, Estimate.exactly(count))}.
   *
   * @param account the account
   * @param count the expected count
   * @return this assertion
   * @throws AssertionError if the balance is a range, or another count
   * @throws NullPointerException if {@code account} is null
   */
  public SituationAssert holds(Account account, long count) {
    checkNotNull(account, "account");
    isNotNull();
    Estimate balance = actual.balance(account);
    Estimate expected = Estimate.exactly(count);
    if (!balance.isEqual(expected)) {
      failWithActualExpectedAndMessage(
          balance,
          expected,
          "Expected [%s] to hold exactly %s at %s (%s) but its balance was %s%s",
          account,
          grouped(count),
          actual.asOf(),
          actual.reading(),
          balance,
          untouched(account));
    }
    return myself;
  }

  /**
   * Checks that the balance of {@code account} encloses {@code expected}: every count {@code
   * expected} allows, the balance allows.
   *
   * @param account the account
   * @param expected the estimate the balance must enclose
   * @return this assertion
   * @throws AssertionError if some count of {@code expected} lies outside the balance
   * @throws NullPointerException if an argument is null
   */
  public SituationAssert hasBalanceEnclosing(Account account, Estimate expected) {
    checkNotNull(account, "account");
    checkNotNull(expected, "expected");
    isNotNull();
    Estimate balance = actual.balance(account);
    if (!balance.encloses(expected)) {
      failWithMessage(
          "Expected the balance of [%s] at %s (%s) to enclose %s (%s) but was %s (%s)%s",
          account,
          actual.asOf(),
          actual.reading(),
          expected,
          range(expected),
          balance,
          range(balance),
          untouched(account));
    }
    return myself;
  }

  /**
   * Checks that the balance of {@code account} lies within {@code bounds}: every count the balance
   * allows, {@code bounds} allows.
   *
   * @param account the account
   * @param bounds the estimate that must enclose the balance
   * @return this assertion
   * @throws AssertionError if some count of the balance lies outside {@code bounds}
   * @throws NullPointerException if an argument is null
   */
  public SituationAssert hasBalanceWithin(Account account, Estimate bounds) {
    checkNotNull(account, "account");
    checkNotNull(bounds, "bounds");
    isNotNull();
    Estimate balance = actual.balance(account);
    if (!bounds.encloses(balance)) {
      failWithMessage(
          "Expected the balance of [%s] at %s (%s) to lie within %s (%s) but was %s (%s)%s",
          account,
          actual.asOf(),
          actual.reading(),
          bounds,
          range(bounds),
          balance,
          range(balance),
          untouched(account));
    }
    return myself;
  }

  /**
   * Checks that the balance of {@code account} allows {@code count}.
   *
   * @param account the account
   * @param count the count the balance must contain
   * @return this assertion
   * @throws AssertionError if the count lies outside the balance
   * @throws NullPointerException if {@code account} is null
   */
  public SituationAssert hasBalanceContaining(Account account, long count) {
    checkNotNull(account, "account");
    isNotNull();
    Estimate balance = actual.balance(account);
    if (!balance.contains(count)) {
      failWithMessage(
          "Expected the balance of [%s] at %s (%s) to contain %s but was %s (%s)%s",
          account,
          actual.asOf(),
          actual.reading(),
          grouped(count),
          balance,
          range(balance),
          untouched(account));
    }
    return myself;
  }

  /**
   * Checks that no census counted {@code account} and no event touched it, so that the situation
   * has no balance for it.
   *
   * @param account the account
   * @return this assertion
   * @throws AssertionError if the situation has a balance for the account, printing it
   * @throws NullPointerException if {@code account} is null
   */
  public SituationAssert hasNoBalanceFor(Account account) {
    checkNotNull(account, "account");
    isNotNull();
    Estimate balance = actual.balances().get(account);
    if (balance != null) {
      failWithMessage(
          "Expected no balance for [%s] at %s (%s) but it was %s",
          account, actual.asOf(), actual.reading(), balance);
    }
    return myself;
  }

  /**
   * Checks who controls {@code facility}.
   *
   * @param facility the facility
   * @param controller the expected controller
   * @return this assertion
   * @throws AssertionError if another actor controls the facility, or no control of it was recorded
   * @throws NullPointerException if an argument is null
   */
  public SituationAssert hasController(FacilityId facility, ActorId controller) {
    checkNotNull(facility, "facility");
    checkNotNull(controller, "controller");
    isNotNull();
    Optional<ActorId> found = actual.controllerOf(facility);
    if (!found.equals(Optional.of(controller))) {
      failWithMessage(
          "Expected %s to be controlled by %s at %s but %s",
          facility,
          controller,
          actual.asOf(),
          found.map(c -> "it was controlled by " + c).orElse("no control of it was recorded"));
    }
    return myself;
  }

  /**
   * Checks that no control of {@code facility} was recorded.
   *
   * @param facility the facility
   * @return this assertion
   * @throws AssertionError if some actor controls the facility, naming it
   * @throws NullPointerException if {@code facility} is null
   */
  public SituationAssert hasNoController(FacilityId facility) {
    checkNotNull(facility, "facility");
    isNotNull();
    Optional<ActorId> found = actual.controllerOf(facility);
    if (found.isPresent()) {
      failWithMessage(
          "Expected no recorded control of %s at %s but it was controlled by %s",
          facility, actual.asOf(), found.get());
    }
    return myself;
  }

  /**
   * Checks the state of an obligation of a concluded agreement.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id
   * @param state the expected state
   * @return this assertion
   * @throws AssertionError if the agreement was not concluded, has no such obligation, or the
   *     obligation is in another state, printing its status
   * @throws NullPointerException if an argument is null
   */
  public SituationAssert hasObligationIn(
      AgreementId agreement, ObligationId obligation, DeadlineStatus.State state) {
    checkNotNull(state, "state");
    DeadlineStatus status = statusOf(agreement, obligation);
    if (status.state() != state) {
      failWithActualExpectedAndMessage(
          status.state(),
          state,
          "Expected obligation %s of %s to be %s at %s but it was %s",
          obligation,
          agreement,
          state.name().toLowerCase(Locale.ROOT),
          actual.asOf(),
          status);
    }
    return myself;
  }

  /**
   * Returns an assertion about where an obligation of a concluded agreement stands at the
   * situation's instant.
   *
   * @param agreement the agreement's id
   * @param obligation the obligation's id
   * @return an assertion about the obligation's status, with this assertion's description
   * @throws AssertionError if the agreement was not concluded or has no such obligation
   * @throws NullPointerException if an argument is null
   */
  public DeadlineStatusAssert obligation(AgreementId agreement, ObligationId obligation) {
    return describedLike(new DeadlineStatusAssert(statusOf(agreement, obligation)), this);
  }

  private DeadlineStatus statusOf(AgreementId agreement, ObligationId obligation) {
    checkNotNull(agreement, "agreement");
    checkNotNull(obligation, "obligation");
    isNotNull();
    if (!actual.agreements().containsKey(agreement)) {
      failWithMessage(
          "Expected agreement %s to have been concluded by %s but the situation holds %s",
          agreement, actual.asOf(), describeAgreements());
    }
    ImmutableMap<ObligationId, DeadlineStatus> statuses = actual.statusOf(agreement);
    DeadlineStatus status = statuses.get(obligation);
    if (status == null) {
      throw failure(
          "Expected agreement %s to have an obligation %s but its obligations are %s",
          agreement, obligation, statuses.keySet());
    }
    return status;
  }

  private String describeAgreements() {
    return actual.agreements().isEmpty()
        ? "no agreement"
        : "only the agreements " + actual.agreements().keySet();
  }

  /** Says so when the balance is unknown because nothing touched the account. */
  private String untouched(Account account) {
    return actual.balances().containsKey(account)
        ? ""
        : " (no census counted the account and no event touched it)";
  }
}
