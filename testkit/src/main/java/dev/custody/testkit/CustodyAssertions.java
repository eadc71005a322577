package dev.custody.testkit;

import dev.custody.aggregate.ByReading;
import dev.custody.agreement.DeadlineStatus;
import dev.custody.ledger.Ledger;
import dev.custody.ledger.Situation;
import dev.custody.model.Estimate;
import dev.custody.rules.Rule;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.util.List;
import java.util.Locale;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * The entry point to AssertJ assertions in the words of custody: estimates, situations, ledgers,
 * verdicts, deadline statuses and answers by reading.
 *
 * <p>Import the entry point statically and write assertions that fail with messages naming the
 * account, facility, rule, reading and instant involved:
 *
 * <pre>{@code
 * import static dev.custody.testkit.CustodyAssertions.assertThat;
 *
 * assertThat(ledger).hasBalanceAt(day3, keeperNorth, Estimate.exactly(85));
 * assertThat(ledger).rejects(transfer).hasError(Rule.TRANSFER_WITHOUT_CONTROL);
 * assertThat(Estimate.about(150)).hasRange(142, 158).contains(150);
 * }</pre>
 *
 * <p>These {@code assertThat} methods share their name with AssertJ's {@code
 * org.assertj.core.api.Assertions.assertThat}, on purpose: both can be imported statically in the
 * same test, and Java chooses the overload by the type of the argument. An {@link Estimate} gets an
 * {@link EstimateAssert} from here; a {@code String}, a {@code List} or an {@code int} gets
 * AssertJ's own assertion:
 *
 * <pre>{@code
 * import static dev.custody.testkit.CustodyAssertions.assertThat;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(situation).holds(keeperNorth, 85); // SituationAssert
 * assertThat(ledger.size()).isEqualTo(10);       // AssertJ's AbstractIntegerAssert
 * }</pre>
 *
 * <p>Only the types below clash, and for them this class is the more specific match. A test that
 * imports only AssertJ's {@code assertThat} can still call these as {@code
 * CustodyAssertions.assertThat(...)}.
 *
 * <p>Every assertion first checks that the value under test is not null, and fails with an {@link
 * AssertionError} when it is. A description given with {@code as(...)} prefixes the failure
 * message, as in the rest of AssertJ, and is carried over to the assertions that some assertions
 * return ({@link LedgerAssert#situationAt(java.time.Instant)}, {@link
 * LedgerAssert#rejects(dev.custody.event.Event)}).
 */
public final class CustodyAssertions {

  private CustodyAssertions() {}

  /**
   * Creates an assertion about an estimate.
   *
   * @param actual the estimate under test
   * @return the assertion
   */
  public static EstimateAssert assertThat(@Nullable Estimate actual) {
    return new EstimateAssert(actual);
  }

  /**
   * Creates an assertion about the situation at one instant.
   *
   * @param actual the situation under test
   * @return the assertion
   */
  public static SituationAssert assertThat(@Nullable Situation actual) {
    return new SituationAssert(actual);
  }

  /**
   * Creates an assertion about a ledger: its events, what it accepts and rejects, and its situation
   * at any instant.
   *
   * @param actual the ledger under test
   * @return the assertion
   */
  public static LedgerAssert assertThat(@Nullable Ledger actual) {
    return new LedgerAssert(actual);
  }

  /**
   * Creates an assertion about a verdict: whether it accepts, and which rules it names.
   *
   * @param actual the verdict under test
   * @return the assertion
   */
  public static VerdictAssert assertThat(@Nullable Verdict actual) {
    return new VerdictAssert(actual);
  }

  /**
   * Creates an assertion about where an obligation stands.
   *
   * @param actual the status under test
   * @return the assertion
   */
  public static DeadlineStatusAssert assertThat(@Nullable DeadlineStatus actual) {
    return new DeadlineStatusAssert(actual);
  }

  /**
   * Creates an assertion about one question answered under every reading of a ledger.
   *
   * @param <T> the type of the answers
   * @param actual the answers under test
   * @return the assertion
   */
  public static <T> ByReadingAssert<T> assertThat(@Nullable ByReading<T> actual) {
    return new ByReadingAssert<>(actual);
  }

  // ------------------------------------------------------------------------------------------
  // shared by the assertions of this package

  /** Gives {@code derived} the description of {@code origin}, when it has one. */
  static <S extends AbstractAssert<S, ?>> S describedLike(S derived, AbstractAssert<?, ?> origin) {
    if (origin.info.hasDescription()) {
      derived.as(origin.info.description());
    }
    return derived;
  }

  /** A rule as "CUS-002 (A transfer out of a facility ...)". */
  static String describe(Rule rule) {
    return rule.code() + " (" + rule.summary() + ")";
  }

  /** Violations one a line, each indented, as "CUS-001 error in escape-1 (size): message". */
  static String list(List<Violation> violations) {
    if (violations.isEmpty()) {
      return "\n  (no violation)";
    }
    StringBuilder text = new StringBuilder();
    violations.forEach(v -> text.append("\n  ").append(v));
    return text.toString();
  }

  /** The range of an estimate as "142 to 158" or "1,001 to unbounded". */
  static String range(Estimate estimate) {
    return grouped(estimate.low()) + " to " + high(estimate);
  }

  /** The numbers of an estimate as "low 8,550, best 9,000, high 9,450". */
  static String numbers(Estimate estimate) {
    return "low "
        + grouped(estimate.low())
        + ", best "
        + grouped(estimate.best())
        + ", high "
        + high(estimate);
  }

  /** A count as estimates print it: "1,001". */
  static String grouped(long count) {
    return String.format(Locale.ROOT, "%,d", count);
  }

  private static String high(Estimate estimate) {
    return estimate.hasUpperBound() ? grouped(estimate.high()) : "unbounded";
  }
}
