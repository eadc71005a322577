package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * Laws of {@link Estimate}'s interval arithmetic and text, over estimates of every wording, bounded
 * and unbounded, with and without a best value of their own.
 *
 * <p>Counts stay below {@value #MAX} so that sums cannot overflow; "members" of an estimate are its
 * ends, its best value or a count drawn from its range (for an unbounded one, from a stretch far
 * above its low end).
 */
class EstimateProperties {

  static final long MAX = 1_000_000_000_000L;

  // ------------------------------------------------------------------------------------------
  // generators

  private static Arbitrary<Long> counts() {
    // small counts make overlaps and touching ends common; large ones exercise grouping
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.longs().between(0, 20),
            Arbitraries.longs().between(0, 10_000),
            Arbitraries.longs().between(0, MAX)));
  }

  @Provide("counts")
  Arbitrary<Long> providedCounts() {
    return counts();
  }

  @Provide
  Arbitrary<AboutPolicy> policies() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.just(AboutPolicy.standard()),
            Arbitraries.integers().between(0, 100).map(AboutPolicy::percent),
            Arbitraries.longs().between(0, 1_000).map(AboutPolicy::absolute)));
  }

  private static Arbitrary<Estimate> worded() {
    return Arbitraries.oneOf(
        List.of(
            counts().map(Estimate::exactly),
            counts().map(Estimate::about),
            counts().map(c -> Estimate.parse(String.valueOf(c))),
            Combinators.combine(Arbitraries.of("roughly", "around", "some"), counts())
                .as((w, c) -> Estimate.parse(w + " " + c)),
            Combinators.combine(Arbitraries.of("nearly", "almost"), counts().filter(c -> c > 0))
                .as((w, c) -> Estimate.parse(w + " " + c)),
            Arbitraries.integers()
                .between(0, 11)
                .map(
                    d ->
                        Estimate.parse(
                            "some "
                                + List.of(
                                        "a", "two", "three", "four", "five", "six", "seven",
                                        "eight", "nine", "ten", "eleven", "twelve")
                                    .get(d)
                                + " dozen")),
            counts().filter(c -> c > 0).map(Estimate::fewerThan),
            counts().map(c -> Estimate.parse("as many as " + c)),
            Arbitraries.of(VaguePolicy.quantifiers()).map(Estimate::vague),
            counts().map(Estimate::moreThan),
            counts().map(Estimate::atLeast),
            counts().map(Estimate::upTo),
            Combinators.combine(counts(), counts())
                .as((p, q) -> Estimate.between(Math.min(p, q), Math.max(p, q))),
            Arbitraries.just(Estimate.unknown()),
            Combinators.combine(counts(), counts(), counts())
                .as(
                    (p, q, r) -> {
                      long[] sorted = {p, q, r};
                      Arrays.sort(sorted);
                      return Estimate.of(sorted[0], sorted[1], sorted[2]);
                    })));
  }

  private static Arbitrary<Long> bestIn(Estimate e) {
    long top = e.hasUpperBound() ? e.high() : e.low() + 1_000_000;
    return Arbitraries.longs().between(e.low(), top);
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    return worded()
        .flatMap(e -> Arbitraries.oneOf(List.of(Arbitraries.just(e), bestIn(e).map(e::withBest))));
  }

  /**
   * A count in {@code e}'s range: its low end, best value or high end (far above the low end when
   * unbounded), or one drawn from the range by {@code seed}.
   */
  private static long member(Estimate e, int pick, long seed) {
    long top = e.hasUpperBound() ? e.high() : e.low() + 2 * MAX;
    switch (pick) {
      case 0:
        return e.low();
      case 1:
        return e.best();
      case 2:
        return top;
      default:
        return e.low() + Math.floorMod(seed, top - e.low() + 1);
    }
  }

  // ------------------------------------------------------------------------------------------
  // arithmetic

  @Property(tries = 1000)
  void plusHoldsEverySum(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll @IntRange(max = 3) int pickX,
      @ForAll long seedX,
      @ForAll @IntRange(max = 3) int pickY,
      @ForAll long seedY) {
    long x = member(a, pickX, seedX);
    long y = member(b, pickY, seedY);
    assertThat(a.contains(x)).as("generator: %s contains %d", a, x).isTrue();
    assertThat(b.contains(y)).as("generator: %s contains %d", b, y).isTrue();

    Estimate sum = a.plus(b);
    assertThat(sum.contains(x + y)).as("%s + %s = %s contains %d", a, b, sum, x + y).isTrue();
    assertThat(sum.best()).isEqualTo(a.best() + b.best());
  }

  @Property(tries = 1000)
  void minusHoldsEveryClippedDifference(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll @IntRange(max = 3) int pickX,
      @ForAll long seedX,
      @ForAll @IntRange(max = 3) int pickY,
      @ForAll long seedY) {
    long x = member(a, pickX, seedX);
    long y = member(b, pickY, seedY);

    Estimate difference = a.minus(b);
    long clipped = Math.max(0, x - y);
    assertThat(difference.contains(clipped))
        .as("%s - %s = %s contains max(0, %d - %d)", a, b, difference, x, y)
        .isTrue();
    if (x < y) {
      assertThat(a.clipsAtZero(b)).as("%s clips at zero subtracting %s", a, b).isTrue();
    }
    if (a.clipsAtZero(b) && b.hasUpperBound()) {
      // it clips only if some count of b exceeds some count of a: b's top exceeds a's bottom
      assertThat(b.high()).as("%s clips at zero subtracting %s", a, b).isGreaterThan(a.low());
    }
    if (!a.clipsAtZero(b)) {
      // nothing was cut off: the low end is the plain difference of the ends
      assertThat(difference.low()).isEqualTo(a.low() - b.high());
    }
  }

  @Property(tries = 1000)
  void plusIsCommutativeAndAssociative(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll("estimates") Estimate c) {
    assertThat(a.plus(b).isEqual(b.plus(a))).as("%s + %s", a, b).isTrue();
    // the wording is derived symmetrically too
    assertThat(a.plus(b)).isEqualTo(b.plus(a));
    assertThat(a.plus(b).plus(c).isEqual(a.plus(b.plus(c)))).as("(%s + %s) + %s", a, b, c).isTrue();
    assertThat(a.plus(Estimate.exactly(0)).isEqual(a)).isTrue();
  }

  @Property(tries = 1000)
  void shareOfHoldsEveryQuotient(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll @IntRange(max = 3) int pickX,
      @ForAll long seedX,
      @ForAll @IntRange(max = 3) int pickY,
      @ForAll long seedY) {
    long x = member(a, pickX, seedX);
    long y = member(b, pickY, seedY);
    Assume.that(b.best() > 0 && y > 0);

    Share share = a.shareOf(b);
    double quotient = (double) x / y;
    assertThat(share.contains(quotient))
        .as("%s of %s = %s contains %d/%d", a, b, share, x, y)
        .isTrue();
    assertThat(share.best()).isEqualTo((double) a.best() / b.best());
  }

  // ------------------------------------------------------------------------------------------
  // set operations

  @Property(tries = 1000)
  void overlapsAndDistanceAreSymmetric(
      @ForAll("estimates") Estimate a, @ForAll("estimates") Estimate b) {
    assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    assertThat(a.distanceTo(b)).isEqualTo(b.distanceTo(a));
    assertThat(a.distanceTo(b) == 0).isEqualTo(a.overlaps(b));
    assertThat(a.overlaps(a)).isTrue();
  }

  @Property(tries = 1000)
  void intersectionHoldsExactlyTheCommonCounts(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll @IntRange(max = 3) int pickX,
      @ForAll long seedX,
      @ForAll @IntRange(max = 3) int pickY,
      @ForAll long seedY) {
    Statistics.collect(a.overlaps(b) ? "overlapping" : "disjoint");
    Statistics.coverage(
        coverage -> {
          coverage.check("overlapping").percentage(p -> p > 20);
          coverage.check("disjoint").percentage(p -> p > 5);
        });

    List<Long> candidates = new ArrayList<>();
    for (Estimate e : List.of(a, b)) {
      candidates.add(e.low() - 1);
      candidates.add(e.low());
      candidates.add(e.best());
      if (e.hasUpperBound()) {
        candidates.add(e.high());
        candidates.add(e.high() + 1);
      }
    }
    candidates.add(member(a, pickX, seedX));
    candidates.add(member(b, pickY, seedY));

    if (!a.overlaps(b)) {
      assertThatThrownBy(() -> a.intersection(b))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("have no count in common: they are " + a.distanceTo(b) + " apart");
      for (long c : candidates) {
        assertThat(a.contains(c) && b.contains(c)).as("%d in %s and %s", c, a, b).isFalse();
      }
      return;
    }
    Estimate common = a.intersection(b);
    assertThat(a.encloses(common)).as("%s encloses %s", a, common).isTrue();
    assertThat(b.encloses(common)).as("%s encloses %s", b, common).isTrue();
    for (long c : candidates) {
      assertThat(common.contains(c))
          .as("%s = %s ∩ %s contains %d", common, a, b, c)
          .isEqualTo(a.contains(c) && b.contains(c));
    }
    assertThat(b.intersection(a)).isEqualTo(common);
  }

  @Property(tries = 1000)
  void spanIsTheSmallestEnclosingRange(
      @ForAll("estimates") Estimate a, @ForAll("estimates") Estimate b) {
    Estimate either = a.span(b);
    assertThat(either.encloses(a)).as("%s encloses %s", either, a).isTrue();
    assertThat(either.encloses(b)).as("%s encloses %s", either, b).isTrue();
    assertThat(either.low()).isEqualTo(Math.min(a.low(), b.low()));
    assertThat(either.hasUpperBound()).isEqualTo(a.hasUpperBound() && b.hasUpperBound());
    if (either.hasUpperBound()) {
      assertThat(either.high()).isEqualTo(Math.max(a.high(), b.high()));
    }
    assertThat(b.span(a)).isEqualTo(either);
  }

  @Property(tries = 1000)
  void enclosesMeansEveryMemberIsContained(
      @ForAll("estimates") Estimate a,
      @ForAll("estimates") Estimate b,
      @ForAll @IntRange(max = 3) int pickY,
      @ForAll long seedY) {
    assertThat(a.encloses(a)).isTrue();
    if (a.encloses(b)) {
      long y = member(b, pickY, seedY);
      assertThat(a.contains(y)).as("%s encloses %s, so contains %d", a, b, y).isTrue();
      assertThat(a.overlaps(b)).isTrue();
    }
  }

  // ------------------------------------------------------------------------------------------
  // text and identity

  @Property(tries = 1000)
  void parseIsTheInverseOfToString(@ForAll("estimates") Estimate e) {
    assertThat(Estimate.parse(e.toString())).as("parse(\"%s\")", e).isEqualTo(e);
  }

  @Property(tries = 1000)
  void parseUnderTheSamePolicyIsTheInverseOfToString(
      @ForAll("counts") long count, @ForAll("policies") AboutPolicy policy) {
    Estimate e = Estimate.about(count, policy);
    assertThat(Estimate.parse(e.toString(), policy))
        .as("parse(\"%s\", %s)", e, policy)
        .isEqualTo(e);
    Estimate nearly = Estimate.nearly(count + 1, policy);
    assertThat(Estimate.parse(nearly.toString(), policy))
        .as("parse(\"%s\")", nearly)
        .isEqualTo(nearly);
  }

  @Property(tries = 1000)
  void derivedEstimatesRoundTripThroughText(
      @ForAll("estimates") Estimate a, @ForAll("estimates") Estimate b) {
    List<Estimate> derived = new ArrayList<>(List.of(a.plus(b), a.minus(b), a.span(b)));
    if (a.overlaps(b)) {
      derived.add(a.intersection(b));
    }
    for (Estimate e : derived) {
      assertThat(Estimate.parse(e.toString())).as("parse(\"%s\")", e).isEqualTo(e);
    }
  }

  @Property(tries = 1000)
  void ofRebuildsTheNumbersOfAnyBoundedEstimate(@ForAll("estimates") Estimate e) {
    Assume.that(e.hasUpperBound());
    Estimate rebuilt = Estimate.of(e.low(), e.best(), e.high());
    assertThat(rebuilt.isEqual(e)).as("of(%s)", e).isTrue();
  }

  @Property(tries = 1000)
  void withBestKeepsRangeAndWording(
      @ForAll("estimates") Estimate e, @ForAll @IntRange(max = 3) int pick, @ForAll long seed) {
    long best = member(e, pick, seed);
    Estimate moved = e.withBest(best);
    assertThat(moved.best()).isEqualTo(best);
    if (e.qualifier() == Estimate.Qualifier.ABOUT && e.wording().isEmpty()) {
      // "about" with its best up front is reworded by its shape when the new best leaves the range
      // wider than the about policy reads
      long margin = AboutPolicy.standard().marginFor(best);
      boolean within = e.low() >= best - margin && e.high() - best <= margin;
      boolean upTo = e.low() == 0 && best == e.high();
      assertThat(moved.qualifier() == Estimate.Qualifier.ABOUT).isEqualTo(within && !upTo);
    } else {
      assertThat(moved.qualifier()).isEqualTo(e.qualifier());
      assertThat(moved.wording()).isEqualTo(e.wording());
    }
    assertThat(moved.low()).isEqualTo(e.low());
    assertThat(moved.encloses(e) && e.encloses(moved)).isTrue();
  }
}
