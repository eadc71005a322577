package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.testkit.CustodyAssertions.grouped;
import static dev.custody.testkit.CustodyAssertions.numbers;
import static dev.custody.testkit.CustodyAssertions.range;

import dev.custody.model.Estimate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about an {@link Estimate}: its numbers, its range, and how it relates to other
 * estimates.
 *
 * <p>{@link #isEqualTo(Object)} is {@link Estimate#equals(Object)}, which compares the wording too:
 * {@code moreThan(1_000)} is not equal to {@code atLeast(1_001)}. {@link
 * #isNumericallyEqualTo(Estimate)} compares the numbers alone, as {@link
 * Estimate#isEqual(Estimate)} does, and is what most tests of arithmetic and balances want.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(Estimate)}. Every assertion throws an {@link
 * AssertionError} when the estimate is null or the check fails, with a message that prints the
 * estimates as a reader would say them ("about 150 (142-158)") and gives their numbers.
 */
public final class EstimateAssert extends AbstractAssert<EstimateAssert, Estimate> {

  EstimateAssert(@Nullable Estimate actual) {
    super(actual, EstimateAssert.class);
  }

  /**
   * Checks that the estimate has the same low, best and high values as {@code expected}, whatever
   * the wording of either.
   *
   * @param expected the estimate whose numbers are expected
   * @return this assertion
   * @throws AssertionError if the numbers differ, printing both estimates and their numbers
   * @throws NullPointerException if {@code expected} is null
   */
  public EstimateAssert isNumericallyEqualTo(Estimate expected) {
    checkNotNull(expected, "expected");
    isNotNull();
    if (!actual.isEqual(expected)) {
      failWithActualExpectedAndMessage(
          actual,
          expected,
          "Expected the estimate %s to have the numbers of %s (%s) but it has %s",
          actual,
          expected,
          numbers(expected),
          numbers(actual));
    }
    return myself;
  }

  /**
   * Checks that the estimate ranges from {@code low} to {@code high}, both inclusive; an unbounded
   * estimate has no such range.
   *
   * @param low the expected low end
   * @param high the expected high end
   * @return this assertion
   * @throws AssertionError if the range differs or is unbounded
   */
  public EstimateAssert hasRange(long low, long high) {
    isNotNull();
    if (actual.low() != low || !actual.hasUpperBound() || actual.high() != high) {
      failWithMessage(
          "Expected the estimate %s to range from %s to %s but it ranges from %s",
          actual, grouped(low), grouped(high), range(actual));
    }
    return myself;
  }

  /**
   * Checks the best value.
   *
   * @param best the expected best value
   * @return this assertion
   * @throws AssertionError if the best value differs
   */
  public EstimateAssert hasBest(long best) {
    isNotNull();
    if (actual.best() != best) {
      failWithActualExpectedAndMessage(
          actual.best(),
          best,
          "Expected the estimate %s to have the best value %s but it has %s",
          actual,
          grouped(best),
          grouped(actual.best()));
    }
    return myself;
  }

  /**
   * Checks that the estimate has no upper bound, as "over 1,000" and "unknown" have none.
   *
   * @return this assertion
   * @throws AssertionError if the estimate has a high end
   */
  public EstimateAssert isUnbounded() {
    isNotNull();
    if (actual.hasUpperBound()) {
      failWithMessage(
          "Expected the estimate %s to have no upper bound but its high end is %s",
          actual, grouped(actual.high()));
    }
    return myself;
  }

  /**
   * Checks that the estimate has an upper bound.
   *
   * @return this assertion
   * @throws AssertionError if the estimate is unbounded
   */
  public EstimateAssert isBounded() {
    isNotNull();
    if (!actual.hasUpperBound()) {
      failWithMessage(
          "Expected the estimate %s to have an upper bound but it ranges from %s",
          actual, range(actual));
    }
    return myself;
  }

  /**
   * Checks that {@code count} lies in the estimate's range.
   *
   * @param count the count
   * @return this assertion
   * @throws AssertionError if the count lies outside the range
   */
  public EstimateAssert contains(long count) {
    isNotNull();
    if (!actual.contains(count)) {
      failWithMessage(
          "Expected the estimate %s to contain %s but it ranges from %s",
          actual, grouped(count), range(actual));
    }
    return myself;
  }

  /**
   * Checks that every count of {@code other} lies in the estimate's range.
   *
   * @param other the estimate expected to be enclosed
   * @return this assertion
   * @throws AssertionError if some count of {@code other} lies outside the range
   * @throws NullPointerException if {@code other} is null
   */
  public EstimateAssert encloses(Estimate other) {
    checkNotNull(other, "other");
    isNotNull();
    if (!actual.encloses(other)) {
      failWithMessage(
          "Expected the estimate %s (%s) to enclose %s (%s) but it does not",
          actual, range(actual), other, range(other));
    }
    return myself;
  }

  /**
   * Checks that every count of the estimate lies in the range of {@code other}.
   *
   * @param other the estimate expected to enclose this one
   * @return this assertion
   * @throws AssertionError if some count of the estimate lies outside {@code other}'s range
   * @throws NullPointerException if {@code other} is null
   */
  public EstimateAssert isEnclosedBy(Estimate other) {
    checkNotNull(other, "other");
    isNotNull();
    if (!other.encloses(actual)) {
      failWithMessage(
          "Expected the estimate %s (%s) to be enclosed by %s (%s) but it is not",
          actual, range(actual), other, range(other));
    }
    return myself;
  }

  /**
   * Checks that some count lies in both ranges: the two figures can both be true.
   *
   * @param other the other estimate
   * @return this assertion
   * @throws AssertionError if the ranges share no count, saying how far apart they are
   * @throws NullPointerException if {@code other} is null
   */
  public EstimateAssert overlaps(Estimate other) {
    checkNotNull(other, "other");
    isNotNull();
    if (!actual.overlaps(other)) {
      failWithMessage(
          "Expected the estimate %s (%s) to overlap %s (%s) but they are %s apart",
          actual, range(actual), other, range(other), grouped(actual.distanceTo(other)));
    }
    return myself;
  }

  /**
   * Checks that no count lies in both ranges: the two figures cannot both be true.
   *
   * @param other the other estimate
   * @return this assertion
   * @throws AssertionError if the ranges share a count, naming the counts they share
   * @throws NullPointerException if {@code other} is null
   */
  public EstimateAssert doesNotOverlap(Estimate other) {
    checkNotNull(other, "other");
    isNotNull();
    if (actual.overlaps(other)) {
      failWithMessage(
          "Expected the estimate %s (%s) not to overlap %s (%s) but they share the counts %s",
          actual, range(actual), other, range(other), range(actual.intersection(other)));
    }
    return myself;
  }

  /**
   * Checks that the estimate is the single count {@code count}, whatever its wording.
   *
   * @param count the expected count
   * @return this assertion
   * @throws AssertionError if the estimate is a range, or another count
   */
  public EstimateAssert isExactly(long count) {
    isNotNull();
    if (!actual.isExact() || actual.low() != count) {
      failWithActualExpectedAndMessage(
          actual,
          Estimate.exactly(count),
          "Expected the estimate %s to be exactly %s but it has %s",
          actual,
          grouped(count),
          numbers(actual));
    }
    return myself;
  }

  /**
   * Checks that nothing is known: the range is 0 to unbounded.
   *
   * @return this assertion
   * @throws AssertionError if the estimate excludes some count
   */
  public EstimateAssert isUnknown() {
    isNotNull();
    if (!actual.isUnknown()) {
      failWithMessage(
          "Expected the estimate %s to be unknown (0 to unbounded) but it ranges from %s",
          actual, range(actual));
    }
    return myself;
  }

  /**
   * Checks how the estimate reads: its {@link Estimate#toString()}, such as "about 9,000
   * (8,550-9,450)".
   *
   * @param text the expected text
   * @return this assertion
   * @throws AssertionError if the estimate reads otherwise
   * @throws NullPointerException if {@code text} is null
   */
  public EstimateAssert hasText(String text) {
    checkNotNull(text, "text");
    isNotNull();
    String actualText = actual.toString();
    if (!actualText.equals(text)) {
      failWithActualExpectedAndMessage(
          actualText,
          text,
          "Expected the estimate to read \"%s\" but it reads \"%s\" (%s)",
          text,
          actualText,
          numbers(actual));
    }
    return myself;
  }
}
