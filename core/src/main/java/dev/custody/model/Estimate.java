package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;
import static dev.custody.model.EstimateText.grouped;

import com.google.common.math.LongMath;
import dev.custody.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A count of people that is rarely known exactly: a lowest plausible value, a best value and a
 * highest plausible value, with the wording it was reported in.
 *
 * <p>The invariants are {@code 0 <= low <= best <= high}; the high end may be unbounded, as in
 * "over 1,000". An unbounded high end is a state with a name ({@link #hasUpperBound()}), never a
 * magic number: {@link #high()} throws when there is none, like Guava's {@code
 * Range.upperEndpoint()}. An estimate whose range is {@code 0..unbounded} {@linkplain #isUnknown()
 * is unknown}.
 *
 * <p>Factories read like reporting: {@link #exactly(long) exactly(150)}, {@link #about(long)
 * about(9_000)}, {@link #moreThan(long) moreThan(1_000)}, {@link #atLeast(long) atLeast(1_000)},
 * {@link #upTo(long) upTo(200)}, {@link #between(long, long) between(100, 200)}. The wording is
 * kept as the {@link Qualifier}, so that {@link #toString()} says what a reader would say ("about
 * 9,000 (8,550-9,450)", "over 1,000") and {@link #parse(CharSequence)} reads it back.
 *
 * <p>Arithmetic is interval arithmetic and returns new values: {@link #plus(Estimate)}, {@link
 * #minus(Estimate)} (clipped at zero, which {@link #clipsAtZero(Estimate)} reports), {@link
 * #shareOf(Estimate)}. Set operations follow Guava's {@code Range}: {@link #intersection(Estimate)}
 * (throws when the ranges are disjoint), {@link #span(Estimate)} (never throws), {@link
 * #contains(long)} and {@link #encloses(Estimate)}; {@link #overlaps(Estimate)} is Range's {@code
 * isConnected} for ranges of whole people, where touching ends share a count.
 *
 * <p><b>The largest count.</b> No count exceeds {@link #MAX_COUNT}, 10<sup>15</sup>: a million
 * times the people on Earth, so no real figure comes near it, and small enough that no sum of two
 * counts, nor of the counts of a ledger of fewer than 9,000 accounts, can overflow a {@code long}.
 * A factory given a larger count (or whose range would reach past it, as {@code moreThan} of the
 * bound itself) throws an {@link IllegalArgumentException} naming the value and the bound, as in
 * {@code Estimate.low (9,223,372,036,854,775,807) must not exceed the largest count,
 * Estimate.MAX_COUNT (1,000,000,000,000,000)}; arithmetic whose result would pass it ({@link
 * #plus(Estimate)}, the high end of {@link #about(long, AboutPolicy)}) throws an {@link
 * ArithmeticException} naming the operands and the bound. Neither ever wraps around or says only
 * "long overflow".
 *
 * <p>Equality, as in Joda-Money's {@code Money}, compares everything including the wording: {@code
 * moreThan(1_000)} and {@code atLeast(1_001)} denote the same range but are not {@code equals};
 * {@link #isEqual(Estimate)} compares the numbers alone.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class Estimate {

  /**
   * How a figure was worded, which decides how {@link Estimate#toString()} prints it. Each
   * qualifier constrains the shape of the range; the constraints are checked at construction.
   */
  public enum Qualifier {
    /** A precise count: {@code low == best == high}. Printed "exactly 150". */
    EXACTLY,
    /** A rough figure: a best value within a bounded range. Printed "about 9,000 (8,550-9,450)". */
    ABOUT,
    /** Strictly more than a figure, with no upper bound; {@code low >= 1}. Printed "over 1,000". */
    MORE_THAN,
    /** A figure or more, with no upper bound. Printed "at least 1,000". */
    AT_LEAST,
    /** At most a figure, possibly none: {@code low == 0}. Printed "up to 200". */
    UP_TO,
    /** Somewhere in a bounded range. Printed "between 100 and 200". */
    BETWEEN,
    /**
     * Below a figure, and close to it: "nearly 5,000" or "almost 5,000", whose range comes from the
     * about policy's margin below the figure. The {@linkplain Estimate#wording() wording} is kept
     * and states the figure, which lies above the high end. Printed "nearly 5,000 (4,750-4,999)".
     */
    NEARLY,
    /** Fewer than a figure, possibly none: {@code low == 0}. Printed "fewer than 100". */
    FEWER_THAN,
    /**
     * A vague quantifier, "dozens" or "a few hundred", whose range comes from a {@link
     * VaguePolicy}; the quantifier is the {@linkplain Estimate#wording() wording}. Printed "dozens
     * (24-99)".
     */
    VAGUE
  }

  /**
   * The largest count an estimate may hold, 10<sup>15</sup> (1,000,000,000,000,000): every low,
   * best and high value lies from zero to it. See the class documentation for why.
   */
  public static final long MAX_COUNT = 1_000_000_000_000_000L;

  /** The internal encoding of an unbounded high end; never returned by a public method. */
  private static final long UNBOUNDED = -1;

  Estimate() {}

  // ----------------------------------------------------------------------------------------
  // factories

  /**
   * Obtains an estimate of exactly {@code count} people.
   *
   * @param count the count, zero or more
   * @return the estimate {@code [count, count, count]}, worded {@link Qualifier#EXACTLY}
   * @throws IllegalArgumentException if {@code count} is negative or exceeds {@link #MAX_COUNT}
   */
  public static Estimate exactly(long count) {
    return create(Qualifier.EXACTLY, count, count, count);
  }

  /**
   * Obtains an estimate of about {@code best} people, as wide as the {@linkplain
   * AboutPolicy#standard() standard policy} says: five percent either side, rounded outward.
   *
   * <p>{@code about(9_000)} is 8,550-9,450 and {@code about(150)} is 142-158. When the margin is
   * zero (as for {@code about(0)}), the result is {@link #exactly(long) exactly} {@code best}.
   *
   * @param best the reported figure, zero or more
   * @return the estimate
   * @throws IllegalArgumentException if {@code best} is negative or exceeds {@link #MAX_COUNT}
   * @throws ArithmeticException if the high end, {@code best + margin}, would exceed {@link
   *     #MAX_COUNT}
   */
  public static Estimate about(long best) {
    return about(best, AboutPolicy.standard());
  }

  /**
   * Obtains an estimate of about {@code best} people, as wide as {@code policy} says.
   *
   * <p>The range is {@code max(0, best - margin)} to {@code best + margin}, where {@code margin =
   * policy.marginFor(best)}. When the margin is zero, the result is {@link #exactly(long) exactly}
   * {@code best}.
   *
   * @param best the reported figure, zero or more
   * @param policy how wide "about" is
   * @return the estimate
   * @throws IllegalArgumentException if {@code best} is negative or exceeds {@link #MAX_COUNT}, or
   *     the policy returns a negative margin
   * @throws ArithmeticException if the high end, {@code best + margin}, would exceed {@link
   *     #MAX_COUNT}, naming the best value, the margin and the policy
   */
  public static Estimate about(long best, AboutPolicy policy) {
    checkNotNull(policy, "policy");
    EstimateShape.checkCount("Estimate.best", best);
    long margin = EstimateShape.marginOf(policy, best);
    if (margin == 0) {
      return exactly(best);
    }
    if (margin > MAX_COUNT - best) {
      throw new ArithmeticException(
          String.format(
              "Estimate.about high (best %s plus margin %s) must not exceed the largest count,"
                  + " Estimate.MAX_COUNT (%s); policy: %s",
              grouped(best), grouped(margin), grouped(MAX_COUNT), policy));
    }
    return create(Qualifier.ABOUT, Math.max(0, best - margin), best, best + margin);
  }

  /**
   * Obtains an estimate of strictly more than {@code count} people, with no upper bound, as in
   * "over 1,000". The low and best values are {@code count + 1}.
   *
   * @param count the figure that is exceeded, zero or more
   * @return the estimate {@code [count + 1, count + 1, unbounded]}
   * @throws IllegalArgumentException if {@code count} is negative, or not less than {@link
   *     #MAX_COUNT}, since the low end {@code count + 1} would pass it
   */
  public static Estimate moreThan(long count) {
    Checks.nonNegative("Estimate.moreThan count", count);
    if (count >= MAX_COUNT) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate.moreThan count (%s) must be less than the largest count,"
                  + " Estimate.MAX_COUNT (%s)",
              grouped(count), grouped(MAX_COUNT)));
    }
    long low = count + 1;
    return create(Qualifier.MORE_THAN, low, low, UNBOUNDED);
  }

  /**
   * Obtains an estimate of {@code count} people or more, with no upper bound.
   *
   * @param count the lowest plausible count, zero or more
   * @return the estimate {@code [count, count, unbounded]}
   * @throws IllegalArgumentException if {@code count} is negative or exceeds {@link #MAX_COUNT}
   */
  public static Estimate atLeast(long count) {
    return create(Qualifier.AT_LEAST, count, count, UNBOUNDED);
  }

  /**
   * Obtains an estimate of at most {@code count} people, possibly none, as in "as many as 200". The
   * best value is {@code count}, the figure that was reported.
   *
   * @param count the highest plausible count, zero or more
   * @return the estimate {@code [0, count, count]}, or {@code exactly(0)} when {@code count} is
   *     zero
   * @throws IllegalArgumentException if {@code count} is negative or exceeds {@link #MAX_COUNT}
   */
  public static Estimate upTo(long count) {
    Checks.nonNegative("Estimate.upTo count", count);
    return count == 0 ? exactly(0) : create(Qualifier.UP_TO, 0, count, count);
  }

  /**
   * Obtains an estimate somewhere from {@code low} to {@code high} people, both inclusive. The best
   * value is the midpoint, rounded down; {@link #withBest(long)} sets another.
   *
   * @param low the lowest plausible count, zero or more
   * @param high the highest plausible count, {@code low} or more
   * @return the estimate, or {@code exactly(low)} when {@code low == high}
   * @throws IllegalArgumentException if {@code low} is negative or exceeds {@code high}, or {@code
   *     high} exceeds {@link #MAX_COUNT}
   */
  public static Estimate between(long low, long high) {
    Checks.nonNegative("Estimate.low", low);
    if (low > high) {
      throw new IllegalArgumentException(
          String.format("Estimate.low (%d) must not exceed high (%d)", low, high));
    }
    return low == high
        ? exactly(low)
        : create(Qualifier.BETWEEN, low, LongMath.mean(low, high), high);
  }

  /**
   * Obtains the estimate of a count nobody has given: {@code 0..unbounded}, best 0.
   *
   * @return the unknown estimate, printed "unknown"
   */
  public static Estimate unknown() {
    return atLeast(0);
  }

  /**
   * Obtains a bounded estimate from its three values, worded by its shape: exactly when the range
   * is a point, up to when it starts at zero and the best value is its top, about when the best
   * value lies strictly inside and the range within the {@linkplain AboutPolicy#standard() standard
   * about policy} around it (even at the midpoint: {@code of(142, 150, 158)} is about 150
   * (142-158), not {@code between(142, 158)}), and between otherwise, with its best value ({@code
   * of(100, 150, 200)} is "between 100 and 200 (best 150)": "between 100 and 200" would claim a
   * precision the range does not have, and would not read back).
   *
   * @param low the lowest plausible count, zero or more
   * @param best the best value, from {@code low} to {@code high}
   * @param high the highest plausible count
   * @return the estimate
   * @throws IllegalArgumentException if {@code low} is negative, {@code high} exceeds {@link
   *     #MAX_COUNT}, or {@code low <= best <= high} does not hold
   */
  public static Estimate of(long low, long best, long high) {
    Checks.nonNegative("Estimate.high", high);
    return create(
        EstimateShape.qualifierFor(low, best, high, low < best && best < high), low, best, high);
  }

  /**
   * Obtains an estimate of fewer than {@code figure} people, possibly none, as in "fewer than 100":
   * the range {@code 0..figure - 1}, best {@code figure - 1}.
   *
   * @param figure the figure that is not reached, 1 or more
   * @return the estimate, worded {@link Qualifier#FEWER_THAN}
   * @throws IllegalArgumentException if {@code figure} is below 1 or exceeds {@link #MAX_COUNT}
   */
  public static Estimate fewerThan(long figure) {
    EstimateShape.checkCount("Estimate.fewerThan figure", figure);
    if (figure < 1) {
      throw new IllegalArgumentException(
          String.format("Estimate.fewerThan figure (%d) must be at least 1", figure));
    }
    return create(Qualifier.FEWER_THAN, 0, figure - 1, figure - 1, null);
  }

  /**
   * Obtains an estimate of nearly {@code figure} people under the {@linkplain
   * AboutPolicy#standard() standard about policy}: below the figure by at most its margin. {@code
   * nearly(5_000)} is 4,750 to 4,999, best 4,999, printed "nearly 5,000 (4,750-4,999)".
   *
   * @param figure the figure that is nearly reached, 1 or more
   * @return the estimate, worded {@link Qualifier#NEARLY}
   * @throws IllegalArgumentException if {@code figure} is below 1 or exceeds {@link #MAX_COUNT}
   */
  public static Estimate nearly(long figure) {
    return nearly(figure, AboutPolicy.standard());
  }

  /**
   * Obtains an estimate of nearly {@code figure} people: from {@code figure - margin} (but not
   * below zero) to {@code figure - 1}, best {@code figure - 1}, where {@code margin =
   * policy.marginFor(figure)}; a margin of zero gives {@code figure - 1} alone.
   *
   * @param figure the figure that is nearly reached, 1 or more
   * @param policy how far below the figure "nearly" reaches
   * @return the estimate, worded {@link Qualifier#NEARLY} "nearly" and the figure
   * @throws IllegalArgumentException if {@code figure} is below 1 or exceeds {@link #MAX_COUNT}, or
   *     the policy returns a negative margin
   */
  public static Estimate nearly(long figure, AboutPolicy policy) {
    checkNotNull(policy, "policy");
    EstimateShape.checkCount("Estimate.nearly figure", figure);
    if (figure < 1) {
      throw new IllegalArgumentException(
          String.format("Estimate.nearly figure (%d) must be at least 1", figure));
    }
    long margin = EstimateShape.marginOf(policy, figure);
    long low = Math.min(figure - 1, Math.max(0, figure - margin));
    return create(Qualifier.NEARLY, low, figure - 1, figure - 1, "nearly " + grouped(figure));
  }

  /**
   * Obtains the estimate a vague quantifier stands for under the {@linkplain VaguePolicy#standard()
   * standard vague policy}: {@code vague("dozens")} is 24 to 99, printed "dozens (24-99)".
   *
   * @param quantifier one of {@link VaguePolicy#quantifiers()}, such as "a few hundred"
   * @return the estimate, worded {@link Qualifier#VAGUE} with the quantifier
   * @throws IllegalArgumentException if {@code quantifier} is not one of the grammar's
   */
  public static Estimate vague(String quantifier) {
    return vague(quantifier, VaguePolicy.standard());
  }

  /**
   * Obtains the estimate a vague quantifier stands for under {@code policy}: its range, with the
   * middle of the range (rounded down) as the best value, and the quantifier as the wording.
   *
   * @param quantifier one of {@link VaguePolicy#quantifiers()}
   * @param policy how many each quantifier means
   * @return the estimate, worded {@link Qualifier#VAGUE}
   * @throws IllegalArgumentException if {@code quantifier} is not one of the grammar's
   */
  public static Estimate vague(String quantifier, VaguePolicy policy) {
    checkNotNull(policy, "policy");
    Estimate range = policy.rangeFor(checkNotNull(quantifier, "quantifier"));
    return create(
        Qualifier.VAGUE,
        range.low(),
        LongMath.mean(range.low(), range.high()),
        range.high(),
        quantifier);
  }

  /**
   * Obtains an estimate from its text, the inverse of {@link #toString()}, reading "about" by the
   * {@linkplain AboutPolicy#standard() standard about policy} and vague quantifiers by the
   * {@linkplain VaguePolicy#standard() standard vague policy}. See {@link #parse(CharSequence,
   * AboutPolicy, VaguePolicy)}.
   *
   * @param text the text to parse
   * @return the estimate
   * @throws IllegalArgumentException as {@link #parse(CharSequence, AboutPolicy, VaguePolicy)}
   */
  public static Estimate parse(CharSequence text) {
    return parse(text, AboutPolicy.standard(), VaguePolicy.standard());
  }

  /**
   * Obtains an estimate from its text, reading "about", "roughly", "nearly" and their kin by {@code
   * about} and vague quantifiers by the {@linkplain VaguePolicy#standard() standard vague policy}.
   *
   * @param text the text to parse
   * @param about how wide "about" is
   * @return the estimate
   * @throws IllegalArgumentException as {@link #parse(CharSequence, AboutPolicy, VaguePolicy)}
   */
  public static Estimate parse(CharSequence text, AboutPolicy about) {
    return parse(text, about, VaguePolicy.standard());
  }

  /**
   * Obtains an estimate from its text, reading vague quantifiers by {@code vague} and "about" by
   * the {@linkplain AboutPolicy#standard() standard about policy}.
   *
   * @param text the text to parse
   * @param vague how many each vague quantifier means
   * @return the estimate
   * @throws IllegalArgumentException as {@link #parse(CharSequence, AboutPolicy, VaguePolicy)}
   */
  public static Estimate parse(CharSequence text, VaguePolicy vague) {
    return parse(text, AboutPolicy.standard(), vague);
  }

  /**
   * Obtains an estimate from its text as a source worded it, or as {@link #toString()} printed it.
   *
   * <p>The forms, with numbers written with or without thousands separators:
   *
   * <ul>
   *   <li>a bare number, "785", or a small one in words, "three", "none": exactly that, worded as
   *       printed; "exactly 150";
   *   <li>a bare number with the range it stands for written after it, "1,500 (1,450-1,549)": a
   *       figure printed bare read as rounded, about that many, the number kept as printed; the
   *       range must hold it and lie within {@code about}'s range or within the counts that round
   *       to it at its last digit that is not zero, "500 (450-549)";
   *   <li>"about 150" ("approximately", "roughly", "around", "some", "close to"), a round count in
   *       words, "two dozen", "five hundred": the range {@code about} gives the figure, words kept;
   *   <li>"nearly 5,000", "almost 5,000": below the figure, by at most {@code about}'s margin;
   *   <li>the quantifiers of {@link VaguePolicy}, "dozens", "a few hundred", "a handful": the range
   *       {@code vague} gives the quantifier, the words kept;
   *   <li>"fewer than 100" ("under", "less than"); "up to 200" ("as many as", "at most", "no more
   *       than"); "over 1,000" ("more than"); "at least 1,000" ("no fewer than", "1,000 or more";
   *       "some" alone is at least one); "between 100 and 200"; "3,000 to 3,500", "60-90" or "from
   *       300 to 850", between its ends; "about 700-850" or "around 60 to 90", each end widened by
   *       {@code about}'s margin; "unknown".
   * </ul>
   *
   * <p>A count may be written in words wherever one may be in digits ("more than a dozen", "nearly
   * fifty"). The text is read in lower case, as a quote reads mid-sentence; a capitalised one is
   * refused with the words to write.
   *
   * <p>The "about" and "nearly" forms and the quantifiers may be followed by a written range,
   * "about 9,000 (8,550-9,450)", "dozens (30-60)": it must lie within the range the policy gives
   * those words, or the text is refused with a message that states the policy, the range it allows
   * and what to write instead ("between 50 and 300 (best 100)" for a range wider than "about 100"
   * allows). Every form but "exactly", a bare number and "about" with a number in digits may end
   * with {@code " (best N)"} to give a best value other than the one the wording implies. Every
   * example an error message offers parses under the same policies.
   *
   * @param text the text to parse
   * @param about how wide "about" (and "roughly", "nearly" and their kin) is
   * @param vague how many each vague quantifier means
   * @return the estimate
   * @throws IllegalArgumentException if the text has none of these forms (the message shows the
   *     text with its control and invisible characters escaped, and the forms under these
   *     policies), its written range does not lie within the policy, or its numbers break an
   *     invariant or exceed {@link #MAX_COUNT}
   */
  public static Estimate parse(CharSequence text, AboutPolicy about, VaguePolicy vague) {
    return EstimateText.parse(text, about, vague);
  }

  private static Estimate create(Qualifier qualifier, long low, long best, long high) {
    return ImmutableEstimate.of(qualifier, low, best, high);
  }

  /** Creates an estimate that keeps {@code wording} (null: none); the checks run as for any. */
  static Estimate create(Qualifier qualifier, long low, long best, long high, String wording) {
    if (wording == null) {
      // the sums of every replay land here: no builder to fill and throw away
      return ImmutableEstimate.of(qualifier, low, best, high);
    }
    return ImmutableEstimate.builder()
        .qualifier(qualifier)
        .low(low)
        .best(best)
        .highEnd(high)
        .wording(Optional.ofNullable(wording))
        .build();
  }

  // ----------------------------------------------------------------------------------------
  // attributes and invariants

  /**
   * Returns how the figure is worded.
   *
   * @return the qualifier
   */
  @Value.Parameter(order = 0)
  public abstract Qualifier qualifier();

  /**
   * Returns the lowest plausible count.
   *
   * @return the low end, zero or more
   */
  @Value.Parameter(order = 1)
  public abstract long low();

  /**
   * Returns the best single value: the figure that was reported, or the one the arithmetic carried
   * through.
   *
   * @return the best value, from {@link #low()} to the high end
   */
  @Value.Parameter(order = 2)
  public abstract long best();

  /** The high end, or {@link #UNBOUNDED}; read through {@link #high()}. */
  @Value.Parameter(order = 3)
  abstract long highEnd();

  /**
   * Returns the words as the source printed them, when the {@linkplain #qualifier() qualifier}'s
   * own words do not say them: "785" or "three" for a bare count, "roughly 150", "two dozen" for an
   * about figure, "nearly 5,000" (always kept), "as many as 200", "less than 50", "no fewer than
   * 300", and the vague quantifier itself ("dozens", always kept). Digits are grouped by thousands.
   *
   * @return the wording, or empty when the qualifier's own words say it all
   */
  public abstract Optional<String> wording();

  @Value.Check
  final void check() {
    EstimateShape.check(this, qualifier(), low(), best(), highEnd());
  }

  // ----------------------------------------------------------------------------------------
  // queries

  /**
   * Checks if the estimate has a high end; "over 1,000" has none.
   *
   * @return true if {@link #high()} may be called
   */
  public final boolean hasUpperBound() {
    return highEnd() != UNBOUNDED;
  }

  /**
   * Returns the highest plausible count.
   *
   * @return the high end, {@link #best()} or more
   * @throws IllegalStateException if the estimate {@linkplain #hasUpperBound() has no upper bound}
   */
  public final long high() {
    if (!hasUpperBound()) {
      throw new IllegalStateException(
          String.format("Estimate (%s) has no upper bound; check hasUpperBound() first", this));
    }
    return highEnd();
  }

  /**
   * Checks if nothing is known: the range is {@code 0..unbounded}.
   *
   * @return true if the estimate excludes no count at all
   */
  public final boolean isUnknown() {
    return low() == 0 && !hasUpperBound();
  }

  /**
   * Checks if the estimate is a single count.
   *
   * @return true if {@code low == high}
   */
  public final boolean isExact() {
    return hasUpperBound() && low() == highEnd();
  }

  /**
   * Checks if {@code count} lies in the range.
   *
   * @param count the count to test
   * @return true if {@code low <= count <= high}
   */
  public final boolean contains(long count) {
    return low() <= count && (!hasUpperBound() || count <= highEnd());
  }

  /**
   * Checks if every count in {@code other}'s range lies in this one.
   *
   * @param other the estimate to test
   * @return true if this range encloses the other's; reflexive
   */
  public final boolean encloses(Estimate other) {
    checkNotNull(other, "other");
    return low() <= other.low()
        && (!hasUpperBound() || (other.hasUpperBound() && other.highEnd() <= highEnd()));
  }

  /**
   * Checks if some count lies in both ranges: the two figures can both be true.
   *
   * <p>Symmetric: {@code a.overlaps(b) == b.overlaps(a)}. {@code about(150)} (142-158) overlaps
   * {@code upTo(200)}; {@code moreThan(1_000)} does not.
   *
   * @param other the other estimate
   * @return true if the ranges share at least one count
   */
  public final boolean overlaps(Estimate other) {
    checkNotNull(other, "other");
    return EstimateShape.maxLow(this, other) <= EstimateShape.minHigh(this, other);
  }

  /**
   * Returns how far apart the two ranges are when they do not overlap: the lower range's high end
   * subtracted from the higher range's low end. {@code moreThan(1_000)} (1,001 and up) and {@code
   * upTo(200)} are 801 apart.
   *
   * @param other the other estimate
   * @return the gap, zero when the ranges overlap; never negative; symmetric
   */
  public final long distanceTo(Estimate other) {
    checkNotNull(other, "other");
    return overlaps(other)
        ? 0
        : EstimateShape.maxLow(this, other) - EstimateShape.minHigh(this, other);
  }

  /**
   * Checks if the two estimates have the same low, best and high values, whatever their wording.
   * {@code moreThan(1_000).isEqual(atLeast(1_001))} is true, though they are not {@code equals}.
   *
   * @param other the other estimate
   * @return true if the numbers are the same
   */
  public final boolean isEqual(Estimate other) {
    checkNotNull(other, "other");
    return low() == other.low() && best() == other.best() && highEnd() == other.highEnd();
  }

  // ----------------------------------------------------------------------------------------
  // copies and arithmetic

  /**
   * Returns a copy with another best value, keeping the range and the wording, with one exception:
   * "about" printed with its best value up front ("about 150 (142-158)") stays "about" only while
   * the range lies within the standard about policy around the new best, as {@link #of(long, long,
   * long)} words it; otherwise the copy is worded by its shape ({@code about(150).withBest(142)} is
   * "between 142 and 158 (best 142)").
   *
   * @param best the new best value, within the range
   * @return the copy, or this estimate when {@code best} is its best value
   * @throws IllegalArgumentException if {@code best} lies outside the range
   */
  public final Estimate withBest(long best) {
    if (!contains(best)) {
      throw new IllegalArgumentException(
          String.format("Estimate.best (%d) must lie in the range %s", best, range()));
    }
    if (best == best()) {
      return this;
    }
    if (qualifier() == Qualifier.ABOUT && wording().isEmpty()) {
      return create(
          EstimateShape.qualifierFor(low(), best, highEnd(), true), low(), best, highEnd());
    }
    return create(qualifier(), low(), best, highEnd(), wording().orElse(null));
  }

  /**
   * Returns the sum of the two estimates: every count {@code x + y} with {@code x} in this range
   * and {@code y} in the other lies in the result.
   *
   * <p>Lows, bests and highs add; the result is unbounded when either is. Commutative and
   * associative, with {@code exactly(0)} as identity, wording included.
   *
   * @param other the estimate to add
   * @return the sum, worded by its shape
   * @throws ArithmeticException if the sum of the low, best or high values exceeds {@link
   *     #MAX_COUNT}, naming both estimates and the bound
   */
  public final Estimate plus(Estimate other) {
    checkNotNull(other, "other");
    return EstimateShape.sum(this, other);
  }

  /**
   * Returns the difference, clipped at zero: for every {@code x} in this range and {@code y} in the
   * other, {@code max(0, x - y)} lies in the result.
   *
   * <p>The low end is {@code max(0, low - other.high)} (zero when the other is unbounded), the best
   * {@code max(0, best - other.best)}, the high end {@code max(0, high - other.low)} (unbounded
   * when this is). Clipping hides that the subtrahend may exceed this estimate: {@link
   * #clipsAtZero(Estimate)} says whether it did. {@code about(150).minus(exactly(81))} is about 69
   * (61-77); {@code upTo(200).minus(exactly(81))} is up to 119, clipped.
   *
   * @param other the estimate to subtract
   * @return the difference, worded by its shape
   */
  public final Estimate minus(Estimate other) {
    checkNotNull(other, "other");
    long low = other.hasUpperBound() ? Math.max(0, low() - other.highEnd()) : 0;
    long best = Math.max(0, best() - other.best());
    long high = hasUpperBound() ? Math.max(0, highEnd() - other.low()) : UNBOUNDED;
    return EstimateShape.derived(this, other, low, best, high);
  }

  /**
   * Checks if {@link #minus(Estimate) subtracting} {@code other} clips at zero: some count in its
   * range exceeds some count in this one, so the unclipped difference could be negative.
   *
   * @param other the estimate that would be subtracted
   * @return true if {@code other}'s high end (or its unbounded end) exceeds this low end
   */
  public final boolean clipsAtZero(Estimate other) {
    checkNotNull(other, "other");
    return !other.hasUpperBound() || other.highEnd() > low();
  }

  /**
   * Returns {@link #toDerivedString(AboutPolicy)} under the {@linkplain AboutPolicy#standard()
   * standard} policy.
   *
   * @return the text, never empty
   */
  public final String toDerivedString() {
    return toDerivedString(AboutPolicy.standard());
  }

  /**
   * Returns the estimate worded as a figure derived by arithmetic (a remainder, a sum, a balance
   * carried forward): "about" only while the range stays within what {@code policy} calls about its
   * best value, "between lo and hi (best b)" otherwise, and as {@link #toString()} says it in every
   * other shape.
   *
   * <p>{@code about(150).minus(exactly(81))}, 61-77 around 69, is wider than about 69 (65-73): it
   * reads "between 61 and 77 (best 69)". {@link #parse(CharSequence)} reads the text back.
   *
   * @param policy how wide "about" may be
   * @return the text, never empty
   */
  public final String toDerivedString(AboutPolicy policy) {
    checkNotNull(policy, "policy");
    return EstimateShape.derivedText(this, policy);
  }

  /**
   * Returns this estimate as a share of {@code whole}: the fraction {@code x / y} for {@code x} in
   * this range and {@code y} in the whole's range.
   *
   * <p>The best share is {@code best / whole.best}; the low {@code low / whole.high} (zero when the
   * whole is unbounded); the high {@code high / whole.low}, unbounded when this is unbounded or the
   * whole may be zero (unless this is exactly zero, whose share is zero). {@code
   * exactly(7_000).shareOf(about(9_000))} is about 78% (74%-82%).
   *
   * @param whole the whole, whose best value must be positive
   * @return the share
   * @throws IllegalArgumentException if {@code whole.best()} is zero
   */
  public final Share shareOf(Estimate whole) {
    checkNotNull(whole, "whole");
    if (whole.best() == 0) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate.shareOf whole (%s) must have a positive best value to divide by", whole));
    }
    return Share.quotient(this, whole);
  }

  /**
   * Returns the counts that lie in both ranges: what two figures agree on.
   *
   * <p>The best value is the mean of the two best values (rounded down), moved into the common
   * range when it falls outside. Commutative; {@code a.intersection(a)} is {@code a} up to wording.
   *
   * @param other the other estimate
   * @return the intersection, in the words of the operand whose numbers it has, or by its shape
   * @throws IllegalArgumentException if the ranges do not {@linkplain #overlaps(Estimate) overlap},
   *     naming both
   */
  public final Estimate intersection(Estimate other) {
    checkNotNull(other, "other");
    if (!overlaps(other)) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate (%s) and (%s) have no count in common: they are %d apart",
              this, other, distanceTo(other)));
    }
    return EstimateShape.intersection(this, other);
  }

  /**
   * Returns the smallest estimate whose range encloses both: what either figure allows.
   *
   * <p>The best value is the mean of the two best values, rounded down. Commutative and never
   * throws, like Guava's {@code Range.span}.
   *
   * @param other the other estimate
   * @return the span, in the words of the operand whose numbers it has, or worded by its shape
   */
  public final Estimate span(Estimate other) {
    checkNotNull(other, "other");
    return EstimateShape.span(this, other);
  }

  // ----------------------------------------------------------------------------------------
  // text

  String range() {
    return low() + ".." + (hasUpperBound() ? String.valueOf(highEnd()) : "unbounded");
  }

  /**
   * Returns the estimate as a reader would say it, in one of the forms {@link #parse(CharSequence)}
   * reads: "exactly 150" or the bare number as printed ("785"), "about 9,000 (8,550-9,450)" (or
   * "roughly 150 (142-158)" with the words kept), "nearly 5,000 (4,750-4,999)", "dozens (24-99)",
   * "fewer than 100", "over 1,000", "at least 1,000", "up to 200" (or "as many as 200"), "between
   * 100 and 200" or "unknown", followed by " (best N)" when the best value is not the one the
   * wording implies (the figure of kept "about" words, the high end for "nearly", "fewer than" and
   * "up to", the low end for "over" and "at least", the midpoint for "between" and a quantifier).
   *
   * <p>The range of "about", "nearly" and a quantifier is printed, so that the text says the
   * numbers whatever policy made them; it reads back under that policy.
   *
   * @return the text, never empty
   */
  @Override
  public final String toString() {
    return EstimateText.format(this);
  }
}
