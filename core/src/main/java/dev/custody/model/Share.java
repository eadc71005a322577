package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A share of a whole, such as the part of a census that a transfer plan covers or the recaptured
 * part of an escape: a lowest plausible, a best and a highest plausible fraction.
 *
 * <p>The invariants are {@code 0 <= low <= best <= high}, all finite except the high end, which may
 * be unbounded when the whole may be zero or the part has no upper bound. Fractions are not capped
 * at one: a transfer that outruns its plan has a share above 100%, and saying so is the point.
 * Shares come from {@link Estimate#shareOf(Estimate)}.
 *
 * <p>{@link #toString()} prints percentages a reader understands: "2.1%" for an exact share, "about
 * 78% (74%-82%)" for a range, "at least 12%" when unbounded; whole percents from 10% up, one
 * decimal from 1% to 10%, two decimals below 1%.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Share {

  private static final double MILLION = 1_000_000.0;

  Share() {}

  /**
   * Obtains a share from its three fractions.
   *
   * @param low the lowest plausible fraction, zero or more
   * @param best the best fraction, from {@code low} to {@code high}
   * @param high the highest plausible fraction, or {@link Double#POSITIVE_INFINITY} when unbounded
   * @return the share
   * @throws IllegalArgumentException if a fraction is NaN or negative, {@code low} or {@code best}
   *     is infinite, or {@code low <= best <= high} does not hold
   */
  public static Share of(double low, double best, double high) {
    // adding 0.0 turns -0.0 into 0.0, so that a negative zero neither prints "-0%" nor breaks
    // equals; it leaves every other value, NaN and infinity included, as it is
    return ImmutableShare.of(low + 0.0, best + 0.0, high + 0.0);
  }

  /**
   * Obtains an exact share.
   *
   * @param fraction the fraction, finite and zero or more
   * @return the share {@code [fraction, fraction, fraction]}
   * @throws IllegalArgumentException if {@code fraction} is NaN, infinite or negative
   */
  public static Share exactly(double fraction) {
    return of(fraction, fraction, fraction);
  }

  /**
   * Returns the lowest plausible fraction.
   *
   * @return the low end, zero or more
   */
  @Value.Parameter(order = 0)
  public abstract double low();

  /**
   * Returns the best fraction.
   *
   * @return the best value
   */
  @Value.Parameter(order = 1)
  public abstract double best();

  /** The high end, infinite when unbounded; read through {@link #high()}. */
  @Value.Parameter(order = 2)
  abstract double highEnd();

  @Value.Check
  final void check() {
    checkFraction("low", low());
    checkFraction("best", best());
    if (Double.isNaN(highEnd())) {
      throw new IllegalArgumentException("Share.high (NaN) must be a number");
    }
    if (low() > best()) {
      throw new IllegalArgumentException(
          String.format(Locale.ROOT, "Share.low (%s) must not exceed best (%s)", low(), best()));
    }
    if (best() > highEnd()) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Share.best (%s) must not exceed high (%s)", best(), highEnd()));
    }
  }

  private static void checkFraction(String field, double value) {
    if (!Double.isFinite(value) || value < 0) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT, "Share.%s (%s) must be a finite fraction, zero or more", field, value));
    }
  }

  /**
   * Checks if the share has a high end.
   *
   * @return true if {@link #high()} may be called
   */
  public final boolean hasUpperBound() {
    return Double.isFinite(highEnd());
  }

  /**
   * Returns the highest plausible fraction.
   *
   * @return the high end
   * @throws IllegalStateException if the share {@linkplain #hasUpperBound() has no upper bound}
   */
  public final double high() {
    if (!hasUpperBound()) {
      throw new IllegalStateException(
          String.format("Share (%s) has no upper bound; check hasUpperBound() first", this));
    }
    return highEnd();
  }

  /**
   * Checks if {@code fraction} lies in the range.
   *
   * @param fraction the fraction to test
   * @return true if {@code low <= fraction <= high}
   */
  public final boolean contains(double fraction) {
    return low() <= fraction && fraction <= highEnd();
  }

  /**
   * Returns the best fraction in percent, for display and charts.
   *
   * @return {@code best() * 100}
   */
  public final double bestPercent() {
    return best() * 100;
  }

  /**
   * Returns the share worded as a derived figure under the {@linkplain AboutPolicy#standard()
   * standard} "about" policy: see {@link #toDerivedString(AboutPolicy)}.
   *
   * @return the text
   */
  public final String toDerivedString() {
    return toDerivedString(AboutPolicy.standard());
  }

  /**
   * Returns the share worded as a figure derived by arithmetic: one percentage when the range
   * prints as one ("100%", not "about 100% (100%-100%)"); "about" only while the range stays within
   * what {@code policy} calls about the best value, read in millionths; "between 0% and 8.1% (best
   * 8.1%)" otherwise; and "at least" when unbounded, as {@link #toString()} says it.
   *
   * @param policy how wide "about" may be
   * @return the text
   */
  public final String toDerivedString(AboutPolicy policy) {
    checkNotNull(policy, "policy");
    if (!hasUpperBound()) {
      return toString();
    }
    String low = percent(low());
    String best = percent(best());
    String high = percent(highEnd());
    if (low.equals(high)) {
      return best;
    }
    double margin = policy.marginFor(Math.round(best() * MILLION)) / MILLION;
    boolean within = best() - low() <= margin && highEnd() - best() <= margin;
    return within
        ? "about " + best + " (" + low + "-" + high + ")"
        : "between " + low + " and " + high + " (best " + best + ")";
  }

  /**
   * Returns the share in percent: "2.1%", "about 78% (74%-82%)" or "at least 12% (best 20%)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (!hasUpperBound()) {
      String text = "at least " + percent(low());
      return low() == best() ? text : text + " (best " + percent(best()) + ")";
    }
    if (low() == highEnd()) {
      return percent(best());
    }
    return "about " + percent(best()) + " (" + percent(low()) + "-" + percent(highEnd()) + ")";
  }

  private static String percent(double fraction) {
    double percent = fraction * 100;
    if (percent == 0 || percent >= 9.95) {
      return String.format(Locale.ROOT, "%.0f%%", percent);
    } else if (percent >= 0.995) {
      return String.format(Locale.ROOT, "%.1f%%", percent);
    }
    return String.format(Locale.ROOT, "%.2f%%", percent);
  }

  /** The share {@code part / whole}, as {@link Estimate#shareOf(Estimate)} documents it. */
  static Share quotient(Estimate part, Estimate whole) {
    double low = whole.hasUpperBound() ? (double) part.low() / whole.high() : 0.0;
    double best = (double) part.best() / whole.best();
    double high;
    if (part.hasUpperBound() && part.high() == 0) {
      high = 0.0; // none of any whole is nothing, even when the whole may be zero
    } else if (part.hasUpperBound() && whole.low() > 0) {
      high = (double) part.high() / whole.low();
    } else {
      high = Double.POSITIVE_INFINITY;
    }
    return Share.of(low, best, high);
  }
}
