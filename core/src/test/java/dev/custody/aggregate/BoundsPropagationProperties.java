package dev.custody.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link BoundsPropagation} against brute force: on small systems of counts, every assignment of
 * whole numbers (in a box large enough for every bounded range) that satisfies every count lies
 * within every propagated range; a system with a solution reports no disagreement; no range is ever
 * below zero or inverted; and a single count gives the tightest ranges.
 */
class BoundsPropagationProperties {

  /** Assignments are enumerated over 0..BOX for each unknown. */
  static final int BOX = 9;

  record Problem(long[] lows, long[] highs, List<BoundsPropagation.Constraint> constraints) {
    @Override
    public String toString() {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < lows.length; i++) {
        text.append("x").append(i).append(" in [").append(lows[i]).append(", ");
        text.append(highs[i] == BoundsPropagation.UNBOUNDED ? "inf" : highs[i]).append("] ");
      }
      for (BoundsPropagation.Constraint c : constraints) {
        text.append("; sum").append(java.util.Arrays.toString(c.parts())).append(" in [");
        text.append(c.low()).append(", ");
        text.append(c.high() == BoundsPropagation.UNBOUNDED ? "inf" : c.high()).append("]");
      }
      return text.toString();
    }
  }

  @Provide
  Arbitrary<Problem> problems() {
    return problems(1, 4);
  }

  @Provide
  Arbitrary<Problem> single() {
    return problems(1, 1);
  }

  private static Arbitrary<Problem> problems(int minConstraints, int maxConstraints) {
    return Arbitraries.integers()
        .between(1, 4)
        .flatMap(
            n ->
                Combinators.combine(
                        domain().list().ofSize(n),
                        constraint(n).list().ofMinSize(minConstraints).ofMaxSize(maxConstraints))
                    .as(
                        (domains, constraints) -> {
                          long[] lows = new long[n];
                          long[] highs = new long[n];
                          for (int i = 0; i < n; i++) {
                            lows[i] = domains.get(i)[0];
                            highs[i] = domains.get(i)[1];
                          }
                          return new Problem(lows, highs, constraints);
                        }));
  }

  /** A range within the box, or from a low end up, unbounded. */
  private static Arbitrary<long[]> domain() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 3),
            Arbitraries.longs().between(0, 5),
            Arbitraries.integers().between(0, 4))
        .as(
            (low, width, kind) ->
                new long[] {low, kind == 0 ? BoundsPropagation.UNBOUNDED : low + width});
  }

  private static Arbitrary<BoundsPropagation.Constraint> constraint(int n) {
    return Combinators.combine(
            Arbitraries.integers().between(0, n - 1).set().ofMinSize(1).ofMaxSize(n),
            Arbitraries.longs().between(0, 12),
            Arbitraries.longs().between(0, 6),
            Arbitraries.integers().between(0, 5))
        .as(
            (parts, low, width, kind) ->
                new BoundsPropagation.Constraint(
                    parts.stream().mapToInt(Integer::intValue).sorted().toArray(),
                    low,
                    kind == 0 ? BoundsPropagation.UNBOUNDED : low + width));
  }

  static List<long[]> solutions(Problem problem) {
    int n = problem.lows().length;
    List<long[]> found = new ArrayList<>();
    long[] x = new long[n];
    enumerate(problem, x, 0, found);
    return found;
  }

  private static void enumerate(Problem problem, long[] x, int i, List<long[]> found) {
    if (i == x.length) {
      for (BoundsPropagation.Constraint c : problem.constraints()) {
        long sum = 0;
        for (int part : c.parts()) {
          sum += x[part];
        }
        if (sum < c.low() || sum > c.high()) {
          return;
        }
      }
      found.add(x.clone());
      return;
    }
    long high = Math.min(problem.highs()[i], BOX + 12L);
    for (long v = problem.lows()[i]; v <= high; v++) {
      x[i] = v;
      enumerate(problem, x, i + 1, found);
    }
  }

  static BoundsPropagation propagate(Problem problem) {
    return BoundsPropagation.of(problem.lows(), problem.highs(), problem.constraints());
  }

  @Property(tries = 2_000)
  void everyPropagatedRangeContainsEverySolution(@ForAll("problems") Problem problem) {
    BoundsPropagation result = propagate(problem);
    List<long[]> solutions = solutions(problem);

    for (long[] solution : solutions) {
      for (int i = 0; i < solution.length; i++) {
        assertThat(solution[i])
            .as("x%d of %s", i, java.util.Arrays.toString(solution))
            .isBetween(result.low(i), result.high(i));
      }
    }
    if (!solutions.isEmpty()) {
      assertThat(result.disagreements()).as("a system with a solution agrees").isEmpty();
    }
  }

  @Property(tries = 2_000)
  void noRangeIsEverBelowZeroOrInverted(@ForAll("problems") Problem problem) {
    BoundsPropagation result = propagate(problem);

    for (int i = 0; i < problem.lows().length; i++) {
      assertThat(result.low(i)).isNotNegative().isLessThanOrEqualTo(result.high(i));
      assertThat(result.low(i)).isGreaterThanOrEqualTo(problem.lows()[i]);
      assertThat(result.high(i)).isLessThanOrEqualTo(problem.highs()[i]);
    }
  }

  @Property(tries = 2_000)
  void aSystemWithoutSolutionInAnyBoxIsReportedOrItsRangesStaySound(
      @ForAll("problems") Problem problem) {
    BoundsPropagation result = propagate(problem);

    // every disagreement names the count set aside, and only counts of the system
    for (java.util.BitSet names : result.disagreements()) {
      assertThat(names.cardinality()).isPositive();
      assertThat(names.length()).isLessThanOrEqualTo(problem.constraints().size());
    }
    if (!result.disagreements().isEmpty()) {
      assertThat(solutions(problem)).isEmpty();
    }
  }

  @Property(tries = 2_000)
  void aSingleCountOverBoundedPartsGivesTheTightestRanges(@ForAll("single") Problem problem) {
    for (long high : problem.highs()) {
      if (high == BoundsPropagation.UNBOUNDED) {
        return;
      }
    }
    BoundsPropagation result = propagate(problem);
    List<long[]> solutions = solutions(problem);
    if (solutions.isEmpty()) {
      assertThat(result.disagreements()).hasSize(1);
      return;
    }
    for (int i = 0; i < problem.lows().length; i++) {
      final int part = i;
      long min = solutions.stream().mapToLong(s -> s[part]).min().orElseThrow();
      long max = solutions.stream().mapToLong(s -> s[part]).max().orElseThrow();
      assertThat(result.low(i)).as("low of x%d", i).isEqualTo(min);
      assertThat(result.high(i)).as("high of x%d", i).isEqualTo(max);
    }
  }
}
