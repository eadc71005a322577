package dev.custody.model;

import static dev.custody.model.EstimateText.grouped;
import static dev.custody.model.EstimateText.range;

import dev.custody.internal.Checks;
import dev.custody.model.Estimate.Qualifier;

/**
 * A count a source printed bare, with the range the reader takes it for written after it: "1,500
 * (1,450-1,549)", a headline's round figure beside an official 1,534. It reads as about that many
 * within the written range, the count kept as printed, with no word the source did not use.
 *
 * <p>The range must hold the count, and lie within what the about policy allows it or within the
 * counts that round to it at its last digit that is not zero ("500 (450-549)", "16,000
 * (15,500-16,499)"), so that the reader's range cannot stretch the source's words.
 */
final class RoundedCount {

  private RoundedCount() {}

  /**
   * Reads {@code whole}, the count {@code figure} with the written range {@code low}..{@code high}.
   *
   * @throws IllegalArgumentException if the count exceeds {@link Estimate#MAX_COUNT}, or the range
   *     does not hold it or lies outside both the about policy's range and its rounding, with the
   *     words to write instead
   */
  static Estimate parse(String whole, long figure, long low, long high, AboutPolicy policy) {
    if (figure > Estimate.MAX_COUNT || high > Estimate.MAX_COUNT) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate text (%s) must give counts of at most %s",
              Checks.quote(whole), grouped(Estimate.MAX_COUNT)));
    }
    Estimate rounding = roundingOf(figure);
    Estimate allowed = allowed(figure, policy);
    Estimate wider = rounding.encloses(allowed) ? rounding : allowed;
    String widest =
        wider.low() == wider.high() ? grouped(figure) : grouped(figure) + " (" + range(wider) + ")";
    if (low >= high || low > figure || figure > high) {
      throw new IllegalArgumentException(
          String.format(
              "Estimate text (%s) must give a range from below %s to above it, or from it to"
                  + " above it, or from below it to it: write \"%s\" for the widest range",
              Checks.quote(whole), grouped(figure), widest));
    }
    Estimate written = Estimate.create(Qualifier.ABOUT, low, figure, high, grouped(figure));
    if (rounding.encloses(written) || allowed.encloses(written)) {
      return written;
    }
    throw new IllegalArgumentException(
        String.format(
            "Estimate text (%s) gives a range (%s) that lies neither within what the about policy"
                + " (%s) allows for %s, %s, nor within the counts that round to it, %s: write"
                + " \"%s\" for the widest range or \"%s\" for the range as written",
            Checks.quote(whole),
            range(written),
            policy,
            grouped(figure),
            range(allowed),
            range(rounding),
            widest,
            Estimate.between(low, high).withBest(figure)));
  }

  /**
   * "1,500 (1,425-1,575)": {@code figure} with the widest range {@code about} allows it, or the
   * bare count when the policy leaves it exact; an example that {@link #parse} reads.
   */
  static String example(long figure, AboutPolicy about) {
    Estimate allowed = allowed(figure, about);
    return allowed.low() == allowed.high()
        ? grouped(figure)
        : grouped(figure) + " (" + range(allowed) + ")";
  }

  /**
   * Checks if {@code words} are a count printed bare, in the digits an estimate keeps, that lies in
   * {@code low..high} with room around it: the wording of a rounded count.
   *
   * @return null when they are, else the rule they break
   */
  static String wordingRuleBrokenBy(String words, long low, long high) {
    long figure = EstimateText.number(words);
    return low <= figure && figure <= high && low < high
        ? null
        : "a count within the range (" + low + ".." + high + "); was " + figure;
  }

  /**
   * What the about policy allows {@code figure}, or the count alone when its margin would pass
   * {@link Estimate#MAX_COUNT}: the rounding then decides alone.
   */
  private static Estimate allowed(long figure, AboutPolicy policy) {
    try {
      return Estimate.about(figure, policy);
    } catch (ArithmeticException | IllegalArgumentException e) {
      return Estimate.exactly(figure);
    }
  }

  /**
   * The counts that round to {@code figure} at its last digit that is not zero: 450 to 549 for
   * "500", 15,500 to 16,499 for "16,000"; the count alone when it ends in no zero. Never above
   * {@link Estimate#MAX_COUNT}.
   */
  static Estimate roundingOf(long figure) {
    long unit = 1;
    while (figure % (unit * 10) == 0 && unit <= figure / 10) {
      unit *= 10;
    }
    return unit == 1
        ? Estimate.exactly(figure)
        : Estimate.between(figure - unit / 2, Math.min(Estimate.MAX_COUNT, figure + unit / 2 - 1))
            .withBest(figure);
  }
}
