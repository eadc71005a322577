package dev.custody.rules;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import dev.custody.model.CustodyStyle;
import org.immutables.value.Value;

/**
 * Every violation found in one event or in a whole ledger, not just the first.
 *
 * <p>A verdict {@linkplain #isAccepted() accepts} when it holds no error; warnings do not stop an
 * event. The violations keep the order in which the rules found them: by event, then by rule code.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Verdict {

  private static final Verdict CLEAN = ImmutableVerdict.of(ImmutableList.of());

  Verdict() {}

  /**
   * Obtains the verdict with no violations.
   *
   * @return the clean verdict
   */
  public static Verdict clean() {
    return CLEAN;
  }

  /**
   * Obtains the verdict holding {@code violations}, in order.
   *
   * @param violations the violations
   * @return the verdict
   */
  public static Verdict of(Iterable<? extends Violation> violations) {
    return ImmutableVerdict.of(ImmutableList.copyOf(checkNotNull(violations, "violations")));
  }

  /**
   * Returns every violation.
   *
   * @return the violations, possibly empty
   */
  @Value.Parameter
  public abstract ImmutableList<Violation> violations();

  /**
   * Checks if the verdict holds no error.
   *
   * @return true if the event (or ledger) is accepted
   */
  public final boolean isAccepted() {
    for (Violation violation : violations()) {
      if (violation.isError()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the errors.
   *
   * @return the violations of severity error
   */
  public final ImmutableList<Violation> errors() {
    return violations().stream()
        .filter(Violation::isError)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the warnings.
   *
   * @return the violations of severity warning
   */
  public final ImmutableList<Violation> warnings() {
    return violations().stream().filter(v -> !v.isError()).collect(ImmutableList.toImmutableList());
  }

  /**
   * Checks if some violation breaks {@code rule}.
   *
   * @param rule the rule
   * @return true if the verdict names it
   */
  public final boolean breaks(Rule rule) {
    checkNotNull(rule, "rule");
    return violations().stream().anyMatch(v -> v.rule() == rule);
  }

  /**
   * Returns a verdict holding this verdict's violations, then {@code other}'s.
   *
   * @param other the other verdict
   * @return the combined verdict
   */
  public final Verdict plus(Verdict other) {
    checkNotNull(other, "other");
    if (other.violations().isEmpty()) {
      return this;
    }
    return ImmutableVerdict.of(
        ImmutableList.<Violation>builder().addAll(violations()).addAll(other.violations()).build());
  }

  /**
   * Returns the verdict as "accepted", or "rejected: 1 error, 2 warnings" followed by one violation
   * a line.
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (violations().isEmpty()) {
      return "accepted";
    }
    int errors = errors().size();
    int warnings = violations().size() - errors;
    StringBuilder text =
        new StringBuilder(errors == 0 ? "accepted with " : "rejected: ")
            .append(errors == 0 ? "" : errors + (errors == 1 ? " error" : " errors"))
            .append(errors > 0 && warnings > 0 ? ", " : "")
            .append(warnings == 0 ? "" : warnings + (warnings == 1 ? " warning" : " warnings"));
    violations().forEach(v -> text.append('\n').append("  ").append(v));
    return text.toString();
  }
}
