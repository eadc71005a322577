package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.Estimate.Qualifier;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an estimate reads and prints: the grammar of {@link Estimate#parse} and {@link
 * Estimate#toString}.
 */
class EstimateTextTest {

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
    void underIsFewerThanInTheWordsPrinted() {
      Estimate under = Estimate.parse("under 500");

      assertThat(under.low()).isZero();
      assertThat(under.high()).isEqualTo(499);
      assertThat(under.qualifier()).isEqualTo(Estimate.Qualifier.FEWER_THAN);
      assertThat(under).hasToString("under 500").isNotEqualTo(Estimate.fewerThan(500));
      assertThat(under.withBest(450)).hasToString("under 500 (best 450)");
      assertThatThrownBy(() -> Estimate.parse("under 0"))
          .isInstanceOf(IllegalArgumentException.class);
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
              Estimate.parse("under 500"),
              Estimate.parse("under 500").withBest(450),
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
          "a baker's dozen",
          "eleventy",
          "none at all",
          "nearly",
          "fewer than",
          "as many as",
          "dozens of",
          "785 (best 700)",
          "dozens (24 - 99)",
          "over",
          "more than",
          "just over",
          "at least",
          "up to",
          "between 100 and",
          "between 100 - 200",
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
                  + "\") must read like \"785\", \"1,500 (1,425-1,575)\", \"three\","
                  + " \"exactly 150\", \"about 150\", \"about 9,000 (8,550-9,450)\", \"approximately 150\", \"an estimated 150\","
                  + " \"roughly 200\", \"some two dozen\", \"a dozen\", \"nearly 5,000\","
                  + " \"just under 100\", \"just over 100\", \"a handful\", \"dozens\","
                  + " \"a few hundred\", \"thousands\", \"over 1,000\", \"more than a thousand\","
                  + " \"at least 1,000\", \"no fewer than 1,000\", \"up to 200\","
                  + " \"as many as 200\", \"no more than 200\", \"fewer than 50\","
                  + " \"less than 50\", \"between 100 and 200\", \"3,000 to 3,500\","
                  + " \"about 700-850\" or \"unknown\"");
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
}
