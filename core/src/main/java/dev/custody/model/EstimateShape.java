package dev.custody.model;

import com.google.common.math.LongMath;
import dev.custody.internal.Checks;
import dev.custody.model.Estimate.Qualifier;
import java.util.Locale;

/**
 * The invariants of an {@link Estimate} (its numbers, the shape each qualifier requires, the words
 * it keeps) and the wording of a range that arithmetic derived: the one place that checks them, for
 * every path that creates an estimate.
 */
final class EstimateShape {
  /** The internal encoding of an unbounded high end, as in {@link Estimate}. */
  private static final long UNBOUNDED = -1;

  private EstimateShape() {}

  static void check(Estimate e, Qualifier qualifier, long low, long best, long highEnd) {
    Checks.nonNegative("Estimate.low", low);
    checkCount("Estimate.low", low);
    checkCount("Estimate.best", best);
    if (highEnd != UNBOUNDED) {
      checkCount("Estimate.high", highEnd);
    }
    if (low > best) {
      throw new IllegalArgumentException(
          String.format("Estimate.low (%d) must not exceed best (%d)", low, best));
    }
    if (highEnd < UNBOUNDED) {
      throw new IllegalArgumentException(
          String.format("Estimate.high (%d) must not be negative", highEnd));
    }
    if (highEnd != UNBOUNDED && best > highEnd) {
      throw new IllegalArgumentException(
          String.format("Estimate.best (%d) must not exceed high (%d)", best, highEnd));
    }
    String shape = shapeRuleBrokenBy(qualifier, low, highEnd);
    if (shape != null) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate.qualifier (%s) requires %s; was %s", qualifier, shape, e.range()));
    }
    e.wording().ifPresent(w -> Checks.freeText("Estimate.wording", w));
    String words = EstimateText.wordingRuleBrokenBy(qualifier, low, best, highEnd, e.wording());
    if (words != null) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate.wording (%s) of %s %s requires %s",
              e.wording().map(Checks::quote).orElse("empty"), qualifier, e.range(), words));
    }
  }

  private static String shapeRuleBrokenBy(Qualifier qualifier, long low, long highEnd) {
    boolean bounded = highEnd != UNBOUNDED;
    switch (qualifier) {
      case EXACTLY:
        return bounded && low == highEnd ? null : "low == high";
      case ABOUT:
      case BETWEEN:
        return bounded && low < highEnd ? null : "a bounded range with low < high";
      case UP_TO:
        return bounded && low == 0 && highEnd > 0 ? null : "low == 0 < high";
      case MORE_THAN:
        return !bounded && low >= 1 ? null : "no upper bound and low >= 1";
      case AT_LEAST:
        return !bounded ? null : "no upper bound";
      case NEARLY:
      case VAGUE:
        return bounded ? null : "a bounded range";
      case FEWER_THAN:
        return bounded && low == 0 ? null : "a bounded range with low == 0";
    }
    throw new AssertionError(qualifier);
  }

  static Qualifier qualifierFor(long low, long best, long high, boolean about) {
    if (low == high) {
      return Qualifier.EXACTLY;
    } else if (low == 0 && best == high) {
      return Qualifier.UP_TO;
    } else if ((about || (low < best && best < high && best != LongMath.mean(low, high)))
        && withinStandardAbout(low, best, high)) {
      // a best value strictly inside, off the midpoint, is what "about" says, while the range is
      // no wider than "about" reads: otherwise its text would not read back
      return Qualifier.ABOUT;
    }
    return Qualifier.BETWEEN;
  }

  private static boolean withinStandardAbout(long low, long best, long high) {
    long margin = AboutPolicy.standard().marginFor(best);
    return low >= best - margin && high - best <= margin;
  }

  static Estimate derived(Estimate one, Estimate other, long low, long best, long high) {
    // adding or taking away nothing changes nothing, not even the words a source used
    if (isZero(other) && same(one, low, best, high)) {
      return one;
    }
    if (isZero(one) && same(other, low, best, high)) {
      return other;
    }
    boolean fromMoreThan =
        one.qualifier() == Qualifier.MORE_THAN || other.qualifier() == Qualifier.MORE_THAN;
    boolean fromAbout = one.qualifier() == Qualifier.ABOUT || other.qualifier() == Qualifier.ABOUT;
    Qualifier qualifier;
    if (high == UNBOUNDED) {
      qualifier = fromMoreThan && low >= 1 ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
    } else {
      qualifier = qualifierFor(low, best, high, fromAbout);
    }
    return Estimate.create(qualifier, low, best, high, null);
  }

  /**
   * What a set operation gives: when its range and best value are those of one operand alone, that
   * operand, words and all, so that the envelope or consensus of "26,121" and "about 26,000" still
   * says "26,121" as its source printed it; otherwise {@link #derived}. When both operands have
   * those numbers but other words, neither's words are kept, so that the operation stays
   * commutative.
   */
  static Estimate kept(Estimate one, Estimate other, long low, long best, long high) {
    boolean mine = same(one, low, best, high);
    boolean theirs = same(other, low, best, high);
    if (mine && (!theirs || one.equals(other))) {
      return one;
    }
    if (theirs && !mine) {
      return other;
    }
    return derived(one, other, low, best, high);
  }

  /** Nothing, as {@code exactly(0)} says it: no words of a source's. */
  private static boolean isZero(Estimate e) {
    return e.qualifier() == Qualifier.EXACTLY && e.low() == 0 && e.wording().isEmpty();
  }

  private static boolean same(Estimate e, long low, long best, long high) {
    return e.low() == low
        && e.best() == best
        && (e.hasUpperBound() ? e.high() == high : high == UNBOUNDED);
  }

  /** The policy's margin for {@code figure}, refused when negative. */
  static long marginOf(AboutPolicy policy, long figure) {
    long margin = policy.marginFor(figure);
    if (margin < 0) {
      throw new IllegalArgumentException(
          String.format(
              "AboutPolicy margin (%d) for best (%d) must not be negative; policy: %s",
              margin, figure, policy));
    }
    return margin;
  }

  /** {@link Estimate#toDerivedString(AboutPolicy)}: "about" within the policy, else "between". */
  static String derivedText(Estimate e, AboutPolicy policy) {
    if (e.qualifier() != Qualifier.ABOUT && e.qualifier() != Qualifier.BETWEEN) {
      return e.toString();
    }
    long high = e.high();
    long margin = policy.marginFor(e.best());
    boolean within = e.best() - e.low() <= margin && high - e.best() <= margin;
    if (within && e.qualifier() == Qualifier.ABOUT) {
      return e.toString();
    }
    if (within && e.low() < e.best() && e.best() < high) {
      // arithmetic words a range wider than the standard policy "between": a wider one says about
      return Estimate.create(Qualifier.ABOUT, e.low(), e.best(), high, null).toString();
    }
    return String.format(Locale.ROOT, "between %,d and %,d (best %,d)", e.low(), high, e.best());
  }

  /** {@link Estimate#intersection(Estimate)} of two estimates known to overlap. */
  static Estimate intersection(Estimate one, Estimate other) {
    long low = maxLow(one, other);
    long highForClamp = minHigh(one, other);
    long best = Math.min(Math.max(LongMath.mean(one.best(), other.best()), low), highForClamp);
    long high = one.hasUpperBound() || other.hasUpperBound() ? highForClamp : UNBOUNDED;
    return kept(one, other, low, best, high);
  }

  /** {@link Estimate#span(Estimate)}. */
  static Estimate span(Estimate one, Estimate other) {
    long high =
        one.hasUpperBound() && other.hasUpperBound()
            ? Math.max(one.highEnd(), other.highEnd())
            : UNBOUNDED;
    return kept(
        one,
        other,
        Math.min(one.low(), other.low()),
        LongMath.mean(one.best(), other.best()),
        high);
  }

  /** The larger low end of the two. */
  static long maxLow(Estimate one, Estimate other) {
    return Math.max(one.low(), other.low());
  }

  /** The smaller high end of the two, {@code Long.MAX_VALUE} standing for unbounded. */
  static long minHigh(Estimate one, Estimate other) {
    long mine = one.hasUpperBound() ? one.highEnd() : Long.MAX_VALUE;
    long theirs = other.hasUpperBound() ? other.highEnd() : Long.MAX_VALUE;
    return Math.min(mine, theirs);
  }

  /** {@link Estimate#plus(Estimate)}. */
  static Estimate sum(Estimate one, Estimate other) {
    // each value is at most MAX_COUNT, so these sums cannot overflow a long
    long low = one.low() + other.low();
    long best = one.best() + other.best();
    long high =
        one.hasUpperBound() && other.hasUpperBound() ? one.highEnd() + other.highEnd() : UNBOUNDED;
    if (Math.max(Math.max(low, best), high) > Estimate.MAX_COUNT) {
      throw new ArithmeticException(
          String.format(
              "Estimate.plus: %s plus %s (%s) must not exceed the largest count,"
                  + " Estimate.MAX_COUNT (%s)",
              one,
              other,
              high > Estimate.MAX_COUNT
                  ? "high end " + EstimateText.grouped(high)
                  : "best value " + EstimateText.grouped(best),
              EstimateText.grouped(Estimate.MAX_COUNT)));
    }
    return derived(one, other, low, best, high);
  }

  /** Refuses a count below zero or above {@link Estimate#MAX_COUNT}, naming field, value, bound. */
  static void checkCount(String field, long value) {
    Checks.nonNegative(field, value);
    if (value > Estimate.MAX_COUNT) {
      throw new IllegalArgumentException(
          String.format(
              "%s (%s) must not exceed the largest count, Estimate.MAX_COUNT (%s)",
              field, EstimateText.grouped(value), EstimateText.grouped(Estimate.MAX_COUNT)));
    }
  }
}
