package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.testkit.CustodyAssertions.numbers;

import com.google.common.collect.ImmutableList;
import dev.custody.aggregate.ByReading;
import dev.custody.model.Estimate;
import dev.custody.model.Reading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a {@link ByReading}: one question answered under every reading of a ledger.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(ByReading)}. Every assertion throws an
 * {@link AssertionError} when the answers are null or the check fails, with a message naming the
 * reading and the answers under every reading.
 *
 * @param <T> the type of the answers
 */
public final class ByReadingAssert<T> extends AbstractAssert<ByReadingAssert<T>, ByReading<T>> {

  ByReadingAssert(@Nullable ByReading<T> actual) {
    super(actual, ByReadingAssert.class);
  }

  /**
   * Checks the readings answered, in order: the envelope first, then the consensus where it exists,
   * each source's reading, and the ledger's own reading when it is none of those.
   *
   * @param readings the expected readings, in order
   * @return this assertion
   * @throws AssertionError if other readings were answered, or in another order
   * @throws NullPointerException if a reading is null
   */
  public ByReadingAssert<T> hasReadings(Reading... readings) {
    checkNotNull(readings, "readings");
    ImmutableList<Reading> expected = ImmutableList.copyOf(readings);
    isNotNull();
    ImmutableList<Reading> answered = actual.answers().keySet().asList();
    if (!answered.equals(expected)) {
      failWithActualExpectedAndMessage(
          answered,
          expected,
          "Expected answers under the readings %s, in that order, but they were answered under %s",
          expected,
          answered);
    }
    return myself;
  }

  /**
   * Checks the answer under {@code reading}, compared with {@link Object#equals(Object)}. For
   * estimates, which {@code equals} compares with their wording, see {@link
   * #hasEstimateUnder(Reading, Estimate)}.
   *
   * @param reading the reading
   * @param expected the expected answer
   * @return this assertion
   * @throws AssertionError if the reading was not answered, or its answer differs
   * @throws NullPointerException if an argument is null
   */
  public ByReadingAssert<T> hasAnswer(Reading reading, T expected) {
    checkNotNull(expected, "expected");
    T answer = answerUnder(reading);
    if (!Objects.equals(answer, expected)) {
      failWithActualExpectedAndMessage(
          answer,
          expected,
          "Expected the answer under %s to be %s but was %s; the answers are:%s",
          reading,
          expected,
          answer,
          answers());
    }
    return myself;
  }

  /**
   * Checks the answer under {@code reading}, an {@link Estimate}, by its numbers: the same low,
   * best and high values as {@code expected}, whatever the wording.
   *
   * @param reading the reading
   * @param expected the expected estimate
   * @return this assertion
   * @throws AssertionError if the reading was not answered, its answer is not an estimate, or it
   *     has other numbers
   * @throws NullPointerException if an argument is null
   */
  public ByReadingAssert<T> hasEstimateUnder(Reading reading, Estimate expected) {
    checkNotNull(expected, "expected");
    T answer = answerUnder(reading);
    if (!(answer instanceof Estimate)) {
      failWithMessage(
          "Expected the answer under %s to be an estimate but was %s (a %s)",
          reading, answer, answer.getClass().getName());
    }
    Estimate estimate = (Estimate) answer;
    if (!estimate.isEqual(expected)) {
      failWithActualExpectedAndMessage(
          estimate,
          expected,
          "Expected the answer under %s to be %s (%s) but was %s (%s); the answers are:%s",
          reading,
          expected,
          numbers(expected),
          estimate,
          numbers(estimate),
          answers());
    }
    return myself;
  }

  /**
   * Checks that the answer under every reading satisfies {@code predicate}.
   *
   * @param predicate what every answer must satisfy
   * @return this assertion
   * @throws AssertionError if some answer does not, naming the readings and answers that do not
   * @throws NullPointerException if {@code predicate} is null
   */
  public ByReadingAssert<T> answersAllWith(Predicate<? super T> predicate) {
    return answersAllWith(predicate, "the predicate");
  }

  /**
   * Checks that the answer under every reading satisfies {@code predicate}, described in failure
   * messages by {@code description}.
   *
   * @param predicate what every answer must satisfy
   * @param description what the predicate checks, such as "at least 69 at large"
   * @return this assertion
   * @throws AssertionError if some answer does not, naming the readings and answers that do not
   * @throws NullPointerException if an argument is null
   */
  public ByReadingAssert<T> answersAllWith(Predicate<? super T> predicate, String description) {
    checkNotNull(predicate, "predicate");
    checkNotNull(description, "description");
    isNotNull();
    StringBuilder failing = new StringBuilder();
    for (Map.Entry<Reading, T> answer : actual.answers().entrySet()) {
      if (!predicate.test(answer.getValue())) {
        failing.append("\n  ").append(answer.getKey()).append(": ").append(answer.getValue());
      }
    }
    if (failing.length() > 0) {
      failWithMessage(
          "Expected the answer under every reading to satisfy %s but these do not:%s",
          description, failing);
    }
    return myself;
  }

  /**
   * Checks that the answer under every reading satisfies {@code requirements}, assertions that
   * throw an {@link AssertionError} when an answer fails them. Every answer is checked, and the
   * failures are reported together.
   *
   * @param requirements the assertions every answer must pass
   * @return this assertion
   * @throws AssertionError if some answer fails, naming each such reading with its answer and the
   *     failure
   * @throws NullPointerException if {@code requirements} is null
   */
  public ByReadingAssert<T> allSatisfy(Consumer<? super T> requirements) {
    checkNotNull(requirements, "requirements");
    isNotNull();
    List<String> failures = new ArrayList<>();
    for (Map.Entry<Reading, T> answer : actual.answers().entrySet()) {
      try {
        requirements.accept(answer.getValue());
      } catch (AssertionError e) {
        failures.add(
            "\n  under "
                + answer.getKey()
                + " ("
                + answer.getValue()
                + "): "
                + String.valueOf(e.getMessage()).strip().replace("\n", "\n    "));
      }
    }
    if (!failures.isEmpty()) {
      failWithMessage(
          "Expected the answer under every reading to satisfy the requirements but %s of %s do"
              + " not:%s",
          failures.size(), actual.answers().size(), String.join("", failures));
    }
    return myself;
  }

  private T answerUnder(Reading reading) {
    checkNotNull(reading, "reading");
    isNotNull();
    T answer = actual.answers().get(reading);
    if (answer == null) {
      throw failure(
          "Expected an answer under %s but that reading was not answered; the readings are %s",
          reading, actual.answers().keySet());
    }
    return answer;
  }

  /** The answers, one a line, indented. */
  private String answers() {
    StringBuilder text = new StringBuilder();
    actual.answers().forEach((r, a) -> text.append("\n  ").append(r).append(": ").append(a));
    return text.toString();
  }
}
