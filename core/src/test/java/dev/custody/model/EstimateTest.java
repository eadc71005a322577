package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.custody.model.Estimate.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EstimateTest {

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
  class Factories {

    @Test
    void exactly() {
      assertEstimate(Estimate.exactly(150), Qualifier.EXACTLY, 150, 150, 150L);
      assertEstimate(Estimate.exactly(0), Qualifier.EXACTLY, 0, 0, 0L);
      assertEstimate(
          Estimate.exactly(Estimate.MAX_COUNT),
          Qualifier.EXACTLY,
          Estimate.MAX_COUNT,
          Estimate.MAX_COUNT,
          Estimate.MAX_COUNT);
      assertThat(Estimate.exactly(150).isExact()).isTrue();
      assertThat(Estimate.exactly(150).isUnknown()).isFalse();
    }

    @Test
    void exactlyRejectsNegativeCount() {
      assertThatThrownBy(() -> Estimate.exactly(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (-1) must not be negative");
    }

    @Test
    void aboutUsesFivePercentRoundedOutward() {
      assertEstimate(Estimate.about(150), Qualifier.ABOUT, 142, 150, 158L);
      assertEstimate(Estimate.about(9_000), Qualifier.ABOUT, 8_550, 9_000, 9_450L);
      // 5% of 20 is exactly 1; 5% of 21 is 1.05, rounded up to 2
      assertEstimate(Estimate.about(20), Qualifier.ABOUT, 19, 20, 21L);
      assertEstimate(Estimate.about(21), Qualifier.ABOUT, 19, 21, 23L);
      assertEstimate(Estimate.about(1), Qualifier.ABOUT, 0, 1, 2L);
      assertThat(Estimate.about(150)).isEqualTo(Estimate.about(150, AboutPolicy.standard()));
    }

    @Test
    void aboutZeroIsExactlyZero() {
      assertThat(Estimate.about(0)).isEqualTo(Estimate.exactly(0));
    }

    @Test
    void aboutRejectsNegativeBest() {
      assertThatThrownBy(() -> Estimate.about(-5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (-5) must not be negative");
      assertThatThrownBy(() -> Estimate.about(-5, AboutPolicy.absolute(1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (-5) must not be negative");
    }

    @Test
    void aboutOverflowThrowsArithmeticException() {
      assertThatThrownBy(() -> Estimate.about(Estimate.MAX_COUNT))
          .isInstanceOf(ArithmeticException.class)
          .hasMessage(
              "Estimate.about high (best 1,000,000,000,000,000 plus margin 50,000,000,000,000)"
                  + " must not exceed the largest count, Estimate.MAX_COUNT"
                  + " (1,000,000,000,000,000); policy: AboutPolicy.percent(5)");
      assertThatThrownBy(() -> Estimate.about(Estimate.MAX_COUNT - 10, AboutPolicy.absolute(11)))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("plus margin 11");
      // a policy's margin as large as a long cannot wrap the high end around
      assertThatThrownBy(() -> Estimate.about(1, best -> Long.MAX_VALUE))
          .isInstanceOf(ArithmeticException.class)
          .hasMessageContaining("plus margin 9,223,372,036,854,775,807");
      assertEstimate(
          Estimate.about(Estimate.MAX_COUNT - 10, AboutPolicy.absolute(10)),
          Qualifier.ABOUT,
          Estimate.MAX_COUNT - 20,
          Estimate.MAX_COUNT - 10,
          Estimate.MAX_COUNT);
    }

    @Test
    void aboutWithCustomPolicy() {
      assertEstimate(Estimate.about(150, AboutPolicy.percent(10)), Qualifier.ABOUT, 135, 150, 165L);
      // 10% of 155 is 15.5, rounded outward to 16
      assertEstimate(Estimate.about(155, AboutPolicy.percent(10)), Qualifier.ABOUT, 139, 155, 171L);
      assertEstimate(
          Estimate.about(150, AboutPolicy.absolute(20)), Qualifier.ABOUT, 130, 150, 170L);
      assertEstimate(Estimate.about(100, best -> 3), Qualifier.ABOUT, 97, 100, 103L);
    }

    @Test
    void aboutWithWideMarginClipsLowAtZero() {
      assertEstimate(Estimate.about(150, AboutPolicy.absolute(200)), Qualifier.ABOUT, 0, 150, 350L);
      assertEstimate(Estimate.about(150, AboutPolicy.absolute(150)), Qualifier.ABOUT, 0, 150, 300L);
      assertEstimate(Estimate.about(150, AboutPolicy.absolute(149)), Qualifier.ABOUT, 1, 150, 299L);
    }

    @Test
    void aboutWithZeroMarginIsExactly() {
      assertThat(Estimate.about(150, AboutPolicy.percent(0))).isEqualTo(Estimate.exactly(150));
      assertThat(Estimate.about(150, AboutPolicy.absolute(0))).isEqualTo(Estimate.exactly(150));
      assertThat(Estimate.about(150, best -> 0)).isEqualTo(Estimate.exactly(150));
    }

    @Test
    void aboutRejectsNegativeMarginNamingThePolicy() {
      AboutPolicy negative =
          new AboutPolicy() {
            @Override
            public long marginFor(long best) {
              return -1;
            }

            @Override
            public String toString() {
              return "broken policy";
            }
          };
      assertThatThrownBy(() -> Estimate.about(150, negative))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "AboutPolicy margin (-1) for best (150) must not be negative; policy: broken policy");
      // the same figure with a margin of zero is fine
      assertThat(Estimate.about(150, best -> 0)).isEqualTo(Estimate.exactly(150));
    }

    @Test
    void moreThan() {
      assertEstimate(Estimate.moreThan(1_000), Qualifier.MORE_THAN, 1_001, 1_001, UNBOUNDED);
      assertEstimate(Estimate.moreThan(0), Qualifier.MORE_THAN, 1, 1, UNBOUNDED);
      assertEstimate(
          Estimate.moreThan(Estimate.MAX_COUNT - 1),
          Qualifier.MORE_THAN,
          Estimate.MAX_COUNT,
          Estimate.MAX_COUNT,
          UNBOUNDED);
      assertThat(Estimate.moreThan(0).isUnknown()).isFalse();
    }

    @Test
    void moreThanRejectsNegativeAndOverflow() {
      assertThatThrownBy(() -> Estimate.moreThan(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.moreThan count (-1) must not be negative");
      assertThatThrownBy(() -> Estimate.moreThan(Estimate.MAX_COUNT))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.moreThan count (1,000,000,000,000,000) must be less than the largest"
                  + " count, Estimate.MAX_COUNT (1,000,000,000,000,000)");
      assertThatThrownBy(() -> Estimate.moreThan(Long.MAX_VALUE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Estimate.moreThan count (9,223,372,036,854,775,807) must be");
    }

    @Test
    void atLeast() {
      assertEstimate(Estimate.atLeast(1_000), Qualifier.AT_LEAST, 1_000, 1_000, UNBOUNDED);
      assertEstimate(Estimate.atLeast(0), Qualifier.AT_LEAST, 0, 0, UNBOUNDED);
      assertThat(Estimate.atLeast(0)).isEqualTo(Estimate.unknown());
      assertThat(Estimate.atLeast(1).isUnknown()).isFalse();
      assertThatThrownBy(() -> Estimate.atLeast(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (-1) must not be negative");
    }

    @Test
    void upTo() {
      assertEstimate(Estimate.upTo(200), Qualifier.UP_TO, 0, 200, 200L);
      assertEstimate(Estimate.upTo(1), Qualifier.UP_TO, 0, 1, 1L);
      assertThat(Estimate.upTo(0)).isEqualTo(Estimate.exactly(0));
      assertThat(Estimate.upTo(200).isExact()).isFalse();
      assertThatThrownBy(() -> Estimate.upTo(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.upTo count (-1) must not be negative");
    }

    @Test
    void betweenTakesTheMidpointRoundedDown() {
      assertEstimate(Estimate.between(100, 200), Qualifier.BETWEEN, 100, 150, 200L);
      assertEstimate(Estimate.between(100, 101), Qualifier.BETWEEN, 100, 100, 101L);
      assertEstimate(Estimate.between(0, 200), Qualifier.BETWEEN, 0, 100, 200L);
      assertEstimate(
          Estimate.between(Estimate.MAX_COUNT - 1, Estimate.MAX_COUNT),
          Qualifier.BETWEEN,
          Estimate.MAX_COUNT - 1,
          Estimate.MAX_COUNT - 1,
          Estimate.MAX_COUNT);
      assertThat(Estimate.between(5, 5)).isEqualTo(Estimate.exactly(5));
    }

    @Test
    void betweenRejectsBadBoundsSideBySide() {
      assertThat(Estimate.between(200, 200)).isEqualTo(Estimate.exactly(200));
      assertThatThrownBy(() -> Estimate.between(201, 200))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (201) must not exceed high (200)");
      assertThat(Estimate.between(0, 5).low()).isZero();
      assertThatThrownBy(() -> Estimate.between(-1, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (-1) must not be negative");
    }

    @Test
    void unknown() {
      assertEstimate(Estimate.unknown(), Qualifier.AT_LEAST, 0, 0, UNBOUNDED);
      assertThat(Estimate.unknown().isUnknown()).isTrue();
      assertThat(Estimate.unknown().isExact()).isFalse();
      // the range decides, not the best value
      assertThat(Estimate.unknown().withBest(5).isUnknown()).isTrue();
      assertThat(Estimate.upTo(5).isUnknown()).isFalse();
    }

    @Test
    void ofWordsByShape() {
      assertThat(Estimate.of(150, 150, 150)).isEqualTo(Estimate.exactly(150));
      assertThat(Estimate.of(0, 0, 0)).isEqualTo(Estimate.exactly(0));
      assertThat(Estimate.of(0, 200, 200)).isEqualTo(Estimate.upTo(200));
      // any best strictly inside is "about", the midpoint included, while the range lies within
      // the standard about policy around it
      assertEstimate(Estimate.of(143, 150, 157), Qualifier.ABOUT, 143, 150, 157L);
      assertThat(Estimate.of(143, 150, 157)).isNotEqualTo(Estimate.between(143, 157));
      assertThat(Estimate.of(143, 150, 157).isEqual(Estimate.between(143, 157))).isTrue();
      assertEstimate(Estimate.of(145, 150, 158), Qualifier.ABOUT, 145, 150, 158L);
      // wider, it is "between", with its best value: "about 150 (100-200)" would not read back
      assertEstimate(Estimate.of(100, 150, 200), Qualifier.BETWEEN, 100, 150, 200L);
      assertThat(Estimate.of(100, 150, 200)).isEqualTo(Estimate.between(100, 200));
      assertEstimate(Estimate.of(100, 120, 200), Qualifier.BETWEEN, 100, 120, 200L);
      assertEstimate(Estimate.of(100, 101, 200), Qualifier.BETWEEN, 100, 101, 200L);
      assertEstimate(Estimate.of(0, 199, 200), Qualifier.BETWEEN, 0, 199, 200L);
      assertEstimate(Estimate.of(142, 158, 158), Qualifier.BETWEEN, 142, 158, 158L);
      // best on an end (but not "up to") is a "between" with a best value
      assertEstimate(Estimate.of(100, 100, 200), Qualifier.BETWEEN, 100, 100, 200L);
      assertEstimate(Estimate.of(100, 200, 200), Qualifier.BETWEEN, 100, 200, 200L);
      assertEstimate(Estimate.of(0, 0, 200), Qualifier.BETWEEN, 0, 0, 200L);
      // so the numbers of about(150) rebuild about(150)
      assertThat(Estimate.of(142, 150, 158)).isEqualTo(Estimate.about(150));
    }

    @Test
    void ofRejectsBrokenInvariantsSideBySide() {
      assertThat(Estimate.of(200, 200, 300).low()).isEqualTo(200);
      assertThatThrownBy(() -> Estimate.of(1001, 200, 300))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (1001) must not exceed best (200)");

      assertThat(Estimate.of(100, 200, 200).best()).isEqualTo(200);
      assertThatThrownBy(() -> Estimate.of(100, 201, 200))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (201) must not exceed high (200)");

      assertThat(Estimate.of(0, 0, 5).low()).isZero();
      assertThatThrownBy(() -> Estimate.of(-1, 0, 5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (-1) must not be negative");

      // -1 is how an unbounded high end is stored inside; it must never sneak in from outside
      assertThat(Estimate.of(0, 0, 0).high()).isZero();
      assertThatThrownBy(() -> Estimate.of(0, 0, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.high (-1) must not be negative");
      assertThatThrownBy(() -> Estimate.of(0, 0, -5))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.high (-5) must not be negative");
    }
  }

  // ------------------------------------------------------------------------------------------

  /**
   * The shape rules cannot be broken through the public factories, so these go through the
   * generated (package-private) constructor, the one path every value is checked on.
   */
  @Nested
  class Invariants {

    private Estimate raw(Qualifier q, long low, long best, long highEnd) {
      return ImmutableEstimate.of(q, low, best, highEnd);
    }

    private void assertRejected(Qualifier q, long low, long best, long highEnd, String message) {
      assertThatThrownBy(() -> raw(q, low, best, highEnd))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(message);
    }

    @Test
    void ordering() {
      assertThat(raw(Qualifier.BETWEEN, 0, 5, 10)).isEqualTo(Estimate.between(0, 10));
      assertRejected(Qualifier.BETWEEN, -1, 5, 10, "Estimate.low (-1) must not be negative");
      assertRejected(Qualifier.BETWEEN, 6, 5, 10, "Estimate.low (6) must not exceed best (5)");
      assertRejected(Qualifier.BETWEEN, 0, 11, 10, "Estimate.best (11) must not exceed high (10)");
      assertRejected(Qualifier.BETWEEN, 0, 0, -2, "Estimate.high (-2) must not be negative");
      assertRejected(
          Qualifier.EXACTLY,
          0,
          0,
          Long.MIN_VALUE,
          "Estimate.high (" + Long.MIN_VALUE + ") must not be negative");
    }

    @Test
    void exactlyShape() {
      assertThat(raw(Qualifier.EXACTLY, 5, 5, 5)).isEqualTo(Estimate.exactly(5));
      assertRejected(
          Qualifier.EXACTLY,
          5,
          5,
          6,
          "Estimate.qualifier (EXACTLY) requires low == high; was 5..6");
      assertRejected(
          Qualifier.EXACTLY,
          5,
          5,
          -1,
          "Estimate.qualifier (EXACTLY) requires low == high; was 5..unbounded");
    }

    @Test
    void aboutAndBetweenShape() {
      for (Qualifier q : List.of(Qualifier.ABOUT, Qualifier.BETWEEN)) {
        assertThat(raw(q, 5, 5, 6).qualifier()).isEqualTo(q);
        assertRejected(
            q,
            5,
            5,
            5,
            "Estimate.qualifier (" + q + ") requires a bounded range with low < high; was 5..5");
        assertRejected(
            q,
            5,
            5,
            -1,
            "Estimate.qualifier ("
                + q
                + ") requires a bounded range with low < high; was 5..unbounded");
      }
    }

    @Test
    void upToShape() {
      assertThat(raw(Qualifier.UP_TO, 0, 3, 5).qualifier()).isEqualTo(Qualifier.UP_TO);
      assertRejected(
          Qualifier.UP_TO,
          1,
          5,
          5,
          "Estimate.qualifier (UP_TO) requires low == 0 < high; was 1..5");
      assertRejected(
          Qualifier.UP_TO,
          0,
          0,
          0,
          "Estimate.qualifier (UP_TO) requires low == 0 < high; was 0..0");
      assertRejected(
          Qualifier.UP_TO,
          0,
          0,
          -1,
          "Estimate.qualifier (UP_TO) requires low == 0 < high; was 0..unbounded");
    }

    @Test
    void moreThanShape() {
      assertThat(raw(Qualifier.MORE_THAN, 1, 1, -1)).isEqualTo(Estimate.moreThan(0));
      assertRejected(
          Qualifier.MORE_THAN,
          0,
          0,
          -1,
          "Estimate.qualifier (MORE_THAN) requires no upper bound and low >= 1; was 0..unbounded");
      assertRejected(
          Qualifier.MORE_THAN,
          1,
          1,
          5,
          "Estimate.qualifier (MORE_THAN) requires no upper bound and low >= 1; was 1..5");
    }

    @Test
    void atLeastShape() {
      assertThat(raw(Qualifier.AT_LEAST, 0, 0, -1)).isEqualTo(Estimate.unknown());
      assertRejected(
          Qualifier.AT_LEAST,
          0,
          0,
          5,
          "Estimate.qualifier (AT_LEAST) requires no upper bound; was 0..5");
    }

    @Test
    void shapeRuleIsReachableThroughParse() {
      assertThat(Estimate.parse("about 5 (4-6)").qualifier()).isEqualTo(Qualifier.ABOUT);
      assertThatThrownBy(() -> Estimate.parse("about 5 (5-5)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.qualifier (ABOUT) requires a bounded range with low < high; was 5..5");
      assertThatThrownBy(() -> Estimate.parse("about 5 (6-7)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (6) must not exceed best (5)");
      assertThatThrownBy(() -> Estimate.parse("about 9 (6-7)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (9) must not exceed high (7)");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class LargestCount {

    private static final String BOUND =
        " must not exceed the largest count, Estimate.MAX_COUNT (1,000,000,000,000,000)";

    @Test
    void theBoundIsTenToTheFifteenth() {
      assertThat(Estimate.MAX_COUNT).isEqualTo(1_000_000_000_000_000L);
      assertThat(Estimate.exactly(Estimate.MAX_COUNT).high()).isEqualTo(Estimate.MAX_COUNT);
      assertThat(Estimate.atLeast(Estimate.MAX_COUNT).low()).isEqualTo(Estimate.MAX_COUNT);
    }

    @Test
    void everyFactoryRefusesACountPastTheBoundNamingItAndTheValue() {
      long past = Estimate.MAX_COUNT + 1;
      assertThatThrownBy(() -> Estimate.exactly(Long.MAX_VALUE))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (9,223,372,036,854,775,807)" + BOUND);
      assertThatThrownBy(() -> Estimate.atLeast(past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.upTo(past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.between(0, past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.high (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.of(0, 1, past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.high (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.about(past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.unknown().withBest(past))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1,000,000,000,000,001)" + BOUND);
      assertThatThrownBy(() -> Estimate.parse("up to 1,000,000,000,000,001"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1,000,000,000,000,001)" + BOUND);
    }

    @Test
    void noArithmeticSaysOnlyLongOverflow() {
      Estimate largest = Estimate.exactly(Estimate.MAX_COUNT);
      assertThat(largest.minus(Estimate.exactly(Estimate.MAX_COUNT)))
          .isEqualTo(Estimate.exactly(0));
      assertThat(largest.span(Estimate.exactly(0)).high()).isEqualTo(Estimate.MAX_COUNT);
      assertThat(largest.intersection(Estimate.unknown())).isEqualTo(largest);
      assertThat(largest.shareOf(Estimate.exactly(1)).best()).isEqualTo(1e15);
      assertThatThrownBy(() -> largest.plus(largest))
          .isInstanceOf(ArithmeticException.class)
          .message()
          .isNotEqualTo("long overflow")
          .contains("exactly 1,000,000,000,000,000 plus exactly 1,000,000,000,000,000");
    }
  }

  // ------------------------------------------------------------------------------------------

  @Nested
  class Text {

    @Test
    void toStringForms() {
      assertThat(Estimate.exactly(150)).hasToString("exactly 150");
      assertThat(Estimate.exactly(0)).hasToString("exactly 0");
      assertThat(Estimate.exactly(1_234_567)).hasToString("exactly 1,234,567");
      assertThat(Estimate.exactly(Estimate.MAX_COUNT)).hasToString("exactly 1,000,000,000,000,000");
      assertThat(Estimate.about(9_000)).hasToString("about 9,000 (8,550-9,450)");
      assertThat(Estimate.about(150)).hasToString("about 150 (142-158)");
      assertThat(Estimate.moreThan(1_000)).hasToString("over 1,000");
      assertThat(Estimate.moreThan(0)).hasToString("over 0");
      assertThat(Estimate.atLeast(1_000)).hasToString("at least 1,000");
      assertThat(Estimate.upTo(200)).hasToString("up to 200");
      assertThat(Estimate.between(100, 200)).hasToString("between 100 and 200");
      assertThat(Estimate.between(100, 101)).hasToString("between 100 and 101");
      assertThat(Estimate.unknown()).hasToString("unknown");
    }

    @Test
    void toStringAddsBestSuffixOnlyWhenTheWordingDoesNotImplyIt() {
      assertThat(Estimate.moreThan(1_000).withBest(1_500)).hasToString("over 1,000 (best 1,500)");
      assertThat(Estimate.moreThan(1_000).withBest(1_001)).hasToString("over 1,000");
      assertThat(Estimate.atLeast(1_000).withBest(1_200))
          .hasToString("at least 1,000 (best 1,200)");
      assertThat(Estimate.unknown().withBest(5)).hasToString("unknown (best 5)");
      assertThat(Estimate.upTo(200).withBest(50)).hasToString("up to 200 (best 50)");
      assertThat(Estimate.upTo(200).withBest(0)).hasToString("up to 200 (best 0)");
      assertThat(Estimate.upTo(200).withBest(200)).hasToString("up to 200");
      assertThat(Estimate.between(100, 200).withBest(120))
          .hasToString("between 100 and 200 (best 120)");
      assertThat(Estimate.between(100, 200).withBest(150)).hasToString("between 100 and 200");
      assertThat(Estimate.between(100, 101).withBest(101))
          .hasToString("between 100 and 101 (best 101)");
      // "about" prints its best value up front, so never needs the suffix; a best that leaves the
      // range wider than "about" reads is "between"
      assertThat(Estimate.parse("about 150 (145-155)").withBest(148))
          .hasToString("about 148 (145-155)");
      assertThat(Estimate.about(150).withBest(145)).hasToString("between 142 and 158 (best 145)");
      // kept words state their own figure, so a best of another is a suffix
      assertThat(Estimate.parse("roughly 150").withBest(145))
          .hasToString("roughly 150 (142-158) (best 145)");
    }

    @Test
    void parseEveryForm() {
      assertThat(Estimate.parse("exactly 150")).isEqualTo(Estimate.exactly(150));
      assertThat(Estimate.parse("about 9,000 (8,550-9,450)")).isEqualTo(Estimate.about(9_000));
      assertThat(Estimate.parse("over 1,000")).isEqualTo(Estimate.moreThan(1_000));
      assertThat(Estimate.parse("at least 1,000")).isEqualTo(Estimate.atLeast(1_000));
      assertThat(Estimate.parse("up to 200")).isEqualTo(Estimate.upTo(200));
      assertThat(Estimate.parse("between 100 and 200")).isEqualTo(Estimate.between(100, 200));
      assertThat(Estimate.parse("unknown")).isEqualTo(Estimate.unknown());
    }

    @Test
    void parseWithoutSeparatorsAndFromAnyCharSequence() {
      assertThat(Estimate.parse("about 9000 (8550-9450)")).isEqualTo(Estimate.about(9_000));
      assertThat(Estimate.parse("over 1000")).isEqualTo(Estimate.moreThan(1_000));
      assertThat(Estimate.parse("exactly 1234567")).isEqualTo(Estimate.exactly(1_234_567));
      assertThat(Estimate.parse(new StringBuilder("up to 2,000"))).isEqualTo(Estimate.upTo(2_000));
    }

    @Test
    void parseBestSuffix() {
      assertThat(Estimate.parse("over 1,000 (best 1,500)"))
          .isEqualTo(Estimate.moreThan(1_000).withBest(1_500));
      assertThat(Estimate.parse("at least 0 (best 5)")).isEqualTo(Estimate.unknown().withBest(5));
      assertThat(Estimate.parse("unknown (best 5)")).isEqualTo(Estimate.unknown().withBest(5));
      assertThat(Estimate.parse("up to 200 (best 50)")).isEqualTo(Estimate.upTo(200).withBest(50));
      assertThat(Estimate.parse("between 100 and 200 (best 120)"))
          .isEqualTo(Estimate.between(100, 200).withBest(120));
      // a suffix that repeats the implied best is accepted too
      assertThat(Estimate.parse("between 100 and 200 (best 150)"))
          .isEqualTo(Estimate.between(100, 200));
    }

    @Test
    void parseIsTheInverseOfToString() {
      List<Estimate> all =
          List.of(
              Estimate.exactly(0),
              Estimate.exactly(150),
              Estimate.exactly(Estimate.MAX_COUNT),
              Estimate.about(1),
              Estimate.about(150),
              Estimate.about(9_000),
              Estimate.about(150).withBest(142),
              Estimate.about(150).withBest(155),
              Estimate.parse("785"),
              Estimate.parse("1500"),
              Estimate.parse("roughly 150"),
              Estimate.parse("around 9,000"),
              Estimate.parse("some two dozen"),
              Estimate.parse("about a dozen"),
              Estimate.parse("roughly 150").withBest(158),
              Estimate.nearly(5_000),
              Estimate.nearly(1),
              Estimate.parse("almost 5,000"),
              Estimate.nearly(5_000).withBest(4_800),
              Estimate.parse("nearly two dozen"),
              Estimate.fewerThan(1),
              Estimate.fewerThan(100),
              Estimate.fewerThan(100).withBest(50),
              Estimate.parse("as many as 200"),
              Estimate.parse("as many as 200").withBest(10),
              Estimate.vague("dozens"),
              Estimate.vague("hundreds of thousands"),
              Estimate.vague("a few hundred").withBest(200),
              Estimate.moreThan(0),
              Estimate.moreThan(1_000),
              Estimate.moreThan(1_000).withBest(5_000),
              Estimate.moreThan(Estimate.MAX_COUNT - 1),
              Estimate.atLeast(1_000),
              Estimate.atLeast(1_000).withBest(1_001),
              Estimate.unknown(),
              Estimate.unknown().withBest(7),
              Estimate.upTo(1),
              Estimate.upTo(200),
              Estimate.upTo(200).withBest(0),
              Estimate.between(0, 1),
              Estimate.between(100, 200),
              Estimate.between(100, 200).withBest(200),
              Estimate.between(0, 200).withBest(200),
              Estimate.of(100, 120, 200),
              Estimate.between(Estimate.MAX_COUNT - 1, Estimate.MAX_COUNT));
      for (Estimate e : all) {
        assertThat(Estimate.parse(e.toString())).as("parse(\"%s\")", e).isEqualTo(e);
      }
    }

    @Test
    void parseNormalisesEquivalentTexts() {
      assertThat(Estimate.parse("at least 0")).hasToString("unknown");
      assertThat(Estimate.parse("up to 0")).isEqualTo(Estimate.exactly(0));
      assertThat(Estimate.parse("between 5 and 5")).isEqualTo(Estimate.exactly(5));
      assertThat(Estimate.parse("exactly 007")).isEqualTo(Estimate.exactly(7));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "exactly",
          "Exactly 150",
          "exactly  150",
          " exactly 150",
          "exactly 150 ",
          "exactly -5",
          "exactly 1,00",
          "exactly 1,0000",
          "exactly 1.000",
          "exactly ,100",
          "about 150 (142 - 158)",
          "roughly",
          "some 1.5 dozen",
          "thirteen dozen",
          "nearly",
          "fewer than",
          "as many as",
          "Dozens",
          "dozens of",
          "a dozen",
          "785 (best 700)",
          "dozens (24 - 99)",
          "over",
          "more than",
          "just over",
          "at least",
          "up to",
          "between 100 and",
          "between 100 - 200",
          "Unknown",
          "exactly 150 (best 150)",
          "about 150 (142-158) (best 150)",
          "over 1,000 (best 1.500)",
          "150 people"
        })
    void parseRejectsTextsOfNoForm(String text) {
      assertThatThrownBy(() -> Estimate.parse(text))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate text (\""
                  + text
                  + "\") must read like \"785\", \"exactly 150\", \"about 150\","
                  + " \"about 9,000 (8,550-9,450)\", \"approximately 150\", \"an estimated 150\", \"roughly 200\","
                  + " \"some two dozen\", \"nearly 5,000\", \"just under 100\","
                  + " \"just over 100\", \"dozens\", \"a few hundred\", \"thousands\","
                  + " \"over 1,000\", \"more than 1,000\", \"at least 1,000\", \"up to 200\","
                  + " \"as many as 200\", \"fewer than 50\", \"between 100 and 200\" or"
                  + " \"unknown\"");
    }

    @Test
    void parseRejectsNumbersThatBreakAnInvariant() {
      assertThatThrownBy(() -> Estimate.parse("between 200 and 100"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.low (200) must not exceed high (100)");
      assertThatThrownBy(() -> Estimate.parse("over 1,000 (best 900)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (900) must lie in the range 1001..unbounded");
      assertThatThrownBy(() -> Estimate.parse("up to 200 (best 201)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (201) must lie in the range 0..200");
      assertThatThrownBy(() -> Estimate.parse("up to 0 (best 1)"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1) must lie in the range 0..0");
    }

    @Test
    void parseRejectsNumbersTooLargeWithIllegalArgumentException() {
      assertThatThrownBy(() -> Estimate.parse("exactly 99999999999999999999"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate text number (\"99999999999999999999\") must fit in a long")
          .hasCauseInstanceOf(NumberFormatException.class);
      assertThatThrownBy(() -> Estimate.parse("exactly 9,223,372,036,854,775,808"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate text number (\"9,223,372,036,854,775,808\") must fit in a long");
      // "over" the largest count would need a low end past it
      assertThat(Estimate.parse("over 999,999,999,999,999"))
          .isEqualTo(Estimate.moreThan(Estimate.MAX_COUNT - 1));
      assertThatThrownBy(() -> Estimate.parse("over 1,000,000,000,000,000"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.moreThan count (1,000,000,000,000,000) must be less than the largest"
                  + " count, Estimate.MAX_COUNT (1,000,000,000,000,000)");
      assertThatThrownBy(() -> Estimate.parse("over 9,223,372,036,854,775,807"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("Estimate.moreThan count (9,223,372,036,854,775,807) must be");
      assertThatThrownBy(() -> Estimate.parse("exactly 9,223,372,036,854,775,807"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.low (9,223,372,036,854,775,807) must not exceed the largest count,"
                  + " Estimate.MAX_COUNT (1,000,000,000,000,000)");
    }
  }

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

  // ------------------------------------------------------------------------------------------

  @Nested
  class Identity {

    @Test
    void isEqualComparesNumbersWhileEqualsAlsoComparesWording() {
      Estimate over = Estimate.moreThan(1_000);
      Estimate atLeast = Estimate.atLeast(1_001);
      assertThat(over.isEqual(atLeast)).isTrue();
      assertThat(atLeast.isEqual(over)).isTrue();
      assertThat(over).isNotEqualTo(atLeast);

      assertThat(Estimate.about(150).isEqual(Estimate.between(142, 158))).isTrue();
      assertThat(Estimate.about(150)).isNotEqualTo(Estimate.between(142, 158));

      // any number different breaks isEqual
      assertThat(Estimate.about(150).isEqual(Estimate.about(150).withBest(151))).isFalse();
      assertThat(Estimate.upTo(200).isEqual(Estimate.upTo(201))).isFalse();
      assertThat(Estimate.atLeast(200).isEqual(Estimate.atLeast(201))).isFalse();
      // bounded at the top of long is still not unbounded
      assertThat(
              Estimate.upTo(Estimate.MAX_COUNT)
                  .isEqual(Estimate.unknown().withBest(Estimate.MAX_COUNT)))
          .isFalse();
    }

    @Test
    void withBestKeepsRangeAndWording() {
      assertEstimate(
          Estimate.parse("about 150 (145-155)").withBest(148), Qualifier.ABOUT, 145, 148, 155L);
      // "about" with its best up front stays "about" only within the about policy of the new best
      assertEstimate(Estimate.about(150).withBest(145), Qualifier.BETWEEN, 142, 145, 158L);
      assertEstimate(Estimate.parse("roughly 150").withBest(145), Qualifier.ABOUT, 142, 145, 158L);
      assertThat(Estimate.parse("roughly 150").withBest(145).wording()).contains("roughly 150");
      assertEstimate(
          Estimate.moreThan(1_000).withBest(5_000), Qualifier.MORE_THAN, 1_001, 5_000, UNBOUNDED);
      assertEstimate(Estimate.upTo(200).withBest(0), Qualifier.UP_TO, 0, 0, 200L);
      assertThat(Estimate.exactly(5).withBest(5)).isEqualTo(Estimate.exactly(5));
      assertThat(Estimate.about(150).withBest(150)).isEqualTo(Estimate.about(150));
    }

    @Test
    void withBestRejectsValuesOutsideTheRange() {
      assertThat(Estimate.about(150).withBest(158).best()).isEqualTo(158);
      assertThatThrownBy(() -> Estimate.about(150).withBest(159))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (159) must lie in the range 142..158");
      assertThat(Estimate.about(150).withBest(142).best()).isEqualTo(142);
      assertThatThrownBy(() -> Estimate.about(150).withBest(141))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (141) must lie in the range 142..158");
      assertThatThrownBy(() -> Estimate.exactly(5).withBest(6))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (6) must lie in the range 5..5");
      assertThatThrownBy(() -> Estimate.moreThan(1_000).withBest(1_000))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (1000) must lie in the range 1001..unbounded");
      assertThatThrownBy(() -> Estimate.unknown().withBest(-1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("Estimate.best (-1) must lie in the range 0..unbounded");
    }

    @Test
    void highThrowsWhenUnbounded() {
      assertThat(Estimate.exactly(5).high()).isEqualTo(5);
      assertThat(Estimate.upTo(200).high()).isEqualTo(200);
      assertThatThrownBy(() -> Estimate.moreThan(1_000).high())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Estimate (over 1,000) has no upper bound; check hasUpperBound() first");
      assertThatThrownBy(() -> Estimate.unknown().high())
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("Estimate (unknown) has no upper bound; check hasUpperBound() first");
    }

    @Test
    void isExact() {
      assertThat(Estimate.exactly(0).isExact()).isTrue();
      assertThat(Estimate.between(0, 1).isExact()).isFalse();
      assertThat(Estimate.moreThan(5).isExact()).isFalse();
      assertThat(Estimate.about(0).isExact()).isTrue();
    }
  }

  @Test
  void none_is_no_share_even_of_a_whole_that_may_be_zero() {
    Share share = Estimate.exactly(0).shareOf(Estimate.between(0, 10));

    assertThat(share.high()).isZero();
    assertThat(share.best()).isZero();
    assertThat(Estimate.upTo(4).shareOf(Estimate.between(0, 10)).hasUpperBound()).isFalse();
    assertThat(Estimate.upTo(4).shareOf(Estimate.between(2, 10)).high()).isEqualTo(2.0);
  }
}
