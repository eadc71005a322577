package dev.custody.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.custody.model.Estimate.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Counts as news style prints them: spelled out ("three", "a dozen", "more than a thousand"),
 * bounds in their other words ("less than", "at most", "no fewer than", "or more"), the small vague
 * quantifiers ("a handful", "several", "scores"), and a quote that began a sentence.
 */
class EstimateWordsTest {

  private static void assertReads(String text, Qualifier q, long low, long best, Long high) {
    Estimate e = Estimate.parse(text);
    assertThat(e.qualifier()).as("qualifier of %s", text).isEqualTo(q);
    assertThat(e.low()).as("low of %s", text).isEqualTo(low);
    assertThat(e.best()).as("best of %s", text).isEqualTo(best);
    if (high == null) {
      assertThat(e.hasUpperBound()).as("bounded: %s", text).isFalse();
    } else {
      assertThat(e.high()).as("high of %s", text).isEqualTo(high);
    }
    assertThat(Estimate.parse(e.toString())).as("the inverse of %s", text).isEqualTo(e);
  }

  @Test
  void aSmallCountInWordsIsExactlyThatAndKeepsItsWord() {
    assertReads("three", Qualifier.EXACTLY, 3, 3, 3L);
    assertReads("twenty", Qualifier.EXACTLY, 20, 20, 20L);
    assertReads("ninety", Qualifier.EXACTLY, 90, 90, 90L);
    assertThat(Estimate.parse("three")).hasToString("three").isNotEqualTo(Estimate.exactly(3));
    assertThat(Estimate.parse("three").wording()).contains("three");
    // "exactly" says it all: the number is printed in digits
    assertThat(Estimate.parse("exactly three")).isEqualTo(Estimate.exactly(3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"none", "no one", "nobody", "zero"})
  void noneIsZeroAsPrinted(String text) {
    assertReads(text, Qualifier.EXACTLY, 0, 0, 0L);
    assertThat(Estimate.parse(text)).hasToString(text);
  }

  @Test
  void aCountPrintedBareWithTheReadersRangeIsARoundedFigureInItsOwnWords() {
    // a headline's "1,500" beside an official 1,534: the reader takes it for rounded, and the
    // words stay as printed, with no "about" the source did not write
    assertReads("1,500 (1,450-1,549)", Qualifier.ABOUT, 1_450, 1_500, 1_549L);
    assertThat(Estimate.parse("1,500 (1,450-1,549)")).hasToString("1,500 (1,450-1,549)");
    assertThat(Estimate.parse("1,500 (1,450-1,549)").wording()).contains("1,500");
    assertThat(Estimate.parse("1,500 (1,450-1,549)").overlaps(Estimate.exactly(1_534))).isTrue();
    // within the counts that round to it, though wider than the about policy: 450 to 549
    assertReads("500 (450-549)", Qualifier.ABOUT, 450, 500, 549L);
    assertReads("10 (5-14)", Qualifier.ABOUT, 5, 10, 14L);
    assertReads("16,000 (15,500-16,499)", Qualifier.ABOUT, 15_500, 16_000, 16_499L);
    // within the about policy, though no rounding gives it
    assertReads("1,534 (1,500-1,600)", Qualifier.ABOUT, 1_500, 1_534, 1_600L);
    assertReads("1,500 (1,450-1,549) (best 1,520)", Qualifier.ABOUT, 1_450, 1_520, 1_549L);
    // printed bare without a range, a count is exactly that count
    assertReads("1,500", Qualifier.EXACTLY, 1_500, 1_500, 1_500L);
  }

  @Test
  void aRoundedFiguresRangeMustHoldItAndLieWithinThePolicyOrItsRounding() {
    assertThatThrownBy(() -> Estimate.parse("1,500 (1,000-1,549)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate text (\"1,500 (1,000-1,549)\") gives a range (1,000-1,549) that lies neither"
                + " within what the about policy (AboutPolicy.percent(5)) allows for 1,500,"
                + " 1,425-1,575, nor within the counts that round to it, 1,450-1,549: write"
                + " \"1,500 (1,425-1,575)\" for the widest range or \"between 1,000 and 1,549"
                + " (best 1,500)\" for the range as written");
    assertThatThrownBy(() -> Estimate.parse("500 (400-600)"))
        .hasMessageContaining("write \"500 (450-549)\" for the widest range");
    assertThatThrownBy(() -> Estimate.parse("1,500 (1,501-1,549)"))
        .hasMessage(
            "Estimate text (\"1,500 (1,501-1,549)\") must give a range from below 1,500 to above"
                + " it, or from it to above it, or from below it to it: write \"1,500"
                + " (1,425-1,575)\" for the widest range");
    assertThatThrownBy(() -> Estimate.parse("1,500 (1,500-1,500)"))
        .hasMessageContaining("must give a range from below 1,500");
    // under a wider policy the range is the reader's to give
    assertThat(Estimate.parse("1,500 (1,000-1,549)", AboutPolicy.absolute(500)).low())
        .isEqualTo(1_000);
    // an exact count has no rounding: only the policy widens it
    assertThatThrownBy(() -> Estimate.parse("15 (10-20)"))
        .hasMessageContaining(
            "nor within the counts that round to it, 15-15: write \"15 (14-16)\"");
  }

  @Test
  void aRoundedCountAtTheLargestCountStaysWithinIt() {
    // the about policy's margin would pass the largest count: the rounding alone decides
    Estimate largest =
        Estimate.parse("1,000,000,000,000,000 (999,999,999,999,000-1,000,000,000,000,000)");
    assertThat(largest.high()).isEqualTo(Estimate.MAX_COUNT);
    assertThat(largest.best()).isEqualTo(Estimate.MAX_COUNT);
    assertThatThrownBy(() -> Estimate.parse("9,000,000,000,000,000,000 (1-2)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must give counts of at most 1,000,000,000,000,000");
    assertThatThrownBy(
            () -> Estimate.parse("999,999,999,999,999 (999,999,999,999,990-1,000,000,000,000,000)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nor within the counts that round to it");
  }

  @Test
  void aRoundCountInWordsIsAboutThatManyByTheAboutPolicy() {
    assertReads("a dozen", Qualifier.ABOUT, 11, 12, 13L);
    assertReads("two dozen", Qualifier.ABOUT, 22, 24, 26L);
    assertReads("half a dozen", Qualifier.ABOUT, 5, 6, 7L);
    assertReads("a thousand", Qualifier.ABOUT, 950, 1_000, 1_050L);
    assertReads("one hundred", Qualifier.ABOUT, 95, 100, 105L);
    assertThat(Estimate.parse("two dozen")).hasToString("two dozen (22-26)");
    assertThat(Estimate.parse("a thousand", AboutPolicy.absolute(100)))
        .hasToString("a thousand (900-1,100)");
    // under a policy of no margin the words are a count: exactly it
    assertThat(Estimate.parse("a dozen", AboutPolicy.percent(0))).isEqualTo(Estimate.exactly(12));
  }

  @Test
  void aRoundCountsWrittenRangeMustLieWithinThePolicy() {
    assertReads("a dozen (12-13)", Qualifier.ABOUT, 12, 12, 13L);
    assertThatThrownBy(() -> Estimate.parse("a dozen (5-20)"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate text (\"a dozen (5-20)\") gives a range (5-20) that does not lie within what"
                + " the about policy (AboutPolicy.percent(5)) allows for \"a dozen\", 11-13: write"
                + " \"a dozen\" for the policy's range or \"between 5 and 20\" for the"
                + " range as written");
  }

  @Test
  void countsInWordsReadInEveryHedge() {
    assertReads("about thirty", Qualifier.ABOUT, 28, 30, 32L);
    assertReads("nearly fifty", Qualifier.NEARLY, 47, 49, 49L);
    assertReads("almost a thousand", Qualifier.NEARLY, 950, 999, 999L);
    assertReads("just over a dozen", Qualifier.ABOUT, 13, 13, 14L);
    assertReads("about half a dozen", Qualifier.ABOUT, 5, 6, 7L);
    assertThat(Estimate.parse("about thirty")).hasToString("about thirty (28-32)");
  }

  @ParameterizedTest
  @CsvSource({
    "more than a dozen, 13",
    "over a dozen, 13",
    "more than a thousand, 1001",
    "over a hundred, 101",
    "more than half a dozen, 7"
  })
  void moreThanACountInWordsKeepsItsWords(String text, long low) {
    assertReads(text, Qualifier.MORE_THAN, low, low, null);
    assertThat(Estimate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({
    "less than 100, 99",
    "less than a dozen, 11",
    "fewer than three, 2",
    "under twenty, 19"
  })
  void lessThanIsFewerThanAndKeepsItsWords(String text, long high) {
    assertReads(text, Qualifier.FEWER_THAN, 0, high, high);
    assertThat(Estimate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({
    "at most 300, 300",
    "no more than 300, 300",
    "not more than 300, 300",
    "no more than a thousand, 1000",
    "up to three, 3"
  })
  void atMostIsUpToAndKeepsItsWords(String text, long high) {
    assertReads(text, Qualifier.UP_TO, 0, high, high);
    assertThat(Estimate.parse(text)).hasToString(text);
  }

  @ParameterizedTest
  @CsvSource({
    "no fewer than 300, 300",
    "no less than 300, 300",
    "not less than 300, 300",
    "at least a dozen, 12",
    "'1,000 or more', 1000",
    "a dozen or more, 12"
  })
  void noFewerThanIsAtLeastAndKeepsItsWords(String text, long low) {
    assertReads(text, Qualifier.AT_LEAST, low, low, null);
    assertThat(Estimate.parse(text)).hasToString(text);
  }

  @Test
  void theQualifiersOwnWordsInDigitsAreNotKept() {
    assertThat(Estimate.parse("at least 1,000")).isEqualTo(Estimate.atLeast(1_000));
    assertThat(Estimate.parse("fewer than 50")).isEqualTo(Estimate.fewerThan(50));
    assertThat(Estimate.parse("up to 200")).isEqualTo(Estimate.upTo(200));
    assertThat(Estimate.parse("over 1,000")).isEqualTo(Estimate.moreThan(1_000));
    assertThat(Estimate.parse("1000 or more")).hasToString("1,000 or more");
    // a lower bound of nothing says nothing: unknown, whatever the words
    assertThat(Estimate.parse("no fewer than zero")).isEqualTo(Estimate.unknown());
    assertThat(Estimate.parse("as many as zero")).isEqualTo(Estimate.exactly(0));
  }

  @ParameterizedTest
  @CsvSource({
    "a handful, 2, 9",
    "a few, 2, 9",
    "several, 3, 9",
    "scores, 40, 199",
    "several dozen, 36, 99",
    "a few hundred, 200, 499"
  })
  void theSmallVagueQuantifiersTakeTheirRangeFromThePolicy(String text, long low, long high) {
    Estimate e = Estimate.parse(text);
    assertThat(e.qualifier()).isEqualTo(Qualifier.VAGUE);
    assertThat(e.low()).isEqualTo(low);
    assertThat(e.high()).isEqualTo(high);
    assertThat(e.wording()).contains(text);
    assertThat(Estimate.parse(text, VaguePolicy.standard().withRange(text, 5, 7)).low())
        .isEqualTo(5);
  }

  @ParameterizedTest
  @CsvSource({
    "About 150, about 150",
    "Dozens, dozens",
    "Unknown, unknown",
    "Exactly 150, exactly 150",
    "Three, three",
    "More than a dozen, more than a dozen"
  })
  void aCapitalisedQuoteIsRefusedWithTheWordsToWrite(String text, String lower) {
    assertThatThrownBy(() -> Estimate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate text (\""
                + text
                + "\") must be written in lower case, as the words read mid-sentence: \""
                + lower
                + "\"");
    assertThat(Estimate.parse(lower)).isNotNull();
  }

  @Test
  void aCapitalisedTextOfNoFormIsRefusedWithTheForms() {
    assertThatThrownBy(() -> Estimate.parse("Scores of them"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Estimate text (\"Scores of them\") must read like \"785\",");
  }

  @Test
  void aKeptWordingOfABoundMustSayItsNumbers() {
    assertThat(Estimate.create(Qualifier.AT_LEAST, 12, 12, -1, "a dozen or more"))
        .isEqualTo(Estimate.parse("a dozen or more"));
    assertThatThrownBy(() -> Estimate.create(Qualifier.AT_LEAST, 13, 13, -1, "a dozen or more"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Estimate.wording (\"a dozen or more\") of AT_LEAST 13..unbounded requires \"no fewer"
                + " than 13\" or \"13 or more\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.AT_LEAST, 12, 12, -1, "at least 12"))
        .hasMessageContaining("requires \"no fewer than 12\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.UP_TO, 0, 11, 11, "at most a dozen"))
        .hasMessage(
            "Estimate.wording (\"at most a dozen\") of UP_TO 0..11 requires \"as many as 11\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.FEWER_THAN, 0, 12, 12, "less than a dozen"))
        .hasMessage(
            "Estimate.wording (\"less than a dozen\") of FEWER_THAN 0..12 requires \"under 13\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.MORE_THAN, 12, 12, -1, "over a dozen"))
        .hasMessageContaining("requires \"more than 11\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.EXACTLY, 4, 4, 4, "three"))
        .hasMessage(
            "Estimate.wording (\"three\") of EXACTLY 4..4 requires the count as printed, \"4\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.EXACTLY, 1, 1, 1, "none"))
        .hasMessageContaining("requires the count as printed, \"1\"");
    assertThatThrownBy(() -> Estimate.create(Qualifier.ABOUT, 20, 22, 23, "two dozen"))
        .hasMessage(
            "Estimate.wording (\"two dozen\") of ABOUT 20..23 requires a figure within the range"
                + " (20..23); was 24");
  }

  @Test
  void hundredsAndThousandsInWordsAreRoundCounts() {
    assertReads("five hundred", Qualifier.ABOUT, 475, 500, 525L);
    assertReads("fifteen hundred", Qualifier.ABOUT, 1_425, 1_500, 1_575L);
    assertReads("two thousand", Qualifier.ABOUT, 1_900, 2_000, 2_100L);
    assertReads("more than five hundred", Qualifier.MORE_THAN, 501, 501, null);
    assertReads("nearly two thousand", Qualifier.NEARLY, 1_900, 1_999, 1_999L);
    assertThat(Estimate.parse("more than five hundred")).hasToString("more than five hundred");
  }

  @Test
  void someAloneIsAtLeastOne() {
    assertReads("some", Qualifier.AT_LEAST, 1, 1, null);
    assertThat(Estimate.parse("some")).hasToString("some").isNotEqualTo(Estimate.atLeast(1));
    assertThat(Estimate.parse("some (best 5)").best()).isEqualTo(5);
    assertThatThrownBy(() -> Estimate.create(Qualifier.AT_LEAST, 2, 2, -1, "some"))
        .hasMessageContaining("requires \"no fewer than 2\"");
  }

  @ParameterizedTest
  @CsvSource({
    "'from 300 to 850', 300, 850",
    "'anywhere from 300 to 850', 300, 850",
    "'between 500 to 1,000', 500, 1000"
  })
  void aRangeWithWordsBeforeItIsBetweenItsEndsAndKeepsThem(String text, long low, long high) {
    assertReads(text, Qualifier.BETWEEN, low, (low + high) / 2, high);
    assertThat(Estimate.parse(text)).hasToString(text);
    assertThatThrownBy(() -> Estimate.parse("from 850 to 300"))
        .hasMessage(
            "Estimate text (\"from 850 to 300\") must give a range from a lower to a higher"
                + " number");
    assertThatThrownBy(() -> Estimate.create(Qualifier.BETWEEN, 300, 500, 851, "from 300 to 850"))
        .hasMessageContaining("requires the range as printed, \"from 300 to 851\"");
  }
}
