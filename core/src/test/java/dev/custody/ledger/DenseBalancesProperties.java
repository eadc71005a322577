package dev.custody.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.custody.event.Account;
import dev.custody.model.Estimate;
import dev.custody.model.Estimate.Qualifier;
import dev.custody.model.VaguePolicy;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link DenseBalances} does {@link Estimate#plus} and {@link Estimate#minus} on numbers in arrays:
 * after any chain of them, the balance it holds equals, wording and all, the estimate {@code
 * Estimate}'s own arithmetic gives, and a step that overflows throws the same exception with the
 * same message. Inputs of every wording, bounded and unbounded, up to the largest count.
 */
class DenseBalancesProperties {

  private static final Account ACCOUNT = LedgerTest.SDF_SHADDADI;

  private static Arbitrary<Long> counts() {
    return Arbitraries.oneOf(
        List.of(
            Arbitraries.longs().between(0, 20),
            Arbitraries.longs().between(0, 10_000),
            Arbitraries.longs().between(0, Estimate.MAX_COUNT),
            Arbitraries.longs().between(Estimate.MAX_COUNT - 20, Estimate.MAX_COUNT - 1)));
  }

  private static Arbitrary<Estimate> worded() {
    return Arbitraries.oneOf(
        List.of(
            counts().map(Estimate::exactly),
            Arbitraries.longs().between(0, 1_000_000_000).map(Estimate::about),
            counts().map(c -> Estimate.parse(String.valueOf(c))),
            Combinators.combine(
                    Arbitraries.of("roughly", "around", "some"),
                    Arbitraries.longs().between(0, 1_000_000))
                .as((w, c) -> Estimate.parse(w + " " + c)),
            Combinators.combine(
                    Arbitraries.of("nearly", "almost"), Arbitraries.longs().between(1, 1_000_000))
                .as((w, c) -> Estimate.parse(w + " " + c)),
            counts().filter(c -> c > 0).map(Estimate::fewerThan),
            Arbitraries.longs().between(0, 1_000_000).map(c -> Estimate.parse("as many as " + c)),
            Arbitraries.of(VaguePolicy.quantifiers()).map(Estimate::vague),
            counts().filter(c -> c < Estimate.MAX_COUNT).map(Estimate::moreThan),
            counts().map(Estimate::atLeast),
            counts().map(Estimate::upTo),
            Combinators.combine(counts(), counts())
                .as((p, q) -> Estimate.between(Math.min(p, q), Math.max(p, q))),
            Arbitraries.just(Estimate.unknown()),
            Arbitraries.just(Estimate.exactly(0)),
            Arbitraries.just(Estimate.exactly(Estimate.MAX_COUNT)),
            Combinators.combine(counts(), counts(), counts())
                .as(
                    (p, q, r) -> {
                      long[] sorted = {p, q, r};
                      Arrays.sort(sorted);
                      return Estimate.of(sorted[0], sorted[1], sorted[2]);
                    }),
            // narrow ranges near their best value: "about" with its best at an end
            Combinators.combine(
                    Arbitraries.longs().between(1, 100_000),
                    Arbitraries.longs().between(0, 2),
                    Arbitraries.longs().between(0, 2))
                .as((b, down, up) -> Estimate.of(Math.max(0, b - down), b, b + up))));
  }

  @Provide
  Arbitrary<Estimate> estimates() {
    return worded()
        .flatMap(
            e -> {
              long top = e.hasUpperBound() ? e.high() : Math.min(Estimate.MAX_COUNT, e.low() + 50);
              return Arbitraries.oneOf(
                  List.of(
                      Arbitraries.just(e),
                      Arbitraries.longs().between(e.low(), top).map(e::withBest)));
            });
  }

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.of(true, false), estimates()).as(Step::new);
  }

  @Provide
  Arbitrary<List<Step>> chains() {
    return steps().list().ofMinSize(1).ofMaxSize(6);
  }

  record Step(boolean plus, Estimate operand) {}

  @Property(tries = 3000)
  void a_chain_of_sums_and_differences_equals_estimates_own(
      @ForAll("estimates") Estimate start, @ForAll("chains") List<Step> steps) {
    DenseBalances balances = new DenseBalances();
    balances.set(ACCOUNT, start);
    int number = balances.numberOf(ACCOUNT);
    Estimate expected = start;
    for (Step step : steps) {
      Estimate next;
      try {
        next = step.plus() ? expected.plus(step.operand()) : expected.minus(step.operand());
      } catch (ArithmeticException e) {
        Estimate before = expected;
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> {
                  if (step.plus()) {
                    balances.plus(number, step.operand());
                  } else {
                    balances.minus(number, step.operand());
                  }
                })
            .as("%s %s %s", before, step.plus() ? "plus" : "minus", step.operand())
            .isInstanceOf(ArithmeticException.class)
            .hasMessage(e.getMessage());
        return;
      }
      if (step.plus()) {
        balances.plus(number, step.operand());
      } else {
        balances.minus(number, step.operand());
      }
      assertThat(balances.peek(number))
          .as("%s %s %s", expected, step.plus() ? "plus" : "minus", step.operand())
          .isEqualTo(next);
      assertThat(balances.low(number)).isEqualTo(next.low());
      assertThat(balances.best(number)).isEqualTo(next.best());
      expected = next;
    }
    assertThat(balances.get(number)).isEqualTo(expected);
    assertThat(balances.get(ACCOUNT)).isEqualTo(expected);
  }

  @Property(tries = 1000)
  void a_copy_holds_the_same_balances_and_changes_on_its_own(
      @ForAll("estimates") Estimate start, @ForAll("steps") Step step) {
    DenseBalances balances = new DenseBalances();
    balances.set(ACCOUNT, start);
    DenseBalances copy = balances.copy();
    assertThat(copy).isEqualTo(balances);
    int number = copy.numberOf(ACCOUNT);
    try {
      if (step.plus()) {
        copy.plus(number, step.operand());
      } else {
        copy.minus(number, step.operand());
      }
    } catch (ArithmeticException e) {
      return;
    }
    copy.set(LedgerTest.SDF_HASAKAH, Estimate.exactly(1));
    assertThat(balances.get(ACCOUNT)).isEqualTo(start);
    assertThat(balances.size()).isEqualTo(1);
    assertThat(copy.size()).isEqualTo(2);
  }

  @Example
  void about_with_its_best_value_at_an_end_is_kept_as_estimate_gives_it() {
    // about 100 (95-105) plus exactly 0..1 (up to 1): 95-106, best 101, worded "about"
    Estimate about = Estimate.about(100);
    for (Estimate other : List.of(Estimate.upTo(1), Estimate.between(0, 1), Estimate.exactly(5))) {
      DenseBalances balances = new DenseBalances();
      balances.set(ACCOUNT, about);
      balances.minus(0, other);
      assertThat(balances.get(0)).isEqualTo(about.minus(other));
      balances.plus(0, other);
      assertThat(balances.get(0)).isEqualTo(about.minus(other).plus(other));
    }
    assertThat(DenseBalances.qualifierFor(5, 5, 6, true)).isEqualTo(Qualifier.ABOUT);
  }
}
