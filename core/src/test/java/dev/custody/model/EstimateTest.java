package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.Estimate.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

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
    void aWordingIsCheckedAsFreeTextBeforeItsWordsAreRead() {
      assertThatThrownBy(() -> Estimate.create(Qualifier.ABOUT, 135, 150, 165, "ar\u0000ound"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "Estimate.wording (\"ar\\u0000ound\") must not contain control characters or line"
                  + " breaks; found U+0000 at index 2");
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
