package dev.custody.model;

import com.google.common.math.LongMath;
import dev.custody.internal.Checks;
import java.math.RoundingMode;

/**
 * How wide "about" is: the margin either side of a reported figure that {@link Estimate#about(long,
 * AboutPolicy)} turns into a range.
 *
 * <p>Reporting rarely says how rough "about 9,000" or "around 150" is, so the width is a policy,
 * chosen by the caller and never global. {@link #standard()} is five percent either side, rounded
 * outward to whole people: about 9,000 is 8,550-9,450 and about 150 is 142-158. A project that
 * reads "about" more loosely passes its own policy, such as {@code AboutPolicy.percent(10)}, or a
 * lambda.
 *
 * <p>Implementations must be pure functions of their argument and return a margin that is zero or
 * more; {@link Estimate#about(long, AboutPolicy)} rejects a negative one.
 */
@FunctionalInterface
public interface AboutPolicy {

  /**
   * Returns the margin either side of {@code best}.
   *
   * @param best the reported figure, zero or more
   * @return the margin in people, zero or more; the range is {@code max(0, best - margin)} to
   *     {@code best + margin}
   */
  long marginFor(long best);

  /**
   * Obtains the standard policy: five percent either side, rounded up to whole people.
   *
   * @return the standard policy
   */
  static AboutPolicy standard() {
    return Policies.FIVE_PERCENT;
  }

  /**
   * Obtains a policy whose margin is {@code percent} percent of the figure, rounded up.
   *
   * @param percent the margin in percent of the figure, from 0 to 100
   * @return the policy
   * @throws IllegalArgumentException if {@code percent} is outside 0 to 100
   */
  static AboutPolicy percent(int percent) {
    if (percent < 0 || percent > 100) {
      throw new IllegalArgumentException(
          String.format("AboutPolicy.percent (%d) must be between 0 and 100", percent));
    }
    return new Policies.Percent(percent);
  }

  /**
   * Obtains a policy whose margin is the same number of people whatever the figure.
   *
   * @param margin the margin in people, zero or more
   * @return the policy
   * @throws IllegalArgumentException if {@code margin} is negative
   */
  static AboutPolicy absolute(long margin) {
    Checks.nonNegative("AboutPolicy.margin", margin);
    return new Policies.Absolute(margin);
  }
}

/** The built-in policies: named classes so that they compare equal and print readably. */
final class Policies {
  static final AboutPolicy FIVE_PERCENT = new Percent(5);

  private Policies() {}

  record Percent(int percent) implements AboutPolicy {
    @Override
    public long marginFor(long best) {
      return LongMath.divide(LongMath.checkedMultiply(best, percent), 100, RoundingMode.CEILING);
    }

    @Override
    public String toString() {
      return "AboutPolicy.percent(" + percent + ")";
    }
  }

  record Absolute(long margin) implements AboutPolicy {
    @Override
    public long marginFor(long best) {
      return margin;
    }

    @Override
    public String toString() {
      return "AboutPolicy.absolute(" + margin + ")";
    }
  }
}
