package dev.custody.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.Sets;
import dev.custody.model.Estimate;
import dev.custody.model.Estimate.Qualifier;
import dev.custody.model.VaguePolicy;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generates {@link Estimate}s with three knobs: the largest count ({@link #maxCount(long)}), the
 * precision mix ({@link #qualifiers(Qualifier, Qualifier...)}) and the share of open-ended
 * estimates, "more than" and "at least" ({@link #openEnded(int)}).
 *
 * <p>Defaults: counts up to 10,000, every qualifier, one estimate in five open-ended. Each
 * qualifier comes in the words sources use too: a bare number ("785"), "roughly", "approximately",
 * "around", "some" and "just over" for about, a round count printed bare with the reader's range
 * ("1,500 (1,450-1,549)"), "as many as" for up to, "nearly", "almost" and "just under", "more than"
 * beside "over", "fewer than", and the vague quantifiers whose standard range stays within the
 * largest count ("dozens" to "several thousand" by default), all under the standard about and vague
 * policies, so that every estimate reads back from its text with {@link
 * Estimate#parse(CharSequence)}. Counts come spelled out too: "three" and "none" exactly, "two
 * dozen" and "a thousand" about; and the bounds in their other words, "at most", "no more than",
 * "less than", "no fewer than" and "N or more". Each knob returns a new arbitrary, as jqwik's own
 * arbitraries do. Estimates shrink towards small exact counts.
 */
public final class EstimateArbitrary extends ArbitraryDecorator<Estimate> {
  /** Counts read exactly as spelled out. */
  private static final List<String> SPELLED =
      List.of(
          "none", "no one", "zero", "one", "two", "three", "five", "nine", "twelve", "twenty",
          "fifty", "ninety");

  /** Round counts in words, each about that many. */
  private static final List<String> ROUND =
      List.of("half a dozen", "a dozen", "two dozen", "twelve dozen", "a hundred", "a thousand");

  private static final Set<Qualifier> OPEN_ENDED =
      EnumSet.of(Qualifier.MORE_THAN, Qualifier.AT_LEAST);

  private long maxCount = 10_000;
  private Set<Qualifier> qualifiers = EnumSet.allOf(Qualifier.class);
  private int openEndedPercent = 20;

  EstimateArbitrary() {}

  /**
   * Returns an arbitrary whose counts (low, best and bounded high ends) are at most {@code max}.
   *
   * @param max the largest count, at least 1
   * @return the new arbitrary
   * @throws IllegalArgumentException if {@code max} is below 1
   */
  public EstimateArbitrary maxCount(long max) {
    checkArgument(max >= 1, "EstimateArbitrary maxCount (%s) must be at least 1", max);
    EstimateArbitrary clone = typedClone();
    clone.maxCount = max;
    return clone;
  }

  /**
   * Returns an arbitrary that generates only estimates with the given qualifiers, chosen with equal
   * weight within the bounded and within the open-ended ones.
   *
   * @param first a qualifier
   * @param more further qualifiers
   * @return the new arbitrary
   */
  public EstimateArbitrary qualifiers(Qualifier first, Qualifier... more) {
    checkNotNull(first, "first");
    EstimateArbitrary clone = typedClone();
    clone.qualifiers = EnumSet.of(first, more);
    return clone;
  }

  /**
   * Returns an arbitrary of which about {@code percent} in a hundred estimates are open-ended
   * ("more than", "at least"), when the qualifiers allow both kinds.
   *
   * @param percent the share of open-ended estimates, 0 to 100
   * @return the new arbitrary
   * @throws IllegalArgumentException if {@code percent} is outside 0 to 100
   */
  public EstimateArbitrary openEnded(int percent) {
    checkArgument(
        percent >= 0 && percent <= 100,
        "EstimateArbitrary openEnded percent (%s) must be between 0 and 100",
        percent);
    EstimateArbitrary clone = typedClone();
    clone.openEndedPercent = percent;
    return clone;
  }

  @Override
  protected Arbitrary<Estimate> arbitrary() {
    Set<Qualifier> open = Sets.intersection(qualifiers, OPEN_ENDED);
    Set<Qualifier> bounded = Sets.difference(qualifiers, OPEN_ENDED);
    List<Tuple.Tuple2<Integer, Arbitrary<Estimate>>> weighted = new ArrayList<>();
    if (!bounded.isEmpty() && openEndedPercent < 100) {
      weighted.add(Tuple.of(100 - openEndedPercent, of(bounded)));
    }
    if (!open.isEmpty() && openEndedPercent > 0) {
      weighted.add(Tuple.of(openEndedPercent, of(open)));
    }
    checkArgument(
        !weighted.isEmpty(),
        "EstimateArbitrary qualifiers %s leave nothing to generate with openEnded(%s)",
        qualifiers,
        openEndedPercent);
    @SuppressWarnings({"unchecked", "rawtypes"}) // jqwik takes an array of a generic type
    Tuple.Tuple2<Integer, Arbitrary<? extends Estimate>>[] frequencies =
        weighted.toArray(new Tuple.Tuple2[0]);
    return Arbitraries.frequencyOf(frequencies);
  }

  private Arbitrary<Estimate> of(Set<Qualifier> chosen) {
    Arbitrary<Long> counts = Arbitraries.longs().between(0, maxCount);
    Arbitrary<Long> below = Arbitraries.longs().between(0, maxCount - 1);
    List<Arbitrary<Estimate>> shapes = new ArrayList<>();
    for (Qualifier qualifier : chosen) {
      switch (qualifier) {
        case EXACTLY:
          shapes.add(counts.map(Estimate::exactly));
          shapes.add(counts.map(c -> Estimate.parse(String.valueOf(c)))); // as printed: "785"
          List<String> spelled =
              SPELLED.stream().filter(w -> Estimate.parse(w).high() <= maxCount).toList();
          shapes.add(Arbitraries.of(spelled).map(Estimate::parse)); // "three", "none"
          break;
        case ABOUT:
          // about n reaches 5% above n, so n stays within the largest count
          Arbitrary<Long> abouts = Arbitraries.longs().between(0, maxCount * 100 / 105);
          shapes.add(abouts.map(Estimate::about));
          shapes.add(
              Combinators.combine(
                      Arbitraries.of(
                          "roughly",
                          "approximately",
                          "around",
                          "some",
                          "estimated",
                          "an estimated"),
                      abouts)
                  .as((words, n) -> Estimate.parse(words + " " + n)));
          List<String> round =
              ROUND.stream().filter(w -> Estimate.parse(w).high() <= maxCount).toList();
          if (!round.isEmpty()) {
            shapes.add(Arbitraries.of(round).map(Estimate::parse)); // "two dozen", "a thousand"
          }
          if (maxCount >= 149) {
            // a round count printed bare, read as rounded: "1,500 (1,450-1,549)"
            shapes.add(
                Arbitraries.longs()
                    .between(1, (maxCount - 49) / 100)
                    .map(k -> k * 100)
                    .map(n -> Estimate.parse(n + " (" + (n - 50) + "-" + (n + 49) + ")")));
          }
          if (maxCount >= 2) {
            // just over n reaches at least two above n
            long over = Math.min(maxCount * 100 / 105, maxCount - 2);
            shapes.add(
                Arbitraries.longs().between(0, over).map(n -> Estimate.parse("just over " + n)));
          }
          break;
        case UP_TO:
          shapes.add(counts.map(Estimate::upTo));
          shapes.add(
              Combinators.combine(
                      Arbitraries.of("as many as", "at most", "no more than", "not more than"),
                      counts)
                  .as((w, c) -> Estimate.parse(w + " " + c)));
          break;
        case NEARLY:
          shapes.add(
              Combinators.combine(
                      Arbitraries.of("nearly", "almost", "just under"),
                      Arbitraries.longs().between(1, maxCount))
                  .as((words, n) -> Estimate.parse(words + " " + n)));
          break;
        case FEWER_THAN:
          shapes.add(Arbitraries.longs().between(1, maxCount).map(Estimate::fewerThan));
          shapes.add(
              Combinators.combine(
                      Arbitraries.of("under", "less than"),
                      Arbitraries.longs().between(1, maxCount))
                  .as((w, c) -> Estimate.parse(w + " " + c)));
          break;
        case VAGUE:
          // the quantifiers whose standard range stays within the largest count
          List<String> fitting =
              VaguePolicy.quantifiers().stream()
                  .filter(q -> VaguePolicy.standard().rangeFor(q).high() <= maxCount)
                  .toList();
          if (!fitting.isEmpty()) {
            shapes.add(Arbitraries.of(fitting).map(Estimate::vague));
          }
          break;
        case BETWEEN:
          shapes.add(
              Combinators.combine(counts, counts)
                  .as((a, b) -> Estimate.between(Math.min(a, b), Math.max(a, b))));
          break;
        case MORE_THAN:
          shapes.add(below.map(Estimate::moreThan));
          shapes.add(below.map(n -> Estimate.parse("more than " + n)));
          break;
        case AT_LEAST:
          shapes.add(counts.map(Estimate::atLeast));
          if (maxCount >= 1) {
            Arbitrary<Long> some = Arbitraries.longs().between(1, maxCount);
            shapes.add(
                Combinators.combine(Arbitraries.of("no fewer than", "no less than"), some)
                    .as((w, c) -> Estimate.parse(w + " " + c)));
            shapes.add(some.map(c -> Estimate.parse(c + " or more")));
          }
          break;
      }
    }
    checkArgument(
        !shapes.isEmpty(),
        "EstimateArbitrary qualifiers %s leave nothing to generate up to maxCount(%s)",
        chosen,
        maxCount);
    return Arbitraries.oneOf(shapes);
  }
}
