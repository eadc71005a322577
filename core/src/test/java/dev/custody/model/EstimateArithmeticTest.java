package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.custody.model.Estimate.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Interval arithmetic and set operations on estimates. */
class EstimateArithmeticTest {

  /** Asserts the qualifier, low, best and high (or unbounded, as {@code null}) of {@code e}. */
  private static void assertEstimate(Estimate e, Qualifier q, long low, long best, Long high) {
    assertThat(e.qualifier()).as("qualifier of %s", e).isEqualTo(q);
    assertThat(e.low()).as("low of %s", e).isEqualTo(low);
    assertThat(e.best()).as("best of %s", e).isEqualTo(best);
    if (high == null) {
      assertThat(e.hasUpperBound()).as("hasUpperBound of %s", e).isFalse();
    } else {
      assertThat(e.hasUpperBound()).as("hasUpperBound of %s", e).isTrue();
      assertThat(e.high()).as("high of %s", e).isEqualTo(high);
    }
  }

  private static final Long UNBOUNDED = null;

  // ------------------------------------------------------------------------------------------

  @Nested
  class Arithmetic {

    @Test
    void plusAddsEachEnd() {
      assertThat(Estimate.exactly(100).plus(Estimate.exactly(50))).isEqualTo(Estimate.exactly(150));
      Estimate sum = Estimate.about(150).plus(Estimate.exactly(81));
      assertEstimate(sum, Qualifier.ABOUT, 223, 231, 239L);
      assertThat(sum).hasToString("about 231 (223-239)");
      assertThat(Estimate.between(100, 200).plus(Estimate.between(10, 20)))
          .isEqualTo(Estimate.between(110, 220));
      // "up to" no longer starts at zero once something is added
      assertEstimate(
          Estimate.upTo(200).plus(Estimate.exactly(81)), Qualifier.BETWEEN, 81, 281, 281L);
    }

    @Test
    void plusIsUnboundedWhenEitherIs() {
      assertThat(Estimate.moreThan(1_000).plus(Estimate.exactly(5)))
          .isEqualTo(Estimate.moreThan(1_005));
      assertThat(Estimate.exactly(5).plus(Estimate.moreThan(1_000)))
          .isEqualTo(Estimate.moreThan(1_005));
      assertThat(Estimate.atLeast(1_000).plus(Estimate.upTo(200)))
          .isEqualTo(Estimate.atLeast(1_000).withBest(1_200))
          .hasToString("at least 1,000 (best 1,200)");
      assertThat(Estimate.moreThan(0).plus(Estimate.unknown())).isEqualTo(Estimate.moreThan(0));
      assertThat(Estimate.unknown().plus(Estimate.unknown())).isEqualTo(Estimate.unknown());
    }

    @Test
    void plusIsCommutativeWithExactlyZeroAsIdentity() {
      Estimate a = Estimate.about(150);
      Estimate b = Estimate.upTo(200).withBest(50);
      assertThat(a.plus(b)).isEqualTo(b.plus(a));
      assertThat(a.plus(Estimate.exactly(0))).isEqualTo(a);
      assertThat(Estimate.moreThan(1_000).plus(Estimate.exactly(0)))
          .isEqualTo(Estimate.moreThan(1_000));
      // identity with the wording: adding nothing keeps the words a source used
      Estimate between = Estimate.between(145, 155).withBest(148);
      assertThat(between.plus(Estimate.exactly(0))).isEqualTo(between);
      assertThat(Estimate.exactly(0).plus(between)).isEqualTo(between);
      assertThat(Estimate.parse("dozens").minus(Estimate.exactly(0)))
          .isEqualTo(Estimate.parse("dozens"));
      // any other sum is worded by its shape: a best off the midpoint says "about" while the
      // range is within the about policy around it
      assertThat(between.plus(Estimate.exactly(1))).hasToString("about 149 (146-156)");
    }

