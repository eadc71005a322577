package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.testkit.CustodyAssertions.describe;
import static dev.custody.testkit.CustodyAssertions.list;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import dev.custody.rules.Rule;
import dev.custody.rules.Severity;
import dev.custody.rules.Verdict;
import dev.custody.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions about a {@link Verdict}: whether it accepts, and which {@link Rule}s its violations
 * name, with which {@link Severity}.
 *
 * <p>Obtained from {@link CustodyAssertions#assertThat(Verdict)}, {@link
 * LedgerAssert#rejects(dev.custody.event.Event)} or {@link LedgerAssert#verdict()}. Every assertion
 * throws an {@link AssertionError} when the verdict is null or the check fails; the message names
 * the expected rule by its code and summary and lists every violation of the verdict, one a line,
 * with its code, severity, event, field and message.
 */
public final class VerdictAssert extends AbstractAssert<VerdictAssert, Verdict> {

  VerdictAssert(@Nullable Verdict actual) {
    super(actual, VerdictAssert.class);
  }

  /**
   * Checks that the verdict holds no error; warnings are allowed.
   *
   * @return this assertion
   * @throws AssertionError if the verdict holds an error, listing its violations
   */
  public VerdictAssert isAccepted() {
    isNotNull();
    if (!actual.isAccepted()) {
      failWithMessage(
          "Expected the verdict to accept but it rejects, with %s:%s",
          count(actual.errors().size(), "error"), list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that the verdict holds at least one error.
   *
   * @return this assertion
   * @throws AssertionError if the verdict accepts, listing its warnings if any
   */
  public VerdictAssert isRejected() {
    isNotNull();
    if (actual.isAccepted()) {
      failWithMessage(
          "Expected the verdict to reject but it accepts, with %s:%s",
          count(actual.warnings().size(), "warning"), list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that some violation breaks {@code rule}, of either severity.
   *
   * @param rule the rule
   * @return this assertion
   * @throws AssertionError if no violation breaks the rule
   * @throws NullPointerException if {@code rule} is null
   */
  public VerdictAssert hasViolation(Rule rule) {
    checkNotNull(rule, "rule");
    isNotNull();
    if (!actual.breaks(rule)) {
      failWithMessage(
          "Expected a violation of %s but the verdict holds:%s",
          describe(rule), list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that no violation breaks {@code rule}.
   *
   * @param rule the rule
   * @return this assertion
   * @throws AssertionError if some violation breaks the rule, listing those that do
   * @throws NullPointerException if {@code rule} is null
   */
  public VerdictAssert hasNoViolationOf(Rule rule) {
    checkNotNull(rule, "rule");
    isNotNull();
    if (actual.breaks(rule)) {
      failWithMessage(
          "Expected no violation of %s but found:%s", describe(rule), list(of(rule, null)));
    }
    return myself;
  }

  /**
   * Checks that the verdict breaks exactly the rules given: every violation breaks one of them, and
   * each of them is broken at least once.
   *
   * @param rules the rules, at least one
   * @return this assertion
   * @throws AssertionError if some violation breaks another rule, or some rule given is not broken
   * @throws IllegalArgumentException if no rule is given
   * @throws NullPointerException if a rule is null
   */
  public VerdictAssert hasOnlyViolationsOf(Rule... rules) {
    checkNotNull(rules, "rules");
    checkArgument(rules.length > 0, "hasOnlyViolationsOf needs at least one rule");
    ImmutableSet<Rule> expected = ImmutableSet.copyOf(rules);
    isNotNull();
    List<Violation> unexpected =
        actual.violations().stream()
            .filter(v -> !expected.contains(v.rule()))
            .collect(ImmutableList.toImmutableList());
    List<Rule> missing =
        expected.stream().filter(r -> !actual.breaks(r)).collect(ImmutableList.toImmutableList());
    if (!unexpected.isEmpty() || !missing.isEmpty()) {
      failWithMessage(
          "Expected only violations of %s%s%s but the verdict holds:%s",
          expected.stream().map(Rule::code).collect(Collectors.joining(", ")),
          missing.isEmpty()
              ? ""
              : ", yet it breaks none of "
                  + missing.stream()
                      .map(CustodyAssertions::describe)
                      .collect(Collectors.joining(" or ")),
          unexpected.isEmpty()
              ? ""
              : ", yet it also breaks "
                  + unexpected.stream()
                      .map(Violation::code)
                      .distinct()
                      .collect(Collectors.joining(", ")),
          list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that some violation breaks {@code rule} with severity {@link Severity#ERROR}.
   *
   * @param rule the rule
   * @return this assertion
   * @throws AssertionError if no error breaks the rule, even if a warning does
   * @throws NullPointerException if {@code rule} is null
   */
  public VerdictAssert hasError(Rule rule) {
    return hasViolationOf(rule, Severity.ERROR);
  }

  /**
   * Checks that some violation breaks {@code rule} with severity {@link Severity#WARNING}.
   *
   * @param rule the rule
   * @return this assertion
   * @throws AssertionError if no warning breaks the rule, even if an error does
   * @throws NullPointerException if {@code rule} is null
   */
  public VerdictAssert hasWarning(Rule rule) {
    return hasViolationOf(rule, Severity.WARNING);
  }

  private VerdictAssert hasViolationOf(Rule rule, Severity severity) {
    checkNotNull(rule, "rule");
    isNotNull();
    if (of(rule, severity).isEmpty()) {
      failWithMessage(
          "Expected %s of %s but the verdict holds:%s",
          severity == Severity.ERROR ? "an error" : "a warning",
          describe(rule),
          list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that the verdict holds no warning.
   *
   * @return this assertion
   * @throws AssertionError if it holds a warning, listing the warnings
   */
  public VerdictAssert hasNoWarnings() {
    isNotNull();
    if (!actual.warnings().isEmpty()) {
      failWithMessage(
          "Expected no warning but the verdict holds %s:%s",
          count(actual.warnings().size(), "warning"), list(actual.warnings()));
    }
    return myself;
  }

  /**
   * Checks that the verdict holds no violation at all, neither error nor warning.
   *
   * @return this assertion
   * @throws AssertionError if it holds a violation, listing them
   */
  public VerdictAssert hasNoViolations() {
    isNotNull();
    if (!actual.violations().isEmpty()) {
      failWithMessage(
          "Expected no violation but the verdict holds %s:%s",
          count(actual.violations().size(), "violation"), list(actual.violations()));
    }
    return myself;
  }

  /**
   * Checks that some violation of {@code rule} has a message containing {@code fragment}, such as
   * the figure or the account it names.
   *
   * @param rule the rule
   * @param fragment text the message must contain
   * @return this assertion
   * @throws AssertionError if no violation of the rule mentions the fragment
   * @throws NullPointerException if an argument is null
   */
  public VerdictAssert hasViolationMentioning(Rule rule, String fragment) {
    checkNotNull(rule, "rule");
    checkNotNull(fragment, "fragment");
    isNotNull();
    boolean found = of(rule, null).stream().anyMatch(v -> v.message().contains(fragment));
    if (!found) {
      failWithMessage(
          "Expected a violation of %s mentioning \"%s\" but the verdict holds:%s",
          describe(rule), fragment, list(actual.violations()));
    }
    return myself;
  }

  /** The violations of {@code rule}, of {@code severity} or of any when it is null. */
  private ImmutableList<Violation> of(Rule rule, @Nullable Severity severity) {
    return actual.violations().stream()
        .filter(v -> v.rule() == rule && (severity == null || v.severity() == severity))
        .collect(ImmutableList.toImmutableList());
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
