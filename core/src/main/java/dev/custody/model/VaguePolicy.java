package dev.custody.model;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * How many a vague quantifier means: the range of people that "dozens", "a few hundred" or
 * "thousands" stands for when a source gives no number.
 *
 * <p>Like the {@link AboutPolicy}, this is a choice of the caller, never global: {@link
 * Estimate#parse(CharSequence, AboutPolicy, VaguePolicy)} reads "dozens" as the range this policy
 * gives it, and keeps the word. The {@linkplain #standard() standard policy} reads each quantifier
 * as the smallest and largest counts its words allow:
 *
 * <table>
 *   <caption>The standard ranges</caption>
 *   <tr><th>quantifier</th><th>range</th></tr>
 *   <tr><td>dozens</td><td>24-99</td></tr>
 *   <tr><td>a few dozen</td><td>24-59</td></tr>
 *   <tr><td>several dozen</td><td>36-99</td></tr>
 *   <tr><td>hundreds</td><td>200-999</td></tr>
 *   <tr><td>a few hundred</td><td>200-499</td></tr>
 *   <tr><td>several hundred</td><td>300-999</td></tr>
 *   <tr><td>thousands</td><td>2,000-9,999</td></tr>
 *   <tr><td>a few thousand</td><td>2,000-4,999</td></tr>
 *   <tr><td>several thousand</td><td>3,000-9,999</td></tr>
 *   <tr><td>tens of thousands</td><td>20,000-99,999</td></tr>
 *   <tr><td>hundreds of thousands</td><td>200,000-999,999</td></tr>
 *   <tr><td>a few</td><td>2-9</td></tr>
 *   <tr><td>a handful</td><td>2-9</td></tr>
 *   <tr><td>several</td><td>3-9</td></tr>
 *   <tr><td>scores</td><td>40-199</td></tr>
 * </table>
 *
 * <p>Below a dozen the words stop where a source would say "a dozen" or "dozens"; "scores", two
 * score or more, stops where it would say "hundreds".
 *
 * <p>The quantifiers are the grammar's and fixed ({@link #quantifiers()}); their ranges are the
 * policy's. A project that reads "dozens" as up to 144 says {@code
 * VaguePolicy.standard().withRange("dozens", 24, 144)}. The best value of a vague figure is the
 * middle of its range, rounded down.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@CustodyStyle
public abstract class VaguePolicy {

  private static final ImmutableMap<String, Estimate> STANDARD_RANGES =
      ImmutableMap.<String, Estimate>builder()
          .put("dozens", Estimate.between(24, 99))
          .put("a few dozen", Estimate.between(24, 59))
          .put("several dozen", Estimate.between(36, 99))
          .put("hundreds", Estimate.between(200, 999))
          .put("a few hundred", Estimate.between(200, 499))
          .put("several hundred", Estimate.between(300, 999))
          .put("thousands", Estimate.between(2_000, 9_999))
          .put("a few thousand", Estimate.between(2_000, 4_999))
          .put("several thousand", Estimate.between(3_000, 9_999))
          .put("tens of thousands", Estimate.between(20_000, 99_999))
          .put("hundreds of thousands", Estimate.between(200_000, 999_999))
          .put("a few", Estimate.between(2, 9))
          .put("a handful", Estimate.between(2, 9))
          .put("several", Estimate.between(3, 9))
          .put("scores", Estimate.between(40, 199))
          .buildOrThrow();

  private static final VaguePolicy STANDARD = ImmutableVaguePolicy.of(STANDARD_RANGES);

  VaguePolicy() {}

  /**
   * Obtains the standard policy, whose ranges the class documentation lists.
   *
   * @return the standard policy, always the same instance
   */
  public static VaguePolicy standard() {
    return STANDARD;
  }

  /**
   * Returns the vague quantifiers the estimate grammar reads, in the order of the class
   * documentation.
   *
   * @return the quantifiers, such as "dozens" and "a few hundred"
   */
  public static ImmutableList<String> quantifiers() {
    return STANDARD_RANGES.keySet().asList();
  }

  /**
   * Returns the range each quantifier stands for, in the order of {@link #quantifiers()}.
   *
   * @return the ranges, one per quantifier, each bounded and starting at 1 or more
   */
  @Value.Parameter
  public abstract ImmutableMap<String, Estimate> ranges();

  @Value.Check
  final void check() {
    if (!ranges().keySet().equals(STANDARD_RANGES.keySet())) {
      throw new IllegalArgumentException(
          String.format(
              "VaguePolicy.ranges (%s) must give a range for exactly the quantifiers %s",
              ranges().keySet(), quantifiers()));
    }
    for (Map.Entry<String, Estimate> range : ranges().entrySet()) {
      Estimate estimate = range.getValue();
      if (!estimate.hasUpperBound() || estimate.low() < 1) {
        throw new IllegalArgumentException(
            String.format(
                "VaguePolicy.ranges[%s] (%s) must be bounded and start at 1 or more",
                range.getKey(), estimate));
      }
    }
  }

  /**
   * Returns the range {@code quantifier} stands for.
   *
   * @param quantifier one of {@link #quantifiers()}
   * @return the range, as "between" an estimate (or "exactly" one when the policy gives a single
   *     count)
   * @throws IllegalArgumentException if {@code quantifier} is not one of {@link #quantifiers()}
   */
  public final Estimate rangeFor(String quantifier) {
    checkNotNull(quantifier, "quantifier");
    Estimate range = ranges().get(quantifier);
    if (range == null) {
      throw new IllegalArgumentException(
          String.format(
              "VaguePolicy quantifier (\"%s\") must be one of %s",
              quantifier.length() > 40 ? quantifier.substring(0, 40) + "..." : quantifier,
              quantifiers()));
    }
    return range;
  }

  /**
   * Returns a copy in which {@code quantifier} stands for {@code low} to {@code high} people.
   *
   * @param quantifier one of {@link #quantifiers()}
   * @param low the lowest count the words allow, 1 or more
   * @param high the highest, {@code low} or more
   * @return the copy
   * @throws IllegalArgumentException if {@code quantifier} is unknown, {@code low} is below 1 or
   *     {@code high} below {@code low}
   */
  public final VaguePolicy withRange(String quantifier, long low, long high) {
    rangeFor(quantifier);
    Map<String, Estimate> ranges = new java.util.LinkedHashMap<>(ranges());
    ranges.put(quantifier, Estimate.between(low, high));
    return ImmutableVaguePolicy.of(ranges);
  }

  /**
   * Returns the policy as "VaguePolicy.standard()", or as its ranges when it differs from the
   * standard one: "VaguePolicy(dozens 24-144, a few dozen 24-59, ...)".
   *
   * @return the text
   */
  @Override
  public final String toString() {
    if (equals(STANDARD)) {
      return "VaguePolicy.standard()";
    }
    StringBuilder text = new StringBuilder("VaguePolicy(");
    ranges()
        .forEach(
            (quantifier, range) -> {
              if (text.length() > "VaguePolicy(".length()) {
                text.append(", ");
              }
              text.append(quantifier).append(' ').append(EstimateText.range(range));
            });
    return text.append(')').toString();
  }
}