    @Test
    void plusOverflowThrows() {
      assertThatThrownBy(() -> Estimate.exactly(Estimate.MAX_COUNT).plus(Estimate.exactly(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(
              "Estimate.plus: exactly 1,000,000,000,000,000 plus exactly 1 (high end"
                  + " 1,000,000,000,000,001) must not exceed the largest count, Estimate.MAX_COUNT"
                  + " (1,000,000,000,000,000)");
      assertThatThrownBy(() -> Estimate.upTo(Estimate.MAX_COUNT).plus(Estimate.upTo(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("(high end 1,000,000,000,000,001)");
      assertThatThrownBy(
              () -> Estimate.atLeast(Estimate.MAX_COUNT).plus(Estimate.unknown().withBest(1)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("(best value 1,000,000,000,000,001)");
      // up to the bound, sums are exact
      assertThat(Estimate.exactly(Estimate.MAX_COUNT - 1).plus(Estimate.exactly(1)))
          .isEqualTo(Estimate.exactly(Estimate.MAX_COUNT));
    }

    @Test
    void minusReferenceCases() {
      // 61-77 is wider than "about 69" reads (65-73), so it is worded by its range
      assertThat(Estimate.about(150).minus(Estimate.exactly(81)))
          .isEqualTo(Estimate.parse("between 61 and 77"))
          .hasToString("between 61 and 77");
      assertThat(Estimate.about(150).clipsAtZero(Estimate.exactly(81))).isFalse();

      assertThat(Estimate.upTo(200).minus(Estimate.exactly(81)))
          .isEqualTo(Estimate.upTo(119))
          .hasToString("up to 119");
      assertThat(Estimate.upTo(200).clipsAtZero(Estimate.exactly(81))).isTrue();

      assertThat(Estimate.moreThan(1_000).minus(Estimate.exactly(81)))
          .isEqualTo(Estimate.moreThan(919))
          .hasToString("over 919");
      assertThat(Estimate.moreThan(1_000).clipsAtZero(Estimate.exactly(81))).isFalse();

      Estimate remaining = Estimate.about(9_000).minus(Estimate.exactly(7_000));
      assertEstimate(remaining, Qualifier.BETWEEN, 1_550, 2_000, 2_450L);
      assertThat(remaining).hasToString("between 1,550 and 2,450");
      assertThat(Estimate.about(9_000).clipsAtZero(Estimate.exactly(7_000))).isFalse();
    }

    @Test
    void minusClipsAtZero() {
      assertThat(Estimate.exactly(100).minus(Estimate.exactly(30))).isEqualTo(Estimate.exactly(70));
      assertThat(Estimate.exactly(30).minus(Estimate.exactly(100))).isEqualTo(Estimate.exactly(0));
      assertThat(Estimate.exactly(30).clipsAtZero(Estimate.exactly(100))).isTrue();
      assertEstimate(
          Estimate.between(100, 200).minus(Estimate.between(150, 160)),
          Qualifier.BETWEEN,
          0,
          0,
          50L);
    }

    @Test
    void minusUnboundedSubtrahendLeavesNoLowEnd() {
      assertThat(Estimate.exactly(100).minus(Estimate.unknown())).isEqualTo(Estimate.upTo(100));
      assertThat(Estimate.exactly(100).clipsAtZero(Estimate.unknown())).isTrue();
      assertThat(Estimate.moreThan(1_000).minus(Estimate.moreThan(10)))
          .isEqualTo(Estimate.unknown().withBest(990))
          .hasToString("unknown (best 990)");
      assertThat(Estimate.moreThan(1_000).minus(Estimate.exactly(2_000)))
          .isEqualTo(Estimate.unknown());
    }

    @Test
    void clipsAtZeroBoundary() {
      Estimate hundred = Estimate.exactly(100);
      assertThat(hundred.minus(hundred)).isEqualTo(Estimate.exactly(0));
      assertThat(hundred.clipsAtZero(hundred)).isFalse();
      assertThat(hundred.clipsAtZero(Estimate.upTo(100))).isFalse();
      assertThat(hundred.clipsAtZero(Estimate.upTo(101))).isTrue();
      assertThat(hundred.clipsAtZero(Estimate.moreThan(0))).isTrue();
      assertThat(Estimate.upTo(100).clipsAtZero(Estimate.exactly(0))).isFalse();
      assertThat(Estimate.upTo(100).clipsAtZero(Estimate.exactly(1))).isTrue();
    }

    @Test
    void shareOfReferenceCases() {
      Share share = Estimate.exactly(7_000).shareOf(Estimate.about(9_000));
      assertThat(share).hasToString("about 78% (74%-82%)");
      assertThat(share.low()).isCloseTo(7_000.0 / 9_450, within(1e-15));
      assertThat(share.best()).isCloseTo(7_000.0 / 9_000, within(1e-15));
      assertThat(share.high()).isCloseTo(7_000.0 / 8_550, within(1e-15));

      Share small = Estimate.exactly(150).shareOf(Estimate.exactly(7_000));
      assertThat(small).hasToString("2.1%");
      assertThat(small).isEqualTo(Share.exactly(150.0 / 7_000));

      Share recaptured = Estimate.exactly(81).shareOf(Estimate.about(150));
      assertThat(recaptured.best()).isCloseTo(0.54, within(1e-12));
      assertThat(recaptured.low()).isCloseTo(81.0 / 158, within(1e-15));
      assertThat(recaptured.high()).isCloseTo(81.0 / 142, within(1e-15));
    }

    @Test
    void shareOfUnboundedParts() {
      Share overHalf = Estimate.moreThan(1_000).shareOf(Estimate.exactly(2_000));
      assertThat(overHalf.hasUpperBound()).isFalse();
      assertThat(overHalf.low()).isEqualTo(1_001.0 / 2_000);
      assertThat(overHalf).hasToString("at least 50%");
      assertThatThrownBy(overHalf::high).isInstanceOf(IllegalStateException.class);

      // an unbounded whole leaves no lower bound on the share
      Share ofUnbounded = Estimate.exactly(10).shareOf(Estimate.atLeast(100));
      assertThat(ofUnbounded).isEqualTo(Share.of(0, 0.1, 0.1));
      // a whole that may be zero leaves no upper bound
      Share ofUpTo = Estimate.exactly(10).shareOf(Estimate.upTo(100));
      assertThat(ofUpTo).isEqualTo(Share.of(0.1, 0.1, Double.POSITIVE_INFINITY));
      assertThat(ofUpTo).hasToString("at least 10%");
    }

    @Test
    void shareOfMayExceedOne() {
      assertThat(Estimate.exactly(150).shareOf(Estimate.exactly(100)))
          .isEqualTo(Share.exactly(1.5))
          .hasToString("150%");
    }

    @Test
    void shareOfRejectsWholeWithZeroBest() {
      assertThat(Estimate.exactly(5).shareOf(Estimate.exactly(1)).best()).isEqualTo(5.0);
      assertThatThrownBy(() -> Estimate.exactly(5).shareOf(Estimate.exactly(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.shareOf whole (exactly 0) must have a positive best value to divide by");
      assertThatThrownBy(() -> Estimate.exactly(5).shareOf(Estimate.upTo(200).withBest(0)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.shareOf whole (up to 200 (best 0)) must have a positive best value to"
                  + " divide by");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class SetOperations {

    @Test
    void intersectionOfOverlappingRanges() {
      Estimate both = Estimate.about(150).intersection(Estimate.upTo(200));
      // best: the mean of 150 and 200 (175), moved into 142-158
      assertThat(both).isEqualTo(Estimate.parse("between 142 and 158 (best 158)"));
      assertThat(Estimate.upTo(200).intersection(Estimate.about(150))).isEqualTo(both);

      assertThat(Estimate.atLeast(100).intersection(Estimate.upTo(200)))
          .isEqualTo(Estimate.between(100, 200));
      assertEstimate(
          Estimate.between(100, 200).intersection(Estimate.between(150, 300)),
          Qualifier.BETWEEN,
          150,
          187,
          200L);
      // best clamped up to the common low end
      assertThat(Estimate.moreThan(1_000).intersection(Estimate.atLeast(500)))
          .isEqualTo(Estimate.moreThan(1_000));
      assertThat(Estimate.unknown().intersection(Estimate.unknown())).isEqualTo(Estimate.unknown());
    }

    @Test
    void intersectionOfTouchingRangesIsThePoint() {
      assertThat(Estimate.exactly(5).intersection(Estimate.between(5, 10)))
          .isEqualTo(Estimate.exactly(5));
      assertThat(Estimate.upTo(200).intersection(Estimate.atLeast(200)))
          .isEqualTo(Estimate.exactly(200));
    }

    @Test
    void intersectionWithItselfIsItselfUpToWording() {
      for (Estimate e :
          List.of(
              Estimate.about(150),
              Estimate.upTo(200).withBest(3),
              Estimate.moreThan(1_000),
              Estimate.between(100, 200).withBest(120))) {
        assertThat(e.intersection(e).isEqual(e)).as("%s", e).isTrue();
      }
    }

    @Test
    void intersectionOfDisjointRangesThrowsNamingBoth() {
      assertThatThrownBy(() -> Estimate.moreThan(1_000).intersection(Estimate.upTo(200)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate (over 1,000) and (up to 200) have no count in common: they are 801"
                  + " apart");
      assertThatThrownBy(() -> Estimate.exactly(5).intersection(Estimate.exactly(6)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate (exactly 5) and (exactly 6) have no count in common: they are 1 apart");
    }

    @Test
    void spanEnclosesBoth() {
      assertThat(Estimate.exactly(100).span(Estimate.exactly(200)))
          .isEqualTo(Estimate.between(100, 200));
      assertThat(Estimate.about(150).span(Estimate.exactly(150))).isEqualTo(Estimate.about(150));
      Estimate either = Estimate.upTo(200).span(Estimate.moreThan(1_000));
      assertThat(either).isEqualTo(Estimate.unknown().withBest(600));
      assertThat(Estimate.moreThan(1_000).span(Estimate.upTo(200))).isEqualTo(either);
      assertThat(Estimate.moreThan(1_000).span(Estimate.moreThan(2_000)))
          .isEqualTo(Estimate.moreThan(1_000).withBest(1_501));
    }

    @Test
    void overlaps() {
      assertThat(Estimate.about(150).overlaps(Estimate.upTo(200))).isTrue();
      assertThat(Estimate.upTo(200).overlaps(Estimate.about(150))).isTrue();
      assertThat(Estimate.moreThan(1_000).overlaps(Estimate.upTo(200))).isFalse();
      assertThat(Estimate.upTo(200).overlaps(Estimate.moreThan(1_000))).isFalse();
      // ends are inclusive
      assertThat(Estimate.exactly(200).overlaps(Estimate.upTo(200))).isTrue();
      assertThat(Estimate.exactly(201).overlaps(Estimate.upTo(200))).isFalse();
      assertThat(Estimate.moreThan(200).overlaps(Estimate.upTo(200))).isFalse();
      assertThat(Estimate.atLeast(200).overlaps(Estimate.upTo(200))).isTrue();
      assertThat(Estimate.moreThan(5).overlaps(Estimate.atLeast(1_000_000))).isTrue();
      assertThat(Estimate.exactly(Estimate.MAX_COUNT).overlaps(Estimate.unknown())).isTrue();
    }

    @Test
    void distanceTo() {
      assertThat(Estimate.moreThan(1_000).distanceTo(Estimate.upTo(200))).isEqualTo(801);
      assertThat(Estimate.upTo(200).distanceTo(Estimate.moreThan(1_000))).isEqualTo(801);
      assertThat(Estimate.exactly(5).distanceTo(Estimate.exactly(6))).isEqualTo(1);
      assertThat(Estimate.about(150).distanceTo(Estimate.upTo(200))).isZero();
      assertThat(Estimate.exactly(200).distanceTo(Estimate.upTo(200))).isZero();
      assertThat(Estimate.exactly(0).distanceTo(Estimate.exactly(Estimate.MAX_COUNT)))
          .isEqualTo(Estimate.MAX_COUNT);
    }

    @Test
    void contains() {
      Estimate upTo = Estimate.upTo(200);
      assertThat(upTo.contains(0)).isTrue();
      assertThat(upTo.contains(200)).isTrue();
      assertThat(upTo.contains(201)).isFalse();
      assertThat(upTo.contains(-1)).isFalse();
      Estimate over = Estimate.moreThan(1_000);
      assertThat(over.contains(1_000)).isFalse();
      assertThat(over.contains(1_001)).isTrue();
      assertThat(over.contains(Long.MAX_VALUE)).isTrue();
      assertThat(Estimate.exactly(5).contains(5)).isTrue();
      assertThat(Estimate.exactly(5).contains(4)).isFalse();
      assertThat(Estimate.exactly(5).contains(6)).isFalse();
      assertThat(Estimate.about(150).contains(142)).isTrue();
      assertThat(Estimate.about(150).contains(141)).isFalse();
      assertThat(Estimate.about(150).contains(158)).isTrue();
      assertThat(Estimate.about(150).contains(159)).isFalse();
    }

    @Test
    void encloses() {
      assertThat(Estimate.upTo(200).encloses(Estimate.about(150))).isTrue();
      assertThat(Estimate.about(150).encloses(Estimate.upTo(200))).isFalse();
      assertThat(Estimate.about(150).encloses(Estimate.about(150))).isTrue();
      assertThat(Estimate.moreThan(1_000).encloses(Estimate.moreThan(1_000))).isTrue();
      assertThat(Estimate.unknown().encloses(Estimate.moreThan(1_000))).isTrue();
      assertThat(Estimate.unknown().encloses(Estimate.exactly(Estimate.MAX_COUNT))).isTrue();
      assertThat(Estimate.atLeast(1_000).encloses(Estimate.moreThan(1_000))).isTrue();
      assertThat(Estimate.moreThan(1_000).encloses(Estimate.atLeast(1_000))).isFalse();
      // bounded never encloses unbounded, however large
      assertThat(Estimate.upTo(Estimate.MAX_COUNT).encloses(Estimate.moreThan(1_000))).isFalse();
      assertThat(Estimate.between(100, 200).encloses(Estimate.between(100, 201))).isFalse();
      assertThat(Estimate.between(100, 200).encloses(Estimate.between(99, 200))).isFalse();
      assertThat(Estimate.between(100, 200).encloses(Estimate.exactly(200))).isTrue();
    }
  }
}
